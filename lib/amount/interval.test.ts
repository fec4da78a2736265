import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { addIntervals, divIntervals, overlaps, roundingInterval } from './interval';

const d = (s: string) => new Decimal(s);

describe('rounding intervals', () => {
  it('a 2-decimal figure stands for ±0.005', () => {
    const i = roundingInterval(d('10312.28'), 2);
    expect(i.lo.toString()).toBe('10312.275');
    expect(i.hi.toString()).toBe('10312.285');
  });

  it('001: 3,084.94 + 27,603.13 vs 30,688.06 is a rounding difference, not an error', () => {
    const sum = addIntervals(roundingInterval(d('3084.94'), 2), roundingInterval(d('27603.13'), 2));
    expect(sum.lo.toString()).toBe('30688.06');
    expect(overlaps(sum, roundingInterval(d('30688.06'), 2))).toBe(true);
    expect(overlaps(sum, roundingInterval(d('30688.09'), 2))).toBe(false);
  });

  it('004: 基本支出 78.06% = 401.24 / 513.98 holds over the intervals', () => {
    const r = divIntervals(roundingInterval(d('401.24'), 2), roundingInterval(d('513.98'), 2))!;
    const pct = { lo: r.lo.times(100), hi: r.hi.times(100) };
    expect(overlaps(pct, roundingInterval(d('78.06'), 2))).toBe(true);
  });

  it('002: 131.77 / (1,451.29 − 131.77) does not round to 9.98%', () => {
    const delta = roundingInterval(d('131.77'), 2);
    const cur = roundingInterval(d('1451.29'), 2);
    const base = { lo: cur.lo.minus(delta.hi), hi: cur.hi.minus(delta.lo) };
    const r = divIntervals(delta, base)!;
    const pct = { lo: r.lo.times(100), hi: r.hi.times(100) };
    expect(overlaps(pct, roundingInterval(d('9.98'), 2))).toBe(false);
    expect(overlaps(pct, roundingInterval(d('9.99'), 2))).toBe(true);
  });

  it('a divisor interval containing zero gives no ratio', () => {
    expect(divIntervals(roundingInterval(d('1'), 2), roundingInterval(d('0.00'), 2))).toBeNull();
  });
});
