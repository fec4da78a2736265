// Exact conversion between 元, 万元 and 亿元. Shifting by powers of ten never adds significant
// digits, so decimal.js stays exact; the displayed precision moves with the value so that the
// rounding interval of the converted figure is the same money as the original's.
import Decimal from 'decimal.js';
import type { Amount, MoneyUnit } from './index';
import { formatAmount } from './format';

/** Power of ten of each unit in 元. */
const EXPONENT: Record<MoneyUnit, number> = { 元: 0, 千元: 3, 万元: 4, 亿元: 8 };

export function unitExponent(unit: MoneyUnit): number {
  return EXPONENT[unit];
}

/** The value of `a` expressed in `to` (exact). Throws for percentages and amounts of unknown unit. */
export function valueIn(a: Amount, to: MoneyUnit): Decimal {
  const from = requireUnit(a);
  return a.value.times(new Decimal(10).pow(EXPONENT[from] - EXPONENT[to]));
}

/**
 * `convertAmount(12,345.67元, '万元')` → 1.234567万元 with decimals 6. Converting to a smaller
 * unit can make `decimals` negative (1.2亿元 → 12000万元, decimals −3): the figure still only
 * means ±500万元, and roundingInterval handles negative decimals exactly that way.
 */
export function convertAmount(a: Amount, to: MoneyUnit): Amount {
  const from = requireUnit(a);
  const shift = EXPONENT[to] - EXPONENT[from];
  const value = valueIn(a, to);
  const decimals = a.decimals + shift;
  return { ...a, value, decimals, unit: to, display: formatAmount(value, decimals) };
}

function requireUnit(a: Amount): MoneyUnit {
  if (a.percent) throw new Error(`cannot convert a percentage (${a.text}) to a money unit`);
  if (a.unit === null) throw new Error(`amount ${a.text} has no unit to convert from`);
  return a.unit;
}
