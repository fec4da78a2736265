// A ruled table whose header breaks over a page (tall header cells, narrow columns that wrap):
// the page's last grid holds only the header's first rows, with fewer columns than the table
// (the rules that split 公务用车购置及运行费 into 小计 | 购置费 | 运行费 start below the break), and
// the next page's grid goes on with the header's last row — carrying the tails of the cells that
// wrapped (因公出国 | （境）费) beside the titles of the new columns. The two grids are one table:
// the first is laid out again on the second's columns and the header rows are joined.
import type { GridCell, RawBlock, RawGrid } from '../raw';
import { isHeaderLikeRow } from '../assemble/headerRows';
import { looksLikeAmount } from '../assemble/textForms';
import { joinLines } from './lines';

/** Boundaries closer than this (points) are one. */
const SAME_EDGE = 2;
/** Texts a page's foot or head may put between the two grids: a page number. */
const PAGE_FURNITURE = /^[-—–\s第]*\d+[-—–\s页]*$/;

interface Span {
  from: number;
  to: number;
}

/** A cell's extent across the columns, from its anchor (a PDF box; the axis the row runs along). */
function spanOf(cell: GridCell, axis: 'x' | 'y'): Span | null {
  const a = cell.anchor as { x0?: unknown; x1?: unknown; y0?: unknown; y1?: unknown } | undefined;
  const lo = axis === 'x' ? a?.x0 : a?.y0, hi = axis === 'x' ? a?.x1 : a?.y1;
  return typeof lo === 'number' && typeof hi === 'number' ? { from: Math.min(lo, hi), to: Math.max(lo, hi) } : null;
}

/** Column extents of a grid's last row (origin cells give their whole span). */
function columnSpans(g: RawGrid, axis: 'x' | 'y'): Span[] | null {
  const row = g.rows[g.rows.length - 1]!;
  const out: Span[] = [];
  for (const cell of row) {
    const s = spanOf(cell, axis);
    if (!s) return null;
    out.push(s);
  }
  return out;
}

/** The axis the columns run along: the one on which a row's cells differ. */
function axisOf(g: RawGrid): 'x' | 'y' {
  const row = g.rows[g.rows.length - 1]!;
  const xs = new Set(row.map((c) => Math.round(spanOf(c, 'x')?.from ?? 0)));
  return xs.size > 1 ? 'x' : 'y';
}

/** For each of the first grid's columns, the next grid's columns it covers — when every edge of
 * the first is an edge of the second. */
function coverOf(head: Span[], next: Span[]): Span[] | null {
  const edges = (spans: Span[]) => spans.map((s) => s.from);
  const at = (x: number, list: number[]) => list.findIndex((e) => Math.abs(e - x) <= SAME_EDGE);
  const starts = edges(next);
  const out: Span[] = [];
  for (let c = 0; c < head.length; c++) {
    const from = at(head[c]!.from, starts);
    const end = next.findIndex((s) => Math.abs(s.to - head[c]!.to) <= SAME_EDGE);
    if (from < 0 || end < from) return null;
    out.push({ from, to: end });
  }
  // Side by side, no column left out.
  for (let c = 1; c < out.length; c++) if (out[c]!.from !== out[c - 1]!.to + 1) return null;
  return out[0]!.from === 0 && out[out.length - 1]!.to === next.length - 1 ? out : null;
}

const headerOnly = (rows: GridCell[][]) => rows.length > 0 && rows.every((r) => isHeaderLikeRow(r.map((c) => c.text)) && !r.some((c) => looksLikeAmount(c.text)));

export function joinHeaderOverPages<A>(blocks: RawBlock<A>[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const head = blocks[i]!;
    if (head.type !== 'grid' || head.page === null || !headerOnly(head.rows)) continue;
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.type === 'text' && PAGE_FURNITURE.test((blocks[j] as { text: string }).text)) j++;
    const next = blocks[j];
    if (!next || next.type !== 'grid' || next.page !== head.page + 1 || !headerOnly(next.rows.slice(0, 1))) continue;
    if (head.rows[0]!.length >= next.rows[0]!.length) continue;
    const axis = axisOf(next);
    const a = columnSpans(head, axis), b = columnSpans(next, axis);
    const cover = a && b ? coverOf(a, b) : null;
    if (!cover) continue;
    join(head, next, cover);
    blocks.splice(i + 1, j - i);
  }
}

function join<A>(head: RawGrid<A>, next: RawGrid<A>, cover: Span[]): void {
  const width = next.rows[0]!.length;
  const headColOf = (k: number) => cover.findIndex((s) => k >= s.from && k <= s.to);
  // The first grid on the second's columns: a cell over several columns spans them.
  const rows: GridCell<A>[][] = head.rows.map((row) =>
    Array.from({ length: width }, (_, k) => {
      const cell = row[headColOf(k)]!;
      return { ...cell, originCol: cover[cell.originCol]!.from };
    }),
  );
  // The second grid's first row: under a cell of one column, the tail of its wrapped text (the
  // cell goes on down); under a cell over several, the titles of the columns it splits into.
  const at = rows.length;
  const last = rows[at - 1]!;
  const added: GridCell<A>[] = next.rows[0]!.map((cell, k) => {
    const s = cover[headColOf(k)]!;
    if (s.from !== s.to) return { ...cell, originRow: at };
    const above = last[k]!;
    const text = joinLines([above.text, cell.text]);
    for (const r of rows) for (const c of r) if (c.originRow === above.originRow && c.originCol === above.originCol) c.text = text;
    return { ...above, text };
  });
  const rest = next.rows.slice(1).map((row) =>
    row.map((c, k) => ({ ...c, originRow: c.originRow === 0 ? added[k]!.originRow : c.originRow + at })),
  );
  head.rows = [...rows, added, ...rest];
  head.pageEnd = next.page;
}
