// The box tracker's guarantees, with a hand-driven frame clock: work is sliced (at most `chunk`
// targets measured per frame), and a page that changes every frame still gets its boxes.
import { describe, expect, it } from 'vitest';
import { BoxTracker, type Box, type Measurable } from './boxTracker';

function clock() {
  const queue: (() => void)[] = [];
  return {
    frame: (cb: () => void) => void queue.push(cb),
    /** Run one frame: the callbacks queued before it. */
    tick() {
      for (const cb of queue.splice(0)) cb();
    },
    get queued() {
      return queue.length;
    },
  };
}

function targets(n: number, counter: { measured: number }): [string, Measurable][] {
  return Array.from({ length: n }, (_, i) => [
    `t${i}`,
    {
      isConnected: true,
      getBoundingClientRect() {
        counter.measured++;
        return { left: 10, top: 20 * i, width: 50, height: 18, right: 60, bottom: 20 * i + 18, x: 10, y: 20 * i, toJSON: () => ({}) } as DOMRect;
      },
    } as unknown as Measurable,
  ]);
}

const host = { getBoundingClientRect: () => ({ left: 0, top: 0 }) as DOMRect } as Element;

describe('BoxTracker', () => {
  it('measures at most `chunk` targets per frame and publishes once, when the pass is done', () => {
    const c = clock();
    const counter = { measured: 0 };
    const published: ReadonlyMap<string, Box>[] = [];
    const t = new BoxTracker(host, (b) => published.push(b), { chunk: 100, frame: c.frame });
    t.setTargets(targets(1000, counter));
    let frames = 0;
    while (c.queued) {
      const before = counter.measured;
      c.tick();
      frames++;
      expect(counter.measured - before).toBeLessThanOrEqual(100);
    }
    expect(counter.measured).toBe(1000);
    expect(frames).toBe(10); // ten slices, the first in the scheduled frame
    expect(published).toHaveLength(1);
    expect(published[0]!.size).toBe(1000);
  });

  it('a page that changes every frame: the pass is not restarted, boxes arrive, one more pass follows', () => {
    const c = clock();
    const counter = { measured: 0 };
    const published: ReadonlyMap<string, Box>[] = [];
    const t = new BoxTracker(host, (b) => published.push(b), { chunk: 100, frame: c.frame });
    t.setTargets(targets(1000, counter));
    for (let f = 0; f < 11; f++) {
      t.schedule(); // a DOM mutation in every frame
      c.tick();
    }
    expect(published).toHaveLength(1);
    expect(published[0]!.size).toBe(1000);
    // The changes during the pass asked for one more; the page keeps changing, the tracker keeps up.
    for (let f = 0; f < 30; f++) {
      t.schedule();
      c.tick();
    }
    expect(counter.measured).toBeGreaterThanOrEqual(3000);
    // Unchanged boxes are not published again (no re-render of the overlay).
    expect(published).toHaveLength(1);
  });

  it('new targets stop the running pass (it measured the wrong things)', () => {
    const c = clock();
    const counter = { measured: 0 };
    const published: ReadonlyMap<string, Box>[] = [];
    const t = new BoxTracker(host, (b) => published.push(b), { chunk: 100, frame: c.frame });
    t.setTargets(targets(1000, counter));
    c.tick();
    c.tick();
    t.setTargets(targets(5, counter));
    while (c.queued) c.tick();
    expect(published.map((p) => p.size)).toEqual([5]);
  });
});
