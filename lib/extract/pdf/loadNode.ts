// Load a PDF in Node (CLI, tests, bench) with pdf.js's legacy build, which runs without a DOM.
// cMapUrl / standardFontDataUrl must be plain file paths ending in '/' (file:// URLs fail);
// CMaps are needed for non-embedded Chinese fonts (STSong-Light + UniGB-UCS2-H), else no text.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { ExtractError } from '../errors';
import type { AssembleOptions } from '../assemble/index';
import { extractPdf, type PdfExtraction } from './index';
import { looksLikePdf, toExtractError } from './loadErrors';
import type { ExtractPdfOptions } from './types';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfjsModule> | null = null;

/** The legacy build, imported once (~0.3 s). */
export function pdfjsNode(): Promise<PdfjsModule> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

function pdfjsDistDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

/** Open PDF bytes. Throws ExtractError (not-pdf, encrypted, truncated). The bytes are copied: pdf.js detaches its buffer. */
export async function loadPdfNode(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (!looksLikePdf(bytes)) throw new ExtractError('not-pdf');
  const pdfjs = await pdfjsNode();
  const dist = pdfjsDistDir();
  try {
    return await pdfjs.getDocument({
      data: bytes.slice(),
      cMapUrl: join(dist, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(dist, 'standard_fonts') + '/',
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    throw toExtractError(err);
  }
}

/** PDF bytes → document model + anchors, in Node (the CLI's entry point). */
export async function extractPdfNode(
  bytes: Uint8Array,
  source: string,
  options: ExtractPdfOptions & AssembleOptions = {},
): Promise<PdfExtraction> {
  return extractPdf(bytes, source, { ...options, load: loadPdfNode });
}
