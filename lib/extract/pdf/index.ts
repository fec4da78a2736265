// PDF entry points: load → extractPdfRaw → assemble. The core (extractPdfRaw) takes an open
// pdf.js document, so the same code serves the CLI (loadNode) and the extension (loadBrowser);
// this file stays free of either loader so that importing it pulls in no Node or DOM module.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { assemble, type AssembleOptions, type Assembled } from '../assemble/index';
import { withImages } from '../images';
import { extractPdfRaw } from './extractPdfRaw';
import type { PageDrawings } from './reader/pageDrawings';
import type { ExtractPdfOptions, PdfAnchor, PdfRawDoc } from './types';

export { extractPdfRaw } from './extractPdfRaw';
export type { ExtractPdfOptions, PdfAnchor, PdfPageInfo, PdfRawDoc } from './types';

export type PdfLoader = (bytes: Uint8Array) => Promise<PDFDocumentProxy>;

export interface PdfExtraction extends Assembled<PdfAnchor> {
  raw: PdfRawDoc;
}

/** An open document → document model + anchors (and the raw form, for viewers and debugging). */
export async function extractPdfDocument(
  pdf: PDFDocumentProxy,
  source: string,
  options: ExtractPdfOptions & AssembleOptions = {},
): Promise<PdfExtraction> {
  const raw = await extractPdfRaw(pdf, source, options);
  return { ...withImages(assemble(raw, { narrative: options.narrative }), raw), raw };
}

/**
 * PDF bytes → document model + anchors. `load` opens the bytes: `loadPdfNode` in Node (or use
 * `extractPdfNode` from ./loadNode), `(b) => loadPdfBrowser({ data: b }, assetsBase)` in the extension.
 * Throws ExtractError (not-pdf, encrypted, truncated, no-text-layer).
 */
export async function extractPdf(
  bytes: Uint8Array,
  source: string,
  options: ExtractPdfOptions & AssembleOptions & { load: PdfLoader; drawingsOf?: (bytes: Uint8Array, numPages: number) => PageDrawings | null },
): Promise<PdfExtraction> {
  const pdf = await options.load(bytes);
  try {
    const drawings = options.drawings ?? options.drawingsOf?.(bytes, pdf.numPages) ?? null;
    return await extractPdfDocument(pdf, source, { ...options, drawings });
  } finally {
    await pdf.destroy();
  }
}
