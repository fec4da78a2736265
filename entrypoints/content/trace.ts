// Timing of a page check, for the e2e trace and the benchmark figures. Written to the console at
// debug level (hidden in a normal console), never into the page's DOM where its scripts could
// read it.
import type { WorkerTimings } from '../../lib/page/portProtocol';

export interface CheckTrace {
  /** A named moment (performance.now()). */
  mark(name: string): void;
  /** The first reply: where the time went up to it. */
  firstReply(at: number, chars: number, json: number, w: WorkerTimings): void;
  /** A later reply (the passing findings). */
  laterReply(at: number, chars: number, w: WorkerTimings): void;
  /** The first marks are drawn (`checked`), every reply is drawn (`complete`). */
  done(what: 'checked' | 'complete'): void;
}

const log = (line: string) => console.debug(`[budget-lens] ${line}`);

export function detectionTrace(ms: number, disclosure: boolean): void {
  log(`detection ${ms.toFixed(2)} ms, disclosure=${disclosure}`);
}

export function createCheckTrace(t0: number): CheckTrace {
  const at: Record<string, number> = {};
  const span = (a: string, b: string) => ((at[b] ?? 0) - (at[a] ?? 0)).toFixed(0);
  // Date.now() of a performance.now() moment: worker times are Date.now() (a shared clock).
  const wall = (t: number) => Date.now() - (performance.now() - t);
  return {
    mark(name) {
      at[name] = performance.now();
    },
    firstReply(t, chars, json, w) {
      log(
        `phases start=${t0.toFixed(0)} before-extract=${((at.extract0 ?? t0) - t0).toFixed(0)} extract=${span('extract0', 'extract1')} detach=${span('detach0', 'detach1')} ` +
          `stringify=${span('send0', 'send1')} (${json} chars) first-reply=${(t - (at.send1 ?? t)).toFixed(0)} (worker ${w.handlerMs}, check ${w.checkMs}; ${chars} chars; ` +
          `to worker ${w.inAt - Math.round(wall(at.send1 ?? t))}, back ${Math.round(wall(t) - w.outAt)}) parse=${(performance.now() - t).toFixed(0)}`,
      );
    },
    laterReply(t, chars, w) {
      log(`full reply ${chars} chars, back ${Math.round(wall(t) - w.outAt)} ms`);
    },
    done(what) {
      log(`${what} ${(performance.now() - t0).toFixed(0)} ms`);
    },
  };
}
