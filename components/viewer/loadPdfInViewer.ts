// Viewer-side loading in three steps, each with its own failure state: fetch the bytes (the
// extension's host permission lets it read gov.cn PDFs), open them with pdf.js (not a PDF,
// encrypted, damaged), then extract and check (no text layer, not a disclosure). The PDF is
// shown as soon as it opens; the check follows with progress.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { checkDocument } from '../../lib/checkDocument';
import { assemble } from '../../lib/extract/assemble/index';
import { ExtractError, type ExtractErrorCode } from '../../lib/extract/errors';
import { withImages } from '../../lib/extract/images';
import { isDisclosure } from '../../lib/extract/isDisclosure';
import { extractNarrative } from '../../lib/extract/narrative/index';
import { extractPdfRaw } from '../../lib/extract/pdf/extractPdfRaw';
import { loadPdfBrowser } from '../../lib/extract/pdf/loadBrowser';
import type { PdfAnchor, PdfPageInfo } from '../../lib/extract/pdf/types';
import type { AnchorIndex } from '../../lib/extract/raw';
import type { Report } from '../../lib/report/schema';

/** The viewer's states, one data-bl-state value each. */
export type ViewerState = 'idle' | 'loading' | 'checking' | 'checked' | 'download-failed' | Exclude<ExtractErrorCode, 'unreadable'>;

export class DownloadError extends Error {}

export async function fetchPdfBytes(url: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new DownloadError(`下载失败 download failed: ${(e as Error).message}`);
  }
  if (!res.ok) throw new DownloadError(`下载失败 download failed: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export function openPdf(bytes: Uint8Array, assetsBase: string): Promise<PDFDocumentProxy> {
  return loadPdfBrowser({ data: bytes }, assetsBase);
}

export interface PdfCheck {
  report: Report;
  anchors: AnchorIndex<PdfAnchor>;
  pageInfo: PdfPageInfo[];
  /** Milliseconds spent extracting and checking. */
  ms: number;
}

export async function checkPdf(pdf: PDFDocumentProxy, source: string, onProgress: (p: number) => void): Promise<PdfCheck> {
  const t0 = performance.now();
  const raw = await extractPdfRaw(pdf, source, { onProgress: (done, total) => onProgress(0.9 * (done / total)) });
  const { doc, anchors } = withImages(assemble(raw, { narrative: extractNarrative }), raw);
  if (!isDisclosure(doc)) throw new ExtractError('not-disclosure');
  const report = checkDocument(doc);
  onProgress(1);
  return { report, anchors, pageInfo: raw.pageInfo, ms: performance.now() - t0 };
}

/** The state an error puts the viewer in. */
export function stateOfError(e: unknown): { state: ViewerState; message: string } {
  if (e instanceof DownloadError) return { state: 'download-failed', message: e.message };
  if (e instanceof ExtractError) return { state: e.code === 'unreadable' ? 'download-failed' : e.code, message: e.messageZh };
  return { state: 'truncated', message: `无法打开 cannot open: ${(e as Error).message}` };
}
