// The one path from an extracted source to a report, shared by the page worker, the PDF viewer
// and the CLI: RawDoc → document model (assemble, narrative) → is it a disclosure at all? →
// every check → report contract. Extraction (per format) and anchoring (per view) stay outside.
import { checkDocument } from './checkDocument';
import { assemble, type AssembleOptions } from './extract/assemble/index';
import { isDisclosure } from './disclosure/documentGate';
import { extractNarrative } from './extract/narrative/index';
import { withImages } from './extract/images';
import type { AnchorIndex, RawDoc } from './extract/raw';
import type { DocModel, Report } from './report/schema';

export interface Checked<A> {
  report: Report;
  anchors: AnchorIndex<A>;
}

/** A document model → its report; null when the document is not a budget / final-account disclosure. */
export function checkModel(doc: DocModel, options: { signal?: AbortSignal } = {}): Report | null {
  return isDisclosure(doc) ? checkDocument(doc, options) : null;
}

/** A RawDoc → report and anchors; null when it is not a disclosure. */
export function checkRawDoc<A>(raw: RawDoc<A>, options: AssembleOptions & { signal?: AbortSignal } = {}): Checked<A> | null {
  const { signal, ...assembleOptions } = options;
  const { doc, anchors } = withImages(assemble(raw, { narrative: extractNarrative, ...assembleOptions }), raw);
  const report = checkModel(doc, { signal });
  return report ? { report, anchors } : null;
}
