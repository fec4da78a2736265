// An amount cell's text as the document meant it: parseAmount's repaired `display`
// ("10, 312. 28" → "10,312.28"); blank → null; dashes and damaged text kept as printed.
// lib/amount's parseAmount is written by another helper: until it is implemented, a minimal
// local repair of the same two damage forms stands in (see `fallbackRepair`).
import * as amountModule from '../../amount';
import type { ParseOutcome } from '../../amount';

type ParseFn = (text: string, options?: { expectDecimals?: number }) => ParseOutcome;
const parseAmount: ParseFn | undefined =
  typeof (amountModule as { parseAmount?: unknown }).parseAmount === 'function'
    ? ((amountModule as { parseAmount: ParseFn }).parseAmount)
    : undefined;

/** Spaces touching a separator removed; a final ", dd" after comma groups read as the decimal point. */
export function fallbackRepair(text: string): string {
  const t = text.trim();
  if (!/^[-−]?[0-9][0-9,. ]*$/.test(t) || /[0-9] +[0-9]/.test(t)) return t;
  let s = t.replace(/ +/g, '');
  if (/^[-−]?[0-9]{1,3}(,[0-9]{3})+,[0-9]{2}$/.test(s)) s = s.replace(/,([0-9]{2})$/, '.$1');
  // a spaced fraction shorter than two decimals lost a digit: keep it as printed (damaged)
  if (/[.,] +[0-9]$/.test(t)) return t;
  return s;
}

export function amountCellText(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  if (parseAmount) {
    const out = parseAmount(t, { expectDecimals: 2 });
    if (out.kind === 'amount') return out.amount.display;
    if (out.kind === 'blank') return null;
    return t;
  }
  return fallbackRepair(t);
}
