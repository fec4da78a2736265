// Load a PDF in Node (CLI, tests, bench) with pdf.js's legacy build, which runs without a DOM.
// cMapUrl / standardFontDataUrl must be plain file paths ending in '/' (file:// URLs fail);
// CMaps are needed for non-embedded Chinese fonts (STSong-Light + UniGB-UCS2-H), else no text.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { ExtractError } from '../errors';
import { deferCanvasLoad } from './canvasOnDemand';
import type { AssembleOptions } from '../assemble/index';
import { extractPdf, type PdfExtraction } from './index';
import { looksLikePdf, toExtractError } from './loadErrors';
import { restoreNativeBuiltins } from './nativeBuiltins';
import { startDrawingsThread } from './reader/drawingsOnThread';
import { openPageDrawings } from './reader/pageDrawings';
import type { ExtractPdfOptions } from './types';
import { budgetOf, checkPdfBytes, type WorkBudget } from './workBudget';
import { inflateNode, inflateSyncNode } from './zlibNode';

export { inflateNode } from './zlibNode';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfjsModule> | null = null;

/** The legacy build, imported once (~0.3 s), without the canvas library it would load for rendering. */
export function pdfjsNode(): Promise<PdfjsModule> {
  if (!pdfjsPromise) deferCanvasLoad(pdfjsPackageJson());
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    restoreNativeBuiltins();
    return m;
  });
  return pdfjsPromise;
}

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

const pdfjsPackageJson = (): string => createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
const pdfjsDistDir = (): string => dirname(pdfjsPackageJson());

/**
 * Open PDF bytes. Throws ExtractError (not-pdf, encrypted, truncated, too-complex: the bytes are
 * checked against the work budget before pdf.js parses them). The bytes are copied: pdf.js
 * detaches its buffer.
 */
export async function loadPdfNode(bytes: Uint8Array, budget: Partial<WorkBudget> = {}, byteCheck?: () => Promise<unknown>): Promise<PDFDocumentProxy> {
  if (!looksLikePdf(bytes)) throw new ExtractError('not-pdf');
  const limits = budgetOf(budget);
  // pdf.js's code loads meanwhile (it parses nothing until the check has passed): with the check
  // on another thread (byteCheck, drawingsOnThread.ts) the two overlap.
  const loading = pdfjsNode();
  loading.catch(() => undefined);
  await (byteCheck ? byteCheck() : checkPdfBytes(bytes, limits, inflateNode));
  const pdfjs = await loading;
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
  // Started first: the thread checks the bytes while pdf.js's code loads here, then reads the
  // pages' drawings while this thread reads the text.
  const thread = options.drawingsWorker
    ? startDrawingsThread(options.drawingsWorker, { bytes, budget }, () => checkPdfBytes(bytes, budget, inflateNode))
    : null;
  try {
    return await extractPdf(bytes, source, {
      ...options,
      load: (b) => loadPdfNode(b, options.budget, thread ? () => thread.bytesChecked() : undefined),
      drawingsOf: (b, numPages) => thread?.drawings(numPages) ?? openPageDrawings(b, inflateSyncNode(budget.maxStreamBytes), numPages),
    });
  } finally {
    thread?.stop();
  }
}
