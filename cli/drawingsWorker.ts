// The content-stream reader's thread (lib/extract/pdf/reader/drawingsOnThread.ts): one document's
// pages read in order and posted one by one; anything unreadable is null, never an exception.
import { parentPort } from 'node:worker_threads';
import type { DrawingsMessage, DrawingsRequest } from '../lib/extract/pdf/reader/drawingsOnThread';
import { pageDrawing } from '../lib/extract/pdf/reader/drawingOps';
import { inflateSyncNode } from '../lib/extract/pdf/reader/inflateSyncNode';
import { PdfFile, type PageNode } from '../lib/extract/pdf/reader/pdfFile';

const post = (m: DrawingsMessage): void => parentPort!.postMessage(m);

parentPort!.once('message', (req: DrawingsRequest) => {
  if (!(req?.bytes instanceof Uint8Array) || !Number.isFinite(req.maxOperators) || !Number.isFinite(req.maxStreamBytes)) {
    post({ type: 'pages', count: null });
    return;
  }
  let file: PdfFile, pages: PageNode[];
  try {
    file = PdfFile.open(req.bytes, inflateSyncNode(req.maxStreamBytes));
    pages = file.pages();
  } catch {
    post({ type: 'pages', count: null });
    return;
  }
  post({ type: 'pages', count: pages.length });
  pages.forEach((page, i) => {
    let list = null;
    try {
      list = pageDrawing(file, page, req.maxOperators);
    } catch {
      list = null;
    }
    post({ type: 'page', n: i + 1, list });
  });
  parentPort!.close();
});
