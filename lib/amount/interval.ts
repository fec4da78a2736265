// The rounding rule (docs/domain.md): a printed amount with d decimals stands for the interval
// [v − ½·10^-d, v + ½·10^-d]. Computed figures are intervals too; two figures agree "within
// rounding" when their intervals overlap. No fixed tolerance anywhere.
import Decimal from 'decimal.js';

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

// Decimals printed are a handful of values (0–4): each half-unit is computed once, not per figure
// (decimal.js's pow was a visible share of a document's checks). Decimals are immutable.
const HALF_ULP = new Map<number, Decimal>();

export function halfUlp(decimals: number): Decimal {
  let h = HALF_ULP.get(decimals);
  if (!h) HALF_ULP.set(decimals, (h = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)))));
  return h;
}

/** The interval a printed value stands for. */
export function roundingInterval(value: Decimal, decimals: number): Interval {
  const h = halfUlp(decimals);
  return { lo: value.minus(h), hi: value.plus(h) };
}

export function exactInterval(value: Decimal): Interval {
  return { lo: value, hi: value };
}

export function addIntervals(...xs: Interval[]): Interval {
  let lo = new Decimal(0);
  let hi = new Decimal(0);
  for (const x of xs) {
    lo = lo.plus(x.lo);
    hi = hi.plus(x.hi);
  }
  return { lo, hi };
}

export function subIntervals(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

export function scaleInterval(a: Interval, k: Decimal): Interval {
  const x = a.lo.times(k);
  const y = a.hi.times(k);
  return x.lte(y) ? { lo: x, hi: y } : { lo: y, hi: x };
}

/** a / b over intervals; null when b contains zero (the ratio is unbounded). */
export function divIntervals(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  const qs = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  let lo = qs[0]!;
  let hi = qs[0]!;
  for (const q of qs) {
    if (q.lt(lo)) lo = q;
    if (q.gt(hi)) hi = q;
  }
  return { lo, hi };
}

/** Closed intervals overlap (touching counts: the rounding rule's bounds are inclusive). */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export function contains(a: Interval, v: Decimal): boolean {
  return a.lo.lte(v) && v.lte(a.hi);
}
