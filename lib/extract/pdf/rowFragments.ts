// Office suites let a table row break across a page: the tail of a wrapped number or code
// (`6` of 30,688.06, `5` of 2080505) lands in a row of its own at the top of the next page.
// Such a fragment row is glued back onto the last row of the previous page's grid. Only digit
// fragments are moved: a label continuing on the next page is indistinguishable from a row
// with only a label, and moving a real row would be worse than leaving a fragment.
import type { GridCell, RawBlock, RawGrid } from '../raw';
import { joinLines } from './lines';

const FRAGMENT = /^[\d.,，%]+$/;

function sameRow(a: GridCell[], b: GridCell[]): boolean {
  return a.length === b.length && a.every((c, i) => c.text === b[i]!.text);
}

export function mergeRowFragments<A>(blocks: RawBlock<A>[]): void {
  let prev: RawGrid<A> | null = null;
  for (const block of blocks) {
    if (block.type !== 'grid') continue;
    const cur = block;
    if (prev && prev.page !== null && cur.page === prev.page + 1) mergeInto(prev, cur);
    prev = cur;
  }
}

function mergeInto<A>(prev: RawGrid<A>, cur: RawGrid<A>): void {
  const last = prev.rows[prev.rows.length - 1];
  if (!last || cur.rows.length === 0 || cur.rows[0]!.length !== last.length) return;
  // Skip a header repeated at the top of the page.
  let k = 0;
  while (k < cur.rows.length && k < prev.rows.length && sameRow(cur.rows[k]!, prev.rows[k]!)) k++;
  const row = cur.rows[k];
  if (!row) return;
  const filled = row.map((c, i) => (c.originRow === k && c.originCol === i && c.text ? i : -1)).filter((i) => i >= 0);
  if (filled.length === 0 || filled.length > Math.max(1, Math.floor(row.length / 4))) return;
  if (!filled.every((i) => FRAGMENT.test(row[i]!.text) && last[i]!.text && /[\d.,]$/.test(last[i]!.text))) return;
  for (const i of filled) {
    const owner = last[i]!;
    const text = joinLines([owner.text, row[i]!.text]);
    // Update every slot that shows the same cell (spans repeat their origin's text).
    for (const r of prev.rows) for (const c of r) if (c.originRow === owner.originRow && c.originCol === owner.originCol) c.text = text;
  }
  cur.rows.splice(k, 1);
  for (const r of cur.rows) for (const c of r) if (c.originRow > k) c.originRow--;
}
