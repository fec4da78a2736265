// One queue per stored value for read-modify-write: two writes that both read the old value and
// then write lose one (two quick settings toggles, 300 concurrent saves leaving 303 keys for 6
// index entries). Inside one context a promise chain orders the writes; across the extension's
// own contexts (worker, popup, viewer, options) a Web Lock of the extension's origin does. Never a
// Web Lock in a content script: there navigator.locks belongs to the page, which could hold it.

const tails = new Map<string, Promise<unknown>>();

function extensionLocks(): LockManager | null {
  const g = globalThis as { navigator?: { locks?: LockManager }; location?: { protocol?: string } };
  const protocol = g.location?.protocol ?? '';
  return protocol.endsWith('-extension:') && g.navigator?.locks ? g.navigator.locks : null;
}

/** Runs `write` after every earlier write queued under `name` has settled (fulfilled or not). */
export function queuedWrite<T>(name: string, write: () => Promise<T>): Promise<T> {
  const locks = extensionLocks();
  const run = (): Promise<T> => (locks ? (locks.request(`budget-lens:${name}`, write) as Promise<unknown> as Promise<T>) : write());
  const result = (tails.get(name) ?? Promise.resolve()).then(run, run);
  const tail = result.catch(() => undefined);
  tails.set(name, tail);
  void tail.then(() => {
    if (tails.get(name) === tail) tails.delete(name);
  });
  return result;
}
