// Formats an exact value the way the disclosures print it: thousands separators, fixed decimals.
import Decimal from 'decimal.js';
import { groupThousands } from './repair';

/**
 * `formatAmount(new Decimal('10312.28'), 2)` → "10,312.28". Rounds half up (away from zero) to
 * `decimals`; a negative `decimals` (a converted amount coarser than 1, see convertAmount) prints
 * as an integer. Never prints "-0.00".
 */
export function formatAmount(value: Decimal, decimals: number, options: { grouping?: boolean } = {}): string {
  const d = Math.max(0, decimals);
  const fixed = value.toFixed(d, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith('-') && !new Decimal(fixed).isZero();
  const body = fixed.replace(/^-/, '');
  const [int, frac] = body.split('.') as [string, string | undefined];
  const intShown = options.grouping === false ? int : groupThousands(int);
  return (negative ? '-' : '') + intShown + (frac !== undefined ? `.${frac}` : '');
}
