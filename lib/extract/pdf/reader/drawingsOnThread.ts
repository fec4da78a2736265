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

/** A promise and its resolver; a second resolve is ignored (the first answer stands). */
interface Answer<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}
function answer<T>(): Answer<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export function startDrawingsThread(url: URL, request: DrawingsRequest, checkHere: () => Promise<unknown>): DrawingsThread {
  const worker = new Worker(url, { stdout: false, stderr: false });
  worker.unref(); // never what keeps the process alive
  const verdict = answer<string | null | 'unknown'>();
  const count = answer<number | null>();
  const pages = new Map<number, Answer<DrawingList | null>>();
  let ended = false;
  const pageAnswer = (n: number): Answer<DrawingList | null> => {
    let a = pages.get(n);
    if (!a) {
      pages.set(n, (a = answer<DrawingList | null>()));
      if (ended) a.resolve(null);
    }
    return a;
  };
  // A thread that ends (or fails) answers what it had not: the check is left to this thread,
  // pages to pdf.js.
  const end = (): void => {
    ended = true;
    verdict.resolve('unknown');
    count.resolve(null);
    for (const a of pages.values()) a.resolve(null);
  };
  worker.on('message', (m: DrawingsMessage) => {
    if (m?.type === 'bytes') verdict.resolve(m.tooComplex === null || typeof m.tooComplex === 'string' ? m.tooComplex : 'unknown');
    else if (m?.type === 'pages') count.resolve(typeof m.count === 'number' ? m.count : null);
    else if (m?.type === 'page' && Number.isInteger(m.n)) pageAnswer(m.n).resolve(m.list ?? null);
  });
  worker.on('error', end);
  worker.on('exit', end);
  worker.postMessage(request);
  return {
    async bytesChecked() {
      const v = await verdict.promise;
      if (v === 'unknown') await checkHere();
      else if (v !== null) throw tooComplex(v);
    },
    drawings(numPages) {
      return {
        async page(n) {
          if ((await count.promise) !== numPages) return null;
          return pageAnswer(n).promise;
        },
      };
    },
    stop() {
      void worker.terminate();
    },
  };
}
