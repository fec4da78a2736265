// The precision a column (or row) of printed cells shows. Tables print every amount with the
// same decimals, so the common precision is what `expectDecimals` should be when parsing the
// column's cells: it is what makes "172. 4" a lost digit instead of 172.4, and "2080505" a code.
import { parseAmount } from './parse';

/**
 * The decimals at least two thirds of the column's amounts show (percentages left out), when
 * there are at least 3 of them; undefined when no clear precision emerges. A damaged cell
 * ("172. 4") votes too, but one lost digit cannot outvote the rest of the column.
 */
export function dominantDecimals(texts: Iterable<string | null | undefined>): number | undefined {
  const votes = new Map<number, number>();
  let total = 0;
  for (const text of texts) {
    if (!text) continue;
    const o = parseAmount(text);
    if (o.kind !== 'amount' || o.amount.percent) continue;
    votes.set(o.amount.decimals, (votes.get(o.amount.decimals) ?? 0) + 1);
    total += 1;
  }
  if (total < 3) return undefined;
  for (const [decimals, n] of votes) if (3 * n >= 2 * total) return decimals;
  return undefined;
}
