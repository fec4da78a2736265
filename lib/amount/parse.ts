// parseAmount: one printed cell or figure → an exact Amount, or the reason it is not one.
// Principle: repair only damage whose meaning is certain; flag the rest (no false alarms, and
// no silently invented digits).
import Decimal from 'decimal.js';
import type { Amount, MoneyUnit, ParseOptions, ParseOutcome } from './index';
import { groupThousands, repairDigits, toHalfWidth } from './repair';

/** Dash characters used for "not applicable" ("-", "—", "———", "－", "–"). Not 一 (the digit one). */
const DASH_ONLY = /^[-‐‑‒–—―─━]+$/;
const UNIT_SUFFIX = /(万元|亿元|元)$/;
const NEGATIVE_PREFIX = /^[-△▲]/;
/** A date written with separators: 2024-01-01, 2024/1/1, 2024-01, 2024.01.01. */
const DATE = /^\d{4}([-/])\d{1,2}(\1\d{1,2})?$|^\d{4}\.\d{1,2}\.\d{1,2}$/; // never 4-digit.2-digit alone: that is an amount (7764.53)
/** A mainland mobile number. */
const MOBILE = /^1[3-9]\d{9}$/;
/** Subject, department and unit codes have these lengths (类 3, 款 5, 项 7; unit 6). */
const CODE_LENGTHS = new Set([3, 5, 6, 7]);
/** The longest amount a disclosure can print: the national budget in 元 has 14 integer digits
 * (tens of trillions); decimal.js keeps 20 significant digits exact. Anything longer is text (an
 * account number, a hostile 1 MB cell), never an amount. */
export const MAX_INT_DIGITS = 16;
export const MAX_FRAC_DIGITS = 6;
/** Longer than any printed amount with its unit, sign, separators and PDF spaces. */
const MAX_AMOUNT_TEXT = 64;

export function parseAmount(text: string, options: ParseOptions = {}): ParseOutcome {
  if (text.length > MAX_AMOUNT_TEXT && text.trim().length > MAX_AMOUNT_TEXT) return { kind: 'junk', text };
  const t = toHalfWidth(text).replace(/\s+/g, ' ').trim();
  if (t === '') return { kind: 'blank', text };
  if (DASH_ONLY.test(t.replace(/ /g, ''))) return { kind: 'dash', text };
  const junk: ParseOutcome = { kind: 'junk', text };

  let rest = t;
  let unit: MoneyUnit | null = null;
  const um = UNIT_SUFFIX.exec(rest);
  if (um) {
    unit = um[1] as MoneyUnit;
    rest = rest.slice(0, um.index).trim();
  }
  let percent = false;
  const takePercent = (): void => {
    if (rest.endsWith('%')) {
      percent = true;
      rest = rest.slice(0, -1).trim();
    }
  };
  takePercent();

  let negative = false;
  const paren = /^\((.*)\)$/.exec(rest);
  if (paren) {
    negative = true;
    rest = paren[1]!.trim();
  } else if (NEGATIVE_PREFIX.test(rest)) {
    negative = true;
    rest = rest.slice(1).trim();
  } else if (rest.startsWith('+')) {
    rest = rest.slice(1).trim();
  }
  if (!percent) takePercent(); // "(3.2%)"
  if (percent && unit) return junk;

  const compact = rest.replace(/ /g, '');
  if (compact === '' || !/^[0-9,.]+$/.test(compact)) return junk; // letters, CJK, phone dashes, slashes
  if (DATE.test(compact)) return junk;
  const bareInteger = /^[0-9]+$/.test(compact);
  if (bareInteger && MOBILE.test(compact)) return junk;
  if (
    bareInteger &&
    !unit &&
    !percent &&
    !negative &&
    (options.expectDecimals ?? 0) > 0 &&
    CODE_LENGTHS.has(compact.length)
  ) {
    // In a column of amounts shown with decimals, a bare 3/5/6/7-digit integer is a code.
    return junk;
  }

  const r = repairDigits(rest, options.expectDecimals);
  if (!r.ok) return { kind: 'damaged', text, reason: r.reason };
  if (r.intDigits.length > MAX_INT_DIGITS || r.fracDigits.length > MAX_FRAC_DIGITS) return junk;
  // Amounts never start with 0 unless they are below 1 ("0.57"); "0772" is a phone prefix or code.
  if (r.intDigits.length > 1 && r.intDigits.startsWith('0')) return junk;

  const digits = r.fracDigits ? `${r.intDigits}.${r.fracDigits}` : r.intDigits;
  let value = new Decimal(digits);
  if (negative && !value.isZero()) value = value.negated();
  const intShown = r.grouped ? groupThousands(r.intDigits) : r.intDigits;
  const display =
    (negative ? '-' : '') + intShown + (r.fracDigits ? `.${r.fracDigits}` : '') + (percent ? '%' : '');
  const amount: Amount = {
    value,
    decimals: r.fracDigits.length,
    text,
    display,
    unit: percent ? null : (unit ?? options.unit ?? null),
    percent,
  };
  return { kind: 'amount', amount };
}

/** The amount, or null for anything else (blank, dash, damaged, junk). */
export function amountOrNull(text: string, options?: ParseOptions): Amount | null {
  const o = parseAmount(text, options);
  return o.kind === 'amount' ? o.amount : null;
}
