// The background worker's half of a page check: RawDoc (anchors numbered) → model → report.
// Returns null when the page is not a disclosure after all.
import type { AssembleOptions } from '../../extract/assemble/index';
import type { RawDoc } from '../../extract/raw';
import { checkRawDoc } from '../../pipeline';
import type { Report } from '../../report/schema';
import { toWire, type WireAnchors } from '../transferableRaw';

export interface RawCheckResult {
  report: Report;
  anchors: WireAnchors;
}

export function checkRaw(raw: RawDoc<number>, options: AssembleOptions = {}): RawCheckResult | null {
  const checked = checkRawDoc(raw, options);
  return checked && { report: checked.report, anchors: toWire(checked.anchors) };
}

/** Shape check for a RawDoc that arrived by message (from our own content script, but still). */
export function isRawDoc(v: unknown): v is RawDoc<number> {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<RawDoc<number>>;
  return typeof r.source === 'string' && (r.format === 'html' || r.format === 'pdf' || r.format === 'text') && Array.isArray(r.blocks);
}
