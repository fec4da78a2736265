// Public API of the amount model. Implementation lives in the files beside this one;
// import from here (lib/amount/index), not from the implementation files.
import Decimal from 'decimal.js';

export { Decimal };

export type MoneyUnit = '元' | '千元' | '万元' | '亿元';

/** A number as a disclosure prints it. `value` is exact; never convert it to a JS float. */
export interface Amount {
  /** The exact printed value (in `unit` when known). For percentages: 23.06 for "23.06%". */
  value: Decimal;
  /** Number of decimals displayed — the rounding rule depends on it. Negative only after
   * convertAmount to a smaller unit (1.2亿元 → 12000万元 has −3: it means ±500万元). */
  decimals: number;
  /** The text exactly as it came from the source, damage included ("10, 312. 28"). */
  text: string;
  /** The repaired display text ("10,312.28"), how the document meant it: '-' for any negative
   * form ("（3.2）", "△3.2" → "-3.2"), '%' kept for percentages, unit words left out (see `unit`). */
  display: string;
  unit: MoneyUnit | null;
  percent: boolean;
}

export type ParseOutcome =
  | { kind: 'amount'; amount: Amount }
  /** Empty cell or whitespace: "no amount" (a final-account table may say blanks are 0). */
  | { kind: 'blank'; text: string }
  /** A dash ("-", "—", "———"): not applicable / no amount. */
  | { kind: 'dash'; text: string }
  /** Looks numeric but is damaged beyond safe repair ("172. 4" with a lost digit): flag, do not guess. */
  | { kind: 'damaged'; text: string; reason: string }
  /** Not an amount at all (2024年, a phone number, a subject code). */
  | { kind: 'junk'; text: string };

export interface ParseOptions {
  /** Expected decimals in this column, when known (helps spot lost digits like "172. 4"). */
  expectDecimals?: number;
  /** Unit to attach when the text itself names none. */
  unit?: MoneyUnit | null;
}

export { parseAmount, amountOrNull } from './parse';
export { scanNumbers, type NumberToken, type NumberTokenKind, type ScanOptions } from './scan';
export { formatAmount } from './format';
export { convertAmount, valueIn, unitExponent } from './units';
export { intervalOfAmount } from './amountInterval';
export { dominantDecimals } from './columnPrecision';
export { toHalfWidth, repairDigits, groupThousands, type DigitRepair } from './repair';
