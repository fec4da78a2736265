// Tables whose rows may break across pages (office suites; Chromium for tall cells) leave the
// tail of a row at the top of the next page: the `6` of 30,688.06, the `5` of 2080505, the
// `支出` of a wrapped label, the rest of a long 绩效目标 text. Such a fragment row is glued back
// onto the last row of the previous page's grid. A row counts as a fragment only when every
// text in it continues a non-empty cell of that last row, it leaves some of those cells empty,
// nothing in it starts like a new entry (a code, a full amount, 一、/（一）/1、/其中), and some
// text it continues had wrapped: its last line runs to the cell's right edge (a short label like
// 本年收入合计 followed by a row 使用非财政拨款结余 on the next page is two rows).
import type { GridCell, RawBlock, RawGrid } from '../raw';
import { joinHeaderOverPages } from './headerOverPages';
import { joinLines } from './lines';

const DIGIT_TAIL = /^[\d.,，%]+$/;
const NEW_ENTRY = /^(\d{3}(\d{2}){0,2}$|[-−]?[\d,]*\d\.\d{2}$|\d+[、.．]\D|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|其中|合计|小计|总计)/;

function sameRow(a: GridCell[], b: GridCell[]): boolean {
  return a.length === b.length && a.every((c, i) => c.text === b[i]!.text);
}

/** `wrapped(cell)`: whether the cell's last line reached its right edge (see ruledTables). */
export function mergeRowFragments<A>(blocks: RawBlock<A>[], wrapped: (cell: GridCell<A>) => boolean): void {
  // A header broken over the page first: its rows go on in the next page's grid.
  joinHeaderOverPages(blocks);
  let prev: RawGrid<A> | null = null;
  let head: RawGrid<A> | null = null; // first grid of a run over consecutive pages: its header repeats
  for (const block of blocks) {
    if (block.type !== 'grid') continue;
    if (prev && prev.page !== null && block.page === prev.page + 1) mergeInto(prev, block, head ?? prev, wrapped);
    else head = block;
    prev = block;
  }
}

/** Whether `head` + `tail` is one number cut by a line break rather than two numbers (59 | 60). */
function truncatedNumber(head: string, tail: string): boolean {
  if (/[.,，]$/.test(head) || /^[.,，]/.test(tail)) return true;
  if (/\.\d$/.test(head)) return true; // 30,688.0 | 6
  // Codes: 208050 | 5 → a 7-digit 项 code, 206 | 01 → 5-digit 款.
  if (/^\d{3,6}$/.test(head) && /^\d+$/.test(tail)) return [5, 7].includes(head.length + tail.length);
  return false;
}

/** The slot holding a cell's text and flags: its origin slot. */
function ownerOf<A>(g: RawGrid<A>, c: GridCell<A>): GridCell<A> {
  return g.rows[c.originRow]?.[c.originCol] ?? c;
}

const isOrigin = (c: GridCell, r: number, i: number): boolean => c.originRow === r && c.originCol === i;

function mergeInto<A>(prev: RawGrid<A>, cur: RawGrid<A>, head: RawGrid<A>, wrapped: (cell: GridCell<A>) => boolean): void {
  const lastRow = prev.rows.length - 1;
  const last = prev.rows[lastRow];
  if (!last || cur.rows.length === 0 || cur.rows[0]!.length !== last.length) return;
  // Skip a header repeated at the top of the page.
  let k = 0;
  while (k < cur.rows.length && ((k < prev.rows.length && sameRow(cur.rows[k]!, prev.rows[k]!)) || (k < head.rows.length && sameRow(cur.rows[k]!, head.rows[k]!)))) k++;
  const row = cur.rows[k];
  if (!row) return;
  // Merged cells make a header, not the tail of a data row.
  if (row.some((c, i) => !isOrigin(c, k, i))) return;
  const filled = row.map((c, i) => (isOrigin(c, k, i) && c.text ? i : -1)).filter((i) => i >= 0);
  const lastFilled = last.filter((c) => c.text).length;
  if (filled.length === 0 || filled.length >= lastFilled) return;
  let continuesWrapped = false;
  for (const i of filled) {
    const tail = row[i]!.text;
    const head = last[i]!.text;
    if (!head) return;
    if (DIGIT_TAIL.test(tail)) {
      if (!truncatedNumber(head, tail)) return;
    } else if (NEW_ENTRY.test(tail)) return;
    else if (wrapped(ownerOf(prev, last[i]!))) continuesWrapped = true;
  }
  // Text tails need at least one cell that visibly wrapped at the page end (others may have
  // broken early, before a word or number that did not fit).
  if (!continuesWrapped && filled.some((i) => !DIGIT_TAIL.test(row[i]!.text))) return;
  for (const i of filled) {
    const owner = last[i]!;
    const text = joinLines([owner.text, row[i]!.text]);
    // Every slot showing the same cell (spans repeat their origin's text) gets the whole text.
    for (const r of prev.rows) for (const c of r) if (c.originRow === owner.originRow && c.originCol === owner.originCol) c.text = text;
  }
  cur.rows.splice(k, 1);
  for (const r of cur.rows) for (const c of r) if (c.originRow > k) c.originRow--;
}
