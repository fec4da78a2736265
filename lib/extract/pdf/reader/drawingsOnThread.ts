// The content-stream reader on a thread of its own, for one document checked by the CLI: its
// work (up to ~0.1 s on table-heavy files, most of it before the JIT has warmed up) then runs on
// another core while pdf.js reads the text on this one. The thread reads every page in order and
// posts each; a page it could not read, or a thread that failed, gives null (pdf.js's operator
// list is used). Batches do not use it: their pool of workers keeps every core busy already.
import { Worker } from 'node:worker_threads';
import type { DrawingList } from './drawingOps';
import type { PageDrawings } from './pageDrawings';
import { tooComplex, type WorkBudget } from '../workBudget';

/** What the thread is given (cli/drawingsWorker.ts). */
export interface DrawingsRequest {
  bytes: Uint8Array;
  budget: WorkBudget;
}

/**
 * What the thread posts, in this order: the byte check's verdict (null: passed; a too-complex
 * detail; or 'unknown' when the check itself failed), the page count (null: not readable here),
 * then each page.
 */
export type DrawingsMessage =
  | { type: 'bytes'; tooComplex: string | null | 'unknown' }
  | { type: 'pages'; count: number | null }
  | { type: 'page'; n: number; list: DrawingList | null };

export interface DrawingsThread {
  /**
   * The work budget's byte check (workBudget.ts), done on the thread: resolves when the bytes
   * passed, throws too-complex when not; if the thread could not tell, the check runs here.
   */
  bytesChecked(): Promise<void>;
  /** The pages' drawings, if the thread's page count is pdf.js's. */
  drawings(numPages: number): PageDrawings;
  stop(): void;
}

export function startDrawingsThread(url: URL, request: DrawingsRequest, checkHere: () => Promise<unknown>): DrawingsThread {
  const worker = new Worker(url, { stdout: false, stderr: false });
  worker.unref(); // never what keeps the process alive
  let verdict: string | null | 'unknown' | undefined;
  const verdictWaiters: (() => void)[] = [];
  let count: number | null | undefined;
  let ended = false;
  const pages = new Map<number, DrawingList | null>();
  const waiting = new Map<number, ((list: DrawingList | null) => void)[]>();
  const countWaiters: (() => void)[] = [];
  const settle = (): void => {
    for (const w of verdictWaiters.splice(0)) w();
    for (const w of countWaiters.splice(0)) w();
    for (const [n, ws] of waiting) for (const w of ws) w(pages.get(n) ?? null);
    waiting.clear();
  };
  const end = (): void => {
    ended = true;
    verdict ??= 'unknown';
    count ??= null;
    settle();
  };
  worker.on('message', (m: DrawingsMessage) => {
    if (m?.type === 'bytes') {
      verdict = m.tooComplex === null || typeof m.tooComplex === 'string' ? m.tooComplex : 'unknown';
      for (const w of verdictWaiters.splice(0)) w();
    } else if (m?.type === 'pages') {
      count = typeof m.count === 'number' ? m.count : null;
      for (const w of countWaiters.splice(0)) w();
    } else if (m?.type === 'page' && Number.isInteger(m.n)) {
      pages.set(m.n, m.list ?? null);
      for (const w of waiting.get(m.n)?.splice(0) ?? []) w(m.list ?? null);
    }
  });
  worker.on('error', end);
  worker.on('exit', end);
  worker.postMessage(request);
  const knownCount = (): Promise<number | null> =>
    count !== undefined ? Promise.resolve(count) : new Promise((resolve) => countWaiters.push(() => resolve(count ?? null)));
  return {
    async bytesChecked() {
      if (verdict === undefined) await new Promise<void>((resolve) => verdictWaiters.push(resolve));
      if (verdict === 'unknown' || verdict === undefined) await checkHere();
      else if (verdict !== null) throw tooComplex(verdict);
    },
    drawings(numPages) {
      return {
        async page(n) {
          if ((await knownCount()) !== numPages) return null;
          if (pages.has(n) || ended) return pages.get(n) ?? null;
          return new Promise((resolve) => waiting.set(n, [...(waiting.get(n) ?? []), resolve]));
        },
      };
    },
    stop() {
      void worker.terminate();
    },
  };
}
