// The background worker's half of a page check: RawDoc (anchors numbered) → model → report.
// Returns null when the page is not a disclosure after all.
import { checkDocument } from '../checkDocument';
import { assemble, type AssembleOptions } from '../extract/assemble/index';
import { withImages } from '../extract/images';
import { isDisclosure } from '../extract/isDisclosure';
import { extractNarrative } from '../extract/narrative/index';
import type { RawDoc } from '../extract/raw';
import type { Report } from '../report/schema';
import { toWire, type WireAnchors } from './transferableRaw';

export interface RawCheckResult {
  report: Report;
  anchors: WireAnchors;
}

export function checkRaw(raw: RawDoc<number>, options: AssembleOptions = {}): RawCheckResult | null {
  const { doc, anchors } = withImages(assemble(raw, { narrative: extractNarrative, ...options }), raw);
  if (!isDisclosure(doc)) return null;
  return { report: checkDocument(doc), anchors: toWire(anchors) };
}

/** Shape check for a RawDoc that arrived by message (from our own content script, but still). */
export function isRawDoc(v: unknown): v is RawDoc<number> {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<RawDoc<number>>;
  return typeof r.source === 'string' && (r.format === 'html' || r.format === 'pdf' || r.format === 'text') && Array.isArray(r.blocks);
}
