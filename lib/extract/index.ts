// Extraction entry points: source → RawDoc (per format) → assemble → document model + anchors.
import { assemble, type AssembleOptions, type Assembled } from './assemble';
import { extractTextRaw, type TextAnchor } from './text';

export { assemble, narrativeText, type AssembleOptions, type Assembled, type NarrativeExtractor } from './assemble';
export { extractTextRaw, type TextAnchor } from './text';
export type { RawDoc, RawBlock, RawGrid, RawText, GridCell, AnchorIndex } from './raw';
export { cellKey, LABEL_COL, CODE_COL } from './raw';

/** Extracted text (the seeds' form) → document model + text-offset anchors. */
export function extractText(text: string, source: string, options: AssembleOptions = {}): Assembled<TextAnchor> {
  return assemble(extractTextRaw(text, source), options);
}

// --- HTML / PDF: the HTML and PDF helpers add `extractHtml` / `extractPdf` here
// (their RawDoc producer + `assemble`, same options). ---
