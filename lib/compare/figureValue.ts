// Exact values of saved figures in a common unit, and their display. Arithmetic stays in
// decimal.js; rounding happens only when a result is turned into text.
import { Decimal, formatAmount, unitExponent } from '../amount/index';
import { roundingInterval, type Interval } from '../amount/interval';
import type { KeyFigure, Printed } from '../library/snapshot';
import type { MoneyUnit } from '../report/schema';

export interface Valued {
  value: Decimal;
  /** Displayed decimals, moved with the unit (元 → 万元 adds 4). */
  decimals: number;
}

/** A printed figure in `to` (money figures of unknown unit are taken as printed). */
export function valueOf(p: Printed, unit: MoneyUnit | null, to: MoneyUnit | null): Valued {
  const value = new Decimal(p.value);
  if (!unit || !to || unit === to) return { value, decimals: p.decimals };
  const shift = unitExponent(to) - unitExponent(unit);
  return { value: value.times(new Decimal(10).pow(-shift)), decimals: p.decimals + shift };
}

export const figureValue = (f: KeyFigure, to: MoneyUnit | null): Valued => valueOf(f, f.unit, to);

export const intervalOf = (v: Valued): Interval => roundingInterval(v.value, v.decimals);

export function display(v: Valued): string {
  return formatAmount(v.value, v.decimals);
}

/** "+1,234.50" / "-3.20" / "0.00". */
export function signedDisplay(value: Decimal, decimals: number): string {
  const s = formatAmount(value, decimals);
  return value.gt(0) && s !== formatAmount(new Decimal(0), decimals) ? `+${s}` : s;
}

/** Percentage for display, two decimals, half up; null when the base is zero. */
export function percentOf(part: Decimal, base: Decimal): Decimal | null {
  if (base.isZero()) return null;
  return part.div(base).times(100);
}

export function pctDisplay(p: Decimal | null, signed = true): string {
  if (p === null) return '—';
  const s = p.toFixed(2, Decimal.ROUND_HALF_UP);
  const zero = new Decimal(s).isZero();
  return `${signed && p.gt(0) && !zero ? '+' : ''}${zero ? '0.00' : s}%`;
}
