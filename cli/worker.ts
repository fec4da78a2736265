// A pool worker: checks one task at a time and posts its outcome back (see runner.ts).
import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkTask, type Task } from './checkTask';
import { guardStrayRejections } from './strayRejections';

// A full collection after each document: what pdf.js and the engine left is garbage by then, and
// V8 would otherwise let this worker's heap grow towards its limit before collecting — the batch's
// memory would follow the largest heap reached, not the largest document.
setFlagsFromString('--expose-gc');
const gc: unknown = runInNewContext('gc');
const collect = typeof gc === 'function' ? (gc as () => void) : () => {};

guardStrayRejections();
parentPort!.on('message', (task: Task) => {
  void checkTask(task).then((outcome) => {
    parentPort!.postMessage(outcome);
    collect();
  });
});
