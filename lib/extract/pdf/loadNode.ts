// Load a PDF in Node (CLI, tests, bench) with pdf.js's legacy build, which runs without a DOM.
// cMapUrl / standardFontDataUrl must be plain file paths ending in '/' (file:// URLs fail);
// CMaps are needed for non-embedded Chinese fonts (STSong-Light + UniGB-UCS2-H), else no text.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants as zlibConstants, inflateRawSync, inflateSync } from 'node:zlib';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { ExtractError } from '../errors';
import { deferCanvasLoad } from './canvasOnDemand';
import type { AssembleOptions } from '../assemble/index';
import { extractPdf, type PdfExtraction } from './index';
import { looksLikePdf, toExtractError } from './loadErrors';
import { restoreNativeBuiltins } from './nativeBuiltins';
import { startDrawingsThread } from './reader/drawingsOnThread';
import { inflateSyncNode } from './reader/inflateSyncNode';
import { openPageDrawings } from './reader/pageDrawings';
import type { ExtractPdfOptions } from './types';
import { budgetOf, checkPdfBytes, inflateChunks, type Inflater, type WorkBudget } from './workBudget';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfjsModule> | null = null;

/** The legacy build, imported once (~0.3 s), without the canvas library it would load for rendering. */
export function pdfjsNode(): Promise<PdfjsModule> {
  if (!pdfjsPromise) deferCanvasLoad(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    restoreNativeBuiltins();
    return m;
  });
  return pdfjsPromise;
}

/**
 * Node's zlib in one call, a few times faster than the portable stream: output capped at the
 * limit + 1 (past it the stream is over budget anyway), a truncated stream decoded as far as it
 * goes (sync flush), a wrong checksum ignored (raw deflate, as pdf.js reads it). Damage inside
 * the data falls back to the stream, which keeps what came before the damage.
 */
export const inflateNode: Inflater = (data, limit, onChunk) => {
  const options = { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, limit + 1) };
  for (const inflate of [() => inflateSync(data, options), () => inflateRawSync(data.subarray(2), options)]) {
    try {
      onChunk(inflate());
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    }
  }
  return inflateChunks(data, limit, onChunk);
};

// Nothing is ever drawn here, but pdf.js in Node (no FontFace) builds every glyph's outline for
// drawing while it makes an operator list (read for ruling lines) and sends them over: measured
// 35–55% of what operator lists add to an extraction. Declaring fonts loadable the browser's way
// — a FontFace that loads nothing, a document whose font set keeps nothing — skips that work;
// text and rulings come out the same (the font program is still parsed for the text layer).
class NoRenderFontFace {
  readonly loaded = Promise.resolve(this);
  constructor(..._args: unknown[]) {}
}
const NO_RENDER_DOCUMENT = { fonts: { add: () => undefined, delete: () => true, clear: () => undefined } };
function fontsNeverDrawn(): { disableFontFace: false; ownerDocument: never } {
  const g = globalThis as { FontFace?: unknown };
  g.FontFace ??= NoRenderFontFace;
  return { disableFontFace: false, ownerDocument: NO_RENDER_DOCUMENT as never };
}

function pdfjsDistDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

/**
 * Open PDF bytes. Throws ExtractError (not-pdf, encrypted, truncated, too-complex: the bytes are
 * checked against the work budget before pdf.js parses them). The bytes are copied: pdf.js
 * detaches its buffer.
 */
export async function loadPdfNode(bytes: Uint8Array, budget: Partial<WorkBudget> = {}): Promise<PDFDocumentProxy> {
  if (!looksLikePdf(bytes)) throw new ExtractError('not-pdf');
  const limits = budgetOf(budget);
  await checkPdfBytes(bytes, limits, inflateNode);
  const pdfjs = await pdfjsNode();
  const dist = pdfjsDistDir();
  try {
    const pdf = await pdfjs.getDocument({
      data: bytes.slice(),
      cMapUrl: join(dist, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(dist, 'standard_fonts') + '/',
      isEvalSupported: false,
      ...fontsNeverDrawn(),
      maxImageSize: limits.maxImagePixels,
      verbosity: 0,
    }).promise;
    restoreNativeBuiltins(); // the worker module, loaded by the first document, installs them again
    return pdf;
  } catch (err) {
    throw toExtractError(err);
  }
}

/** PDF bytes → document model + anchors, in Node (the CLI's entry point). */
export async function extractPdfNode(
  bytes: Uint8Array,
  source: string,
  options: ExtractPdfOptions & AssembleOptions & {
    /** The built thread script of the content-stream reader (cli/drawingsWorker.ts): ruling lines read on another core. */
    drawingsWorker?: URL;
  } = {},
): Promise<PdfExtraction> {
  const budget = budgetOf(options.budget);
  // Started first, so that the thread reads while pdf.js loads and this thread reads the text.
  const thread = options.drawingsWorker
    ? startDrawingsThread(options.drawingsWorker, { bytes, maxOperators: budget.maxOperators, maxStreamBytes: budget.maxStreamBytes })
    : null;
  try {
    return await extractPdf(bytes, source, {
      ...options,
      load: (b) => loadPdfNode(b, options.budget),
      drawingsOf: (b, numPages) => thread?.drawings(numPages) ?? openPageDrawings(b, inflateSyncNode(budget.maxStreamBytes), numPages),
    });
  } finally {
    thread?.stop();
  }
}
