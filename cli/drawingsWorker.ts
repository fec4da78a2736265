// The thread beside one PDF's check (lib/extract/pdf/reader/drawingsOnThread.ts): the work
// budget's byte check first, then the document's pages read by the content-stream reader in order
// and posted one by one; anything unreadable is null, never an exception.
import { parentPort } from 'node:worker_threads';
import type { DrawingsMessage, DrawingsRequest } from '../lib/extract/pdf/reader/drawingsOnThread';
import { pageDrawing } from '../lib/extract/pdf/reader/drawingOps';
import { ExtractError } from '../lib/extract/errors';
import { budgetOf, checkPdfBytes } from '../lib/extract/pdf/workBudget';
import { inflateNode, inflateSyncNode } from '../lib/extract/pdf/zlibNode';
import { PdfFile, type PageNode } from '../lib/extract/pdf/reader/pdfFile';

const post = (m: DrawingsMessage): void => parentPort!.postMessage(m);

parentPort!.once('message', async (req: DrawingsRequest) => {
  if (!(req?.bytes instanceof Uint8Array) || typeof req.budget !== 'object' || req.budget === null) {
    post({ type: 'bytes', tooComplex: 'unknown' });
    post({ type: 'pages', count: null });
    return;
  }
  const budget = budgetOf(req.budget);
  // The byte check first: the main thread waits for it before pdf.js parses anything.
  try {
    await checkPdfBytes(req.bytes, budget, inflateNode);
    post({ type: 'bytes', tooComplex: null });
  } catch (e) {
    const over = e instanceof ExtractError && e.code === 'too-complex';
    post({ type: 'bytes', tooComplex: over ? (e.detail ?? '') : 'unknown' });
    if (over) return parentPort!.close();
  }
  let file: PdfFile, pages: PageNode[];
  try {
    file = PdfFile.open(req.bytes, inflateSyncNode(budget.maxStreamBytes));
    pages = file.pages();
  } catch {
    post({ type: 'pages', count: null });
    return parentPort!.close();
  }
  post({ type: 'pages', count: pages.length });
  pages.forEach((page, i) => {
    let list = null;
    try {
      list = pageDrawing(file, page, budget.maxOperators);
    } catch {
      list = null;
    }
    post({ type: 'page', n: i + 1, list });
  });
  parentPort!.close();
});
