// The shared findings logic against a fake surface (no DOM): the keyboard walk, the selection
// across re-renders, hover with its grace, and the card's placement at the window's edges.
import { describe, expect, it } from 'vitest';
import type { Rect, Surface } from '../../lib/anchor/surface';
import { marksOf, refKeyOf } from '../../lib/page/markers';
import type { Finding } from '../../lib/report/schema';
import { cardPlacement, CARD_HEIGHT, CARD_WIDTH } from './cardPlacement';
import { FindingsController, HOVER_GRACE_MS, type FindingsModel } from './findingsController';

const finding = (id: string, row: number, status: Finding['status'] = 'fail'): Finding => ({
  id,
  rule: 'rowSums',
  status,
  severity: 'error',
  message: `${id}: 0.00 ≠ 1.00`,
  expected: '1.00',
  actual: '0.00',
  refs: [{ table: 't1', row, col: 2, page: null, text: null, value: '0.00' }],
});

const FINDINGS = [finding('a', 1), finding('b', 2), finding('c', 3)];

function modelOf(findings: Finding[]): FindingsModel {
  const marks = marksOf(findings, { showRounding: false, showPass: false });
  return { order: findings, findingById: new Map(findings.map((f) => [f.id, f])), markByKey: new Map(marks.map((m) => [m.key, m])) };
}

/** A surface where ref row r sits at y = 100·r, 20 px high, x 10..60. */
function fakeSurface() {
  const revealed: string[] = [];
  const surface: Surface = {
    rectOf: (ref): Rect => ({ left: 10, top: 100 * (ref.row ?? 0), width: 50, height: 20 }),
    reveal: (ref) => void revealed.push(refKeyOf(ref)),
    markAt: (x, y) => {
      const row = Math.floor(y / 100);
      return x >= 10 && x <= 60 && y % 100 <= 20 && row >= 1 && row <= 3 ? `t1:${row}:2` : null;
    },
  };
  return { surface, revealed };
}

function fakeTimers() {
  const pending = new Map<number, () => void>();
  let n = 0;
  return {
    timers: { set: (cb: () => void) => (pending.set(++n, cb), n), clear: (h: unknown) => void pending.delete(h as number) },
    fire: () => {
      const all = [...pending.values()];
      pending.clear();
      for (const cb of all) cb();
    },
  };
}

describe('FindingsController', () => {
  it('Alt+N twice before any re-render walks two findings (the selection is read as of the last press)', () => {
    const { surface, revealed } = fakeSurface();
    let renders = 0;
    const c = new FindingsController(surface, modelOf(FINDINGS), () => renders++);
    c.walk(true);
    c.walk(true); // no render happened in between
    expect(c.selectedId).toBe('b');
    expect(revealed).toEqual(['t1:1:2', 't1:2:2']);
    c.walk(true);
    c.walk(true);
    expect(c.selectedId).toBe('a'); // wraps around
    c.walk(false);
    expect(c.selectedId).toBe('c');
    expect(renders).toBe(5);
  });

  it('Alt+P with nothing selected starts from the last finding; every reveal flashes anew', () => {
    const { surface } = fakeSurface();
    const c = new FindingsController(surface, modelOf(FINDINGS), () => {});
    c.walk(false);
    expect(c.selectedId).toBe('c');
    const n = c.flash!.n;
    c.select(FINDINGS[2]!, { reveal: true });
    expect(c.flash).toEqual({ key: 't1:3:2', n: n + 1 });
  });

  it('keeps the selection across re-renders with a new model (passing findings arriving), and drops it when the finding is gone', () => {
    const { surface } = fakeSurface();
    const c = new FindingsController(surface, modelOf(FINDINGS), () => {});
    c.walk(true);
    c.walk(true);
    c.model = modelOf([...FINDINGS, finding('p', 9, 'pass')]);
    expect(c.active()?.finding.id).toBe('b');
    c.walk(true);
    expect(c.selectedId).toBe('c');
    c.model = modelOf([FINDINGS[0]!]);
    expect(c.active()).toBeNull();
    c.walk(true);
    expect(c.selectedId).toBe('a');
  });

  it('hover shows the mark under the pointer; leaving keeps it for a grace, unless the pointer is on the card', () => {
    const { surface } = fakeSurface();
    const t = fakeTimers();
    const c = new FindingsController(surface, modelOf(FINDINGS), () => {}, t.timers);
    c.pointerAt(30, 210);
    expect(c.active()?.finding.id).toBe('b');
    c.pointerAt(500, 500);
    expect(c.hoverKey).toBe('t1:2:2'); // still there during the grace
    c.cardEntered();
    t.fire();
    expect(c.hoverKey).toBe('t1:2:2'); // on the card: stays
    c.cardLeft();
    c.pointerAt(500, 500);
    t.fire();
    expect(c.active()).toBeNull();
    expect(HOVER_GRACE_MS).toBeGreaterThan(0);
  });

  it('the selected finding wins over the hovered mark; Escape clears both', () => {
    const { surface } = fakeSurface();
    const c = new FindingsController(surface, modelOf(FINDINGS), () => {});
    c.select(FINDINGS[0]!, { reveal: false });
    c.pointerAt(30, 310);
    expect(c.active()?.finding.id).toBe('a');
    c.close();
    expect(c.active()).toBeNull();
    expect(c.hoverKey).toBeNull();
  });
});

describe('cardPlacement', () => {
  const vp = { width: 1280, height: 720 };
  it('under the mark when there is room', () => {
    expect(cardPlacement({ left: 100, top: 100, width: 50, height: 20 }, vp)).toEqual({ left: 100, top: 126 });
  });
  it('above the mark at the bottom edge, inside the window at the right and left edges', () => {
    const p = cardPlacement({ left: 1250, top: 650, width: 20, height: 20 }, vp);
    expect(p.top).toBe(650 - CARD_HEIGHT - 6);
    expect(p.left).toBe(1280 - CARD_WIDTH - 8);
    expect(cardPlacement({ left: -40, top: 10, width: 20, height: 20 }, vp).left).toBe(8);
  });
  it('a window too small for the card above or below: at the top margin', () => {
    expect(cardPlacement({ left: 10, top: 100, width: 20, height: 20 }, { width: 400, height: 300 }).top).toBe(8);
  });
});
