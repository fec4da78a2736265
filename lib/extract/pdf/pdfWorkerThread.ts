// pdf.js's worker on a real thread in Node (the built CLI). pdf.js runs its worker on the calling
// thread in Node (a "fake" worker): parsing, fonts and operator lists then queue behind our layout
// and checks, and one document uses one core. With the worker on a node:worker_threads thread,
// page n+1 is parsed while page n is laid out, and the thread's start-up (importing
// pdf.worker.mjs) overlaps the main thread's. pdf.js accepts any port with postMessage /
// addEventListener: `pdfjsPort` adapts a Worker (main side) or parentPort (thread side) to it.
import { Worker, type MessagePort } from 'node:worker_threads';
import type { PDFWorker } from 'pdfjs-dist/types/src/display/api';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Listener = (event: { data: unknown }) => void;

/** The subset of the DOM's MessagePort that pdf.js's MessageHandler uses. */
export interface PdfjsPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: Listener, options?: { signal?: AbortSignal }): void;
  removeEventListener(type: 'message', listener: Listener): void;
}

export function pdfjsPort(end: Worker | MessagePort): PdfjsPort {
  const wrapped = new Map<Listener, (data: unknown) => void>();
  const remove = (listener: Listener): void => {
    const fn = wrapped.get(listener);
    if (!fn) return;
    end.off('message', fn);
    wrapped.delete(listener);
  };
  return {
    postMessage(message, transfer) {
      end.postMessage(message, transfer as never);
    },
    addEventListener(_type, listener, options) {
      if (options?.signal?.aborted) return;
      const fn = (data: unknown): void => listener({ data });
      wrapped.set(listener, fn);
      end.on('message', fn);
      options?.signal?.addEventListener('abort', () => remove(listener), { once: true });
    },
    removeEventListener(_type, listener) {
      remove(listener);
    },
  };
}

let script: URL | null = null;
let thread: { worker: Worker; pdfWorker: PDFWorker | null; open: number } | null = null;

/**
 * From now on, documents are parsed by pdf.js on a thread running `threadScript` (the built CLI's
 * dist/cli/pdf-worker.mjs). Without it (tests, the tsx path, the batch pool's workers, which
 * already use every core) pdf.js runs on the calling thread.
 */
export function usePdfWorkerThread(threadScript: URL): void {
  script = threadScript;
}

function dropThread(worker: Worker): void {
  if (thread?.worker !== worker) return;
  thread.pdfWorker?.destroy();
  thread = null;
}

/**
 * One document opened on the thread (started on first use), or null when none is in use. The
 * thread keeps the process alive only while a document is open: `close` when it is destroyed.
 */
export interface ThreadDocument {
  worker(pdfjs: PdfjsModule): PDFWorker;
  close(): void;
  /** The document is abandoned with pdf.js still busy (over its time limit): end the thread. */
  kill(): void;
}

export function openOnThread(): ThreadDocument | null {
  if (!script) return null;
  if (!thread) {
    const worker = new Worker(script, { stdout: false, stderr: false });
    // A thread that dies (out of memory, a crash in pdf.js) fails its open document; the next
    // document starts a new one.
    worker.on('error', () => dropThread(worker));
    worker.on('exit', () => dropThread(worker));
    thread = { worker, pdfWorker: null, open: 0 };
  }
  const t = thread;
  t.open++;
  t.worker.ref();
  let closed = false;
  return {
    worker: (pdfjs) => (t.pdfWorker ??= new pdfjs.PDFWorker({ port: pdfjsPort(t.worker) as unknown as null /* typed as a DOM Worker */ })),
    close: () => {
      if (closed) return;
      closed = true;
      if (--t.open <= 0) t.worker.unref();
    },
    kill: () => {
      dropThread(t.worker);
      void t.worker.terminate();
    },
  };
}
