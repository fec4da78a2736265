// The thread beside one PDF's check (lib/extract/pdf/reader/drawingsOnThread.ts): the work
// budget's byte check first, then the document's pages read by the content-stream reader in order
// and posted one by one; anything unreadable is null, never an exception.
import { parentPort } from 'node:worker_threads';
import type { DrawingsMessage, DrawingsRequest } from '../lib/extract/pdf/reader/drawingsOnThread';
import { ExtractError } from '../lib/extract/errors';
import { budgetOf, checkPdfBytes } from '../lib/extract/pdf/workBudget';
import { inflateNode, inflateSyncNode } from '../lib/extract/pdf/zlibNode';
import { readPdfPages } from '../lib/extract/pdf/reader/pageDrawings';

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
  const pages = readPdfPages(req.bytes, inflateSyncNode(budget.maxStreamBytes));
  post({ type: 'pages', count: pages ? pages.count : null });
  if (pages) for (let n = 1; n <= pages.count; n++) post({ type: 'page', n, list: pages.page(n, budget.maxOperators) });
  parentPort!.close();
});
