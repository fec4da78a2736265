// Which cells a report marks, and how. A failing identity names several cells; only the one
// most likely wrong is marked (the group's culprit, else the printed figure the check tested),
// so one wrong 0.00 gives one red box, not a red row. Its operands are shown on hover/focus.
import type { Finding, Ref, Status } from '../report/schema';

export interface MarkSettings {
  /** Rounding-only differences (amber): off by default. */
  showRounding: boolean;
  /** Passing checks (green): on demand. */
  showPass: boolean;
}

export interface Mark {
  /** Stable key of the marked cell or figure (same as the engine's refKey). */
  key: string;
  ref: Ref;
  status: Status;
  /** A failing check that is only suspicious (severity warning / info), drawn apart from errors. */
  warning: boolean;
  /** Ids of every finding marking this place, the most severe first. */
  findings: string[];
}

export const refKeyOf = (r: Ref): string => (r.figure ? `f:${r.figure}` : `${r.table}:${r.row}:${r.col}`);

const RANK: Record<Status, number> = { fail: 3, rounding: 2, pass: 1 };
const rankOf = (f: Pick<Finding, 'status' | 'severity'>) => RANK[f.status] * 2 + (f.severity === 'error' ? 1 : 0);

/** Index into `refs` of the place a finding marks. */
export function markedRefIndex(f: Finding): number {
  if (f.culprit !== undefined && f.refs[f.culprit]) return f.culprit;
  if (f.actual != null) {
    const i = f.refs.findIndex((r) => r.value === f.actual);
    if (i >= 0) return i;
  }
  return 0;
}

export function isShown(f: Pick<Finding, 'status'>, s: MarkSettings): boolean {
  return f.status === 'fail' || (f.status === 'rounding' && s.showRounding) || (f.status === 'pass' && s.showPass);
}

/** One mark per place; the most severe shown finding decides its status. */
export function marksOf(findings: readonly Finding[], settings: MarkSettings): Mark[] {
  const byKey = new Map<string, { mark: Mark; rank: number; all: { id: string; rank: number }[] }>();
  for (const f of findings) {
    if (!isShown(f, settings) || f.refs.length === 0) continue;
    const ref = f.refs[markedRefIndex(f)]!;
    const key = refKeyOf(ref);
    const rank = rankOf(f);
    const entry = byKey.get(key);
    if (!entry) {
      byKey.set(key, { mark: { key, ref, status: f.status, warning: f.status === 'fail' && f.severity !== 'error', findings: [] }, rank, all: [{ id: f.id, rank }] });
      continue;
    }
    entry.all.push({ id: f.id, rank });
    if (rank > entry.rank) {
      entry.rank = rank;
      entry.mark.status = f.status;
      entry.mark.warning = f.status === 'fail' && f.severity !== 'error';
    }
  }
  return [...byKey.values()].map(({ mark, all }) => ({ ...mark, findings: all.sort((a, b) => b.rank - a.rank).map((x) => x.id) }));
}
