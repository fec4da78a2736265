// pdf.js can reject a promise nobody awaits (a corrupt stream found by a page's worker task after
// the document call already failed). Node's default for that is to kill the process with a stack
// trace, losing every other input. Instead the rejection fails only the input being checked on this
// thread (each worker, and the in-process runner, check one input at a time), and one that arrives
// between inputs is ignored.
let failCurrent: ((reason: unknown) => void) | null = null;
let installed = false;

export function guardStrayRejections(): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    if (process.env.BUDGET_LENS_DEBUG) process.stderr.write(`budget-lens: (debug) stray rejection: ${(reason as Error)?.stack ?? String(reason)}\n`);
    failCurrent?.(reason);
  });
}

/** Run one input's work; a stray rejection while it runs fails it (as if `fn` had thrown). */
export function isolated<T>(fn: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    failCurrent = reject;
    fn().then(resolve, reject).finally(() => {
      if (failCurrent === reject) failCurrent = null;
    });
  });
}
