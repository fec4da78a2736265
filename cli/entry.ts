// The built CLI's entry (dist/cli/budget-lens.mjs, see scripts/build-cli.mjs): guards against
// stray promise rejections, turns Ctrl-C into a clean stop (a second one quits at once), and runs
// batches on the worker script built beside it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from './main';
import { guardStrayRejections } from './strayRejections';

guardStrayRejections();
// `budget-lens … | head`: a closed pipe ends the run quietly, as other command-line tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort();
});
// Built: the worker scripts sit beside this file. Under tsx (`npm run cli`) there are none, and
// documents are checked one at a time on this thread (ruling lines too).
const worker = new URL('./worker.mjs', import.meta.url);
const drawingsWorker = new URL('./drawings-worker.mjs', import.meta.url);
const built = (url: URL): URL | undefined => (existsSync(fileURLToPath(url)) ? url : undefined);
const code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  progress: process.stderr.isTTY,
  signal: interrupt.signal,
}, { workerUrl: built(worker), drawingsWorkerUrl: built(drawingsWorker) });
process.exitCode = code;
