// The check's progress, kept out of the viewer's state: extracting reports after every page, and
// a state update per page would re-render the whole viewer (2,000 pages: 2,000 renders). Only
// the progress bar listens, and it hears a change at most once per whole percent.
export interface Progress {
  get(): number;
  set(fraction: number): void;
  subscribe(cb: (fraction: number) => void): () => void;
}

export function createProgress(): Progress {
  let value = 0;
  const listeners = new Set<(fraction: number) => void>();
  return {
    get: () => value,
    set(fraction) {
      const next = Math.max(0, Math.min(1, fraction));
      if (Math.floor(next * 100) === Math.floor(value * 100) && next !== 1) return;
      value = next;
      for (const l of listeners) l(value);
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}
