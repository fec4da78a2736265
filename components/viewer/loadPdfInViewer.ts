// Viewer-side loading: fetch the bytes (the extension's host permission lets it read gov.cn
// PDFs), open them with pdf.js, extract and check. Every failure becomes an ExtractError so the
// viewer can show one clear state.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { checkDocument } from '../../lib/checkDocument';
import { assemble } from '../../lib/extract/assemble/index';
import { ExtractError } from '../../lib/extract/errors';
import { isDisclosure } from '../../lib/extract/isDisclosure';
import { extractPdfRaw } from '../../lib/extract/pdf/extractPdfRaw';
import { loadPdfBrowser } from '../../lib/extract/pdf/loadBrowser';
import type { Report } from '../../lib/report/schema';

export async function fetchPdfBytes(url: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new ExtractError('unreadable', `下载失败 download failed: ${(e as Error).message}`);
  }
  if (!res.ok) throw new ExtractError('unreadable', `下载失败 download failed: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export interface ViewerDocument {
  pdf: PDFDocumentProxy;
  report: Report | null;
  /** Set when the PDF opened but could not be checked (no text layer, not a disclosure). */
  problem: ExtractError | null;
}

export async function openAndCheck(bytes: Uint8Array, source: string, assetsBase: string, onProgress: (p: number) => void): Promise<ViewerDocument> {
  const pdf = await loadPdfBrowser({ data: bytes }, assetsBase);
  onProgress(0.1);
  try {
    const raw = await extractPdfRaw(pdf, source, { onProgress: (done: number, total: number) => onProgress(0.1 + 0.8 * (done / total)) });
    const { doc } = assemble(raw);
    if (!isDisclosure(doc)) throw new ExtractError('not-disclosure');
    const report = checkDocument(doc);
    onProgress(1);
    return { pdf, report, problem: null };
  } catch (e) {
    if (e instanceof ExtractError) return { pdf, report: null, problem: e };
    throw e;
  }
}
