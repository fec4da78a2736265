// A pool worker: checks one task at a time and posts its outcome back (see runner.ts).
import { parentPort } from 'node:worker_threads';
import { checkTask, type Task } from './checkTask';
import { guardStrayRejections } from './strayRejections';

guardStrayRejections();
parentPort!.on('message', (task: Task) => {
  void checkTask(task).then((outcome) => parentPort!.postMessage(outcome));
});
