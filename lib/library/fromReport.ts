// A checked report → the snapshot saved for comparisons.
import { changeClaims } from '../compare/changeClaims';
import { keyFigures } from '../compare/keyFigures';
import type { Report } from '../report/schema';
import { normalizeSourceUrl, SNAPSHOT_VERSION, SnapshotSchema, snapshotId, type Snapshot } from './snapshot';

export interface SnapshotMeta {
  /** The page or PDF URL (defaults to report.source). */
  url?: string;
  title?: string | null;
  /** Injected in tests; defaults to now. */
  savedAt?: Date;
}

export function snapshotFromReport(report: Report, meta: SnapshotMeta = {}): Snapshot {
  const url = normalizeSourceUrl(meta.url ?? report.source);
  return SnapshotSchema.parse({
    v: SNAPSHOT_VERSION,
    id: snapshotId(url),
    url,
    title: meta.title ?? report.title ?? null,
    department: report.department,
    year: report.year,
    kind: report.kind,
    unit: report.unit ?? null,
    figures: keyFigures(report),
    claims: changeClaims(report),
    summary: report.summary,
    savedAt: (meta.savedAt ?? new Date()).toISOString(),
  });
}
