// Viewer-side loading in three steps, each with its own failure state: fetch the bytes (the
// extension's host permission lets it read gov.cn PDFs), open them with pdf.js (not a PDF,
// encrypted, damaged), then extract and check (no text layer, not a disclosure). The PDF is
// shown as soon as it opens; the check follows with progress.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { ExtractError, type ExtractErrorCode } from '../../lib/extract/errors';
import { extractPdfRaw } from '../../lib/extract/pdf/extractPdfRaw';
import { loadPdfBrowser } from '../../lib/extract/pdf/loadBrowser';
import type { PdfAnchor, PdfPageInfo } from '../../lib/extract/pdf/types';
import type { AnchorIndex } from '../../lib/extract/raw';
import { allowedWebUrl } from '../../lib/extension/webUrl';
import { checkRawDoc } from '../../lib/pipeline';
import type { Report } from '../../lib/report/schema';

/** The viewer's states, one data-bl-state value each. */
export type ViewerState = 'idle' | 'loading' | 'checking' | 'checked' | 'download-failed' | Exclude<ExtractErrorCode, 'unreadable'>;

export class DownloadError extends Error {}

/** Largest PDF the viewer downloads (disclosures are a few MB; the largest seen ~40 MB). */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
/** A download that has not finished by then is abandoned. */
export const FETCH_TIMEOUT_MS = 60_000;

/**
 * The PDF at `url`: http(s) only, without the user's cookies or credentials (the PDF is public;
 * a page must not make us fetch as the user), at most MAX_PDF_BYTES, within FETCH_TIMEOUT_MS.
 */
export async function fetchPdfBytes(url: string, limits = { maxBytes: MAX_PDF_BYTES, timeoutMs: FETCH_TIMEOUT_MS }): Promise<Uint8Array> {
  const allowed = allowedWebUrl(url);
  if (!allowed) throw new DownloadError('下载失败 download failed: 只打开 http(s) 链接 (only http and https links are opened)');
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(allowed, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: abort.signal });
    } catch (e) {
      throw new DownloadError(abort.signal.aborted ? '下载失败 download failed: 超时 (timed out)' : `下载失败 download failed: ${(e as Error).message}`);
    }
    if (!res.ok) throw new DownloadError(`下载失败 download failed: HTTP ${res.status}`);
    const tooLarge = () => new DownloadError(`文件过大 file too large (> ${Math.round(limits.maxBytes / 1024 / 1024)} MB)`);
    if (Number(res.headers.get('content-length') ?? 0) > limits.maxBytes) throw tooLarge();
    // Read in pieces and stop at the cap: a server may lie about (or omit) the length.
    const reader = res.body?.getReader();
    if (!reader) return new Uint8Array(await res.arrayBuffer());
    const parts: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (e) {
        throw new DownloadError(abort.signal.aborted ? '下载失败 download failed: 超时 (timed out)' : `下载失败 download failed: ${(e as Error).message}`);
      }
      if (chunk.done) break;
      size += chunk.value.byteLength;
      if (size > limits.maxBytes) {
        void reader.cancel();
        throw tooLarge();
      }
      parts.push(chunk.value);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    return out;
  } finally {
    clearTimeout(timer);
  }
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
  const checked = checkRawDoc(raw);
  if (!checked) throw new ExtractError('not-disclosure');
  onProgress(1);
  return { ...checked, pageInfo: raw.pageInfo, ms: performance.now() - t0 };
}

/** The state an error puts the viewer in. */
export function stateOfError(e: unknown): { state: ViewerState; message: string } {
  if (e instanceof DownloadError) return { state: 'download-failed', message: e.message };
  if (e instanceof ExtractError) return { state: e.code === 'unreadable' ? 'download-failed' : e.code, message: e.messageZh };
  return { state: 'truncated', message: `无法打开 cannot open: ${(e as Error).message}` };
}
