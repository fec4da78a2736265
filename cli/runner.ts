// Where documents are checked: a pool of worker threads (the built CLI, several inputs) or this
// thread (one input, or the tsx development path, which has no built worker script).
import { Worker } from 'node:worker_threads';
import { checkTask, tooComplex, type ExtractOptions, type Outcome, type Task } from './checkTask';

export interface Runner {
  run(task: Task): Promise<Outcome>;
  /** Stop now: running work is abandoned, queued tasks never start. */
  terminate(): Promise<void>;
}

/** One document at a time on this thread (a PDF's ruling lines on a thread of their own, if given). */
export function inProcessRunner(options: ExtractOptions = {}): Runner {
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  return {
    run(task) {
      const next = chain.then(() => (stopped ? new Promise<Outcome>(() => {}) : checkTask(task, options)));
      chain = next.catch(() => {});
      return next;
    },
    async terminate() {
      stopped = true;
    },
  };
}

export interface PoolOptions {
  size: number;
  workerUrl: URL;
  /** Per document, ms; 0 = none. A worker past it is terminated and replaced. */
  timeoutMs: number;
  /** Heap of one worker: a memory bomb fails its own document, not the process. */
  maxHeapMb?: number;
  /** Replace a worker after this many documents, so that whatever pdf.js keeps cannot accumulate. */
  recycleAfter?: number;
}

interface Slot {
  worker: Worker;
  busy: { task: Task; resolve: (o: Outcome) => void; timer: NodeJS.Timeout | null; t0: number } | null;
  served: number;
}

/**
 * A fixed pool of node:worker_threads, one document per worker at a time. A worker that crashes
 * (an uncaught pdf.js error, out of memory) or overruns the time limit fails only its document
 * and is replaced; the batch goes on.
 */
export function workerPool(opts: PoolOptions): Runner {
  const queue: { task: Task; resolve: (o: Outcome) => void }[] = [];
  const slots: Slot[] = [];
  let stopped = false;

  const spawn = (): Slot => {
    const slot: Slot = {
      worker: new Worker(opts.workerUrl, { resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? 2048 }, stdout: false, stderr: false }),
      busy: null,
      served: 0,
    };
    slot.worker.on('message', (o: Outcome) => finish(slot, o, false));
    slot.worker.on('error', (e: Error & { code?: string }) => {
      const error = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex('内存超限', 'out of memory') : { code: 'internal', zh: `内部错误：${e.message}`, en: `internal error: ${e.message}` };
      fail(slot, error);
    });
    slot.worker.on('exit', () => fail(slot, { code: 'internal', zh: '内部错误：工作线程意外退出', en: 'internal error: worker exited' }));
    return slot;
  };

  const outcomeFor = (slot: Slot, error: Outcome['error']): Outcome => ({
    index: slot.busy!.task.index,
    source: slot.busy!.task.source,
    seconds: (performance.now() - slot.busy!.t0) / 1000,
    error,
  });

  const finish = (slot: Slot, o: Outcome, replace: boolean): void => {
    const busy = slot.busy;
    if (!busy) return;
    if (busy.timer) clearTimeout(busy.timer);
    slot.busy = null;
    slot.served++;
    if (replace || (opts.recycleAfter && slot.served >= opts.recycleAfter)) {
      void slot.worker.terminate();
      slots[slots.indexOf(slot)] = spawn();
    }
    busy.resolve(o);
    pump();
  };

  const fail = (slot: Slot, error: Outcome['error']): void => {
    if (stopped || !slot.busy || !slots.includes(slot)) return;
    finish(slot, outcomeFor(slot, error), true);
  };

  const pump = (): void => {
    if (stopped) return;
    for (const slot of slots) {
      if (slot.busy) continue;
      const next = queue.shift();
      if (!next) return;
      slot.busy = { ...next, t0: performance.now(), timer: null };
      if (opts.timeoutMs > 0) {
        slot.busy.timer = setTimeout(() => fail(slot, tooComplex(`超过 ${opts.timeoutMs / 1000} 秒`, `over ${opts.timeoutMs / 1000} s`)), opts.timeoutMs);
      }
      slot.worker.postMessage(next.task);
    }
  };

  return {
    run(task) {
      if (slots.length === 0) for (let i = 0; i < opts.size; i++) slots.push(spawn());
      return new Promise((resolve) => {
        queue.push({ task, resolve });
        pump();
      });
    },
    async terminate() {
      stopped = true;
      queue.length = 0;
      for (const slot of slots) if (slot.busy?.timer) clearTimeout(slot.busy.timer);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
