// A pool worker: checks one task at a time and posts its outcome back (see runner.ts).
import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkTask, type Task } from './checkTask';
import { guardStrayRejections } from './strayRejections';

// A full collection after a document once its heap has grown past COLLECT_ABOVE: what pdf.js and
// the engine left is garbage by then, and V8 would otherwise let this worker's heap grow towards its
// limit before collecting — the batch's memory would follow the largest heap reached, not the
// largest document. Not after every document: a forced full collection also drops the code V8 has
// optimised, and the next document starts cold (14 PDFs, --jobs 2: 7.7 → 5.9 s, same peak RSS).
const COLLECT_ABOVE = 128 * 1024 * 1024;
setFlagsFromString('--expose-gc');
const gc: unknown = runInNewContext('gc');
const collect = typeof gc === 'function' ? (gc as () => void) : () => {};

guardStrayRejections();
parentPort!.on('message', (task: Task) => {
  void checkTask(task).then((outcome) => {
    parentPort!.postMessage(outcome);
    if (process.memoryUsage().heapUsed > COLLECT_ABOVE) collect();
  });
});
