// Percentages over rounding intervals (docs/domain.md "Rounding"): the min and max of a/b over the
// intervals, compared with the printed percentage's interval. A percentage that only truncation
// (舍去) explains is still fail, with severity warning, and the message says so.
import Decimal from 'decimal.js';
import { divIntervals, overlaps, type Interval } from '../amount/interval';
import type { Finding, Ref, Status } from '../report/schema';
import type { Operand } from './cells';
import { findingId, formatAmount } from './identity';

export interface RatioSpec {
  rule: string;
  context: string;
  /** The printed percentage (value 23.06 for "23.06%"). */
  printed: Operand;
  num: { value: Decimal; interval: Interval };
  den: { value: Decimal; interval: Interval };
  /** How the quotient was formed, for the message: "131.77 ÷ (1,451.29 − 131.77)". */
  formula: string;
  refs: Ref[];
}

export function evaluateRatio(s: RatioSpec): Finding | null {
  const q = divIntervals(s.num.interval, s.den.interval);
  if (!q || s.den.value.isZero()) return null;
  const hundred = new Decimal(100);
  const pct = { lo: q.lo.times(hundred), hi: q.hi.times(hundred) };
  const d = s.printed.decimals;
  const point = s.num.value.div(s.den.value).times(hundred);
  const rounded = point.toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
  const ulp = new Decimal(10).pow(-d);
  let status: Status;
  let truncation = false;
  if (rounded.eq(s.printed.value)) status = 'pass';
  else if (overlaps(s.printed.interval, pct)) status = 'rounding';
  else {
    status = 'fail';
    // Truncating instead of rounding: the printed P stands for [P, P + 1 ulp).
    truncation = overlaps({ lo: s.printed.value, hi: s.printed.value.plus(ulp) }, pct) && s.printed.value.gte(0);
  }
  const shown = formatAmount(rounded, d);
  const range = `[${pct.lo.toDecimalPlaces(d + 2, Decimal.ROUND_FLOOR).toFixed(d + 2)}%, ${pct.hi.toDecimalPlaces(d + 2, Decimal.ROUND_CEIL).toFixed(d + 2)}%]`;
  const sym = status === 'pass' ? '=' : status === 'rounding' ? '≈' : '≠';
  let tail = '';
  let tailEn = '';
  if (status === 'rounding') {
    tail = `（按四舍五入区间 ${range} 可得，在尾数误差范围内）`;
    tailEn = ` (within rounding: ${range})`;
  } else if (status === 'fail') {
    tail = truncation
      ? `（按四舍五入区间为 ${range}，应为 ${shown}%；印的 ${s.printed.display} 只有舍去尾数（截断）才能得到）`
      : `（按四舍五入区间为 ${range}，应为 ${shown}%，四舍五入不能解释）`;
    tailEn = truncation
      ? ` (over the rounding intervals ${range}, should be ${shown}%; ${s.printed.display} is only reached by truncating)`
      : ` (over the rounding intervals ${range}, should be ${shown}%; beyond rounding)`;
  }
  return {
    id: findingId(s.rule, s.refs),
    rule: s.rule,
    status,
    severity: status === 'fail' ? (truncation ? 'warning' : 'error') : 'info',
    message: `${s.context} ${s.printed.display} ${sym} ${s.formula} = ${shown}%${tail}`,
    messageEn: `${s.context}: ${s.printed.display} ${sym} ${s.formula} = ${shown}%${tailEn}`,
    expected: `${shown}%`,
    actual: s.printed.display,
    difference: formatAmount(s.printed.value.minus(rounded), d),
    refs: s.refs,
  };
}
