// The interval a printed Amount stands for, by the rounding rule of interval.ts.
import type { Amount } from './index';
import { roundingInterval, type Interval } from './interval';

/** "547.82" → [547.815, 547.825]; "7000" → [6999.5, 7000.5]; in the amount's own unit. */
export function intervalOfAmount(a: Amount): Interval {
  return roundingInterval(a.value, a.decimals);
}
