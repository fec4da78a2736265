// Load a PDF in the extension. The worker is bundled by Vite (`?url`); CMaps and standard fonts
// are copied by the build to /pdfjs/ — the caller passes that base URL (browser.runtime.getURL('/pdfjs/'))
// so that lib/ does not depend on wxt's `browser`.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ExtractError } from '../errors';
import { looksLikePdf, toExtractError } from './loadErrors';
import { budgetOf, checkPdfBytes, type WorkBudget } from './workBudget';

export interface BrowserPdfSource {
  /** Bytes already fetched, or a URL for pdf.js to fetch (range requests). */
  data?: Uint8Array;
  url?: string;
}

/**
 * Open a PDF in the browser. `assetsBase` is the URL of the copied pdfjs assets, ending in '/'.
 * Bytes given are checked against the work budget first (too-complex); a URL left to pdf.js is not.
 */
export async function loadPdfBrowser(source: BrowserPdfSource, assetsBase: string, budget: Partial<WorkBudget> = {}): Promise<PDFDocumentProxy> {
  if (!GlobalWorkerOptions.workerSrc) GlobalWorkerOptions.workerSrc = workerUrl;
  if (source.data && !looksLikePdf(source.data)) throw new ExtractError('not-pdf');
  const limits = budgetOf(budget);
  if (source.data) await checkPdfBytes(source.data, limits);
  const base = assetsBase.endsWith('/') ? assetsBase : `${assetsBase}/`;
  try {
    return await getDocument({
      ...(source.data ? { data: source.data.slice() } : { url: source.url }),
      cMapUrl: `${base}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${base}standard_fonts/`,
      isEvalSupported: false,
      maxImageSize: limits.maxImagePixels,
      verbosity: 0,
    }).promise;
  } catch (err) {
    throw toExtractError(err);
  }
}
