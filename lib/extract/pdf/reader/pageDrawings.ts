// The content-stream reader as extractPdfRaw uses it: opened once per document on its bytes,
// asked per page. Whatever it cannot read — the file (encrypted, a broken cross-reference, a page
// count other than pdf.js's) or one page — is null, and that page's operator list comes from pdf.js.
import { type DrawingList, pageDrawing } from './drawingOps';
import { type InflateSync, type PageNode, PdfFile } from './pdfFile';

export type { DrawingList } from './drawingOps';
export type { InflateSync } from './pdfFile';

export interface PageDrawings {
  /** Page n's drawing (1-based), or null to ask pdf.js (a promise when read on another thread). */
  page(n: number, maxOperators: number): DrawingList | null | Promise<DrawingList | null>;
}

/** Pages read on this thread, when asked. */
export interface PageDrawingsHere extends PageDrawings {
  page(n: number, maxOperators: number): DrawingList | null;
}

/** A file's pages, read when asked; null when the file itself is not readable here. */
export function readPdfPages(bytes: Uint8Array, inflate: InflateSync): { count: number } & PageDrawingsHere | null {
  let file: PdfFile, pages: PageNode[];
  try {
    file = PdfFile.open(bytes, inflate);
    pages = file.pages();
  } catch {
    return null; // not readable here (or damaged): pdf.js repairs what it can
  }
  return {
    count: pages.length,
    page(n, maxOperators) {
      const node = pages[n - 1];
      if (!node) return null;
      try {
        return pageDrawing(file, node, maxOperators);
      } catch {
        return null;
      }
    },
  };
}

/** The pages, if the file reads here with pdf.js's page count (`numPages`). */
export function openPageDrawings(bytes: Uint8Array, inflate: InflateSync, numPages: number): PageDrawingsHere | null {
  const pages = readPdfPages(bytes, inflate);
  return pages && pages.count === numPages ? pages : null;
}
