// One <table> element → a fully resolved RawGrid: the HTML table model's slot assignment
// (rowspan/colspan), every slot present, spanned slots repeating their owner's text.
import type { GridCell, RawGrid } from '../raw';
import { displayedText } from './displayedText';
import { tagOf } from './elementKinds';

/** The spec's limits (HTML §4.9.11): larger values are clamped, garbage means 1. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
/** Grid width cap: disclosure tables have a few dozen columns; without a cap, a few kilobytes of
 * hostile colspans would make every row of a long table pad out to millions of slots. */
export const MAX_COLUMNS = 256;

function spanOf(el: Element, name: 'colspan' | 'rowspan'): number {
  const raw = el.getAttribute(name);
  if (raw === null) return 1;
  const m = /^\s*(\d+)/.exec(raw);
  if (!m) return 1;
  const n = Number(m[1]);
  if (name === 'colspan') return n < 1 ? 1 : Math.min(n, MAX_COLSPAN); // colspan="0" → 1, as browsers do
  return Math.min(n, MAX_ROWSPAN); // rowspan="0" → to the end of the row group (0 here, resolved below)
}

interface RowGroup {
  rows: Element[];
  header: boolean;
}

/** Row groups in display order: thead first, tfoot last, bare <tr> and <tbody> in source order. */
export function rowGroups(table: Element): RowGroup[] {
  const head: RowGroup[] = [];
  const body: RowGroup[] = [];
  const foot: RowGroup[] = [];
  let loose: RowGroup | null = null;
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (tag === 'tr') {
      if (!loose) body.push((loose = { rows: [], header: false }));
      loose.rows.push(c);
      continue;
    }
    loose = null;
    if (tag !== 'thead' && tag !== 'tbody' && tag !== 'tfoot') continue;
    const g: RowGroup = { rows: [], header: tag === 'thead' };
    for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (tagOf(r) === 'tr') g.rows.push(r);
    (tag === 'thead' ? head : tag === 'tfoot' ? foot : body).push(g);
  }
  return [...head, ...body, ...foot];
}

/** Cells (<td>/<th>) of a row, in source order. */
function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    const t = tagOf(c);
    if (t === 'td' || t === 'th') out.push(c);
  }
  return out;
}

/**
 * Resolve the grid. Linear in the number of slots: each row keeps its own slot array, and a
 * rowspan writes its slots into the rows below when it is placed. Overlapping spans (a colspan
 * running into a rowspan from above — a table-model error sites do produce) keep the first owner
 * of each slot; the later cell takes the free slots only.
 */
export function tableGrid(table: Element): RawGrid<Node> {
  const groups = rowGroups(table);
  const slots: (GridCell<Node> | undefined)[][] = [];
  let rowIndex = 0;
  for (const group of groups) {
    const groupEnd = rowIndex + group.rows.length; // rowspans never cross a row group
    for (const tr of group.rows) {
      const r = rowIndex++;
      const row = (slots[r] ??= []);
      let col = 0;
      for (const td of cellsOf(tr)) {
        while (row[col]) col++;
        if (col >= MAX_COLUMNS) break;
        const colspan = Math.min(spanOf(td, 'colspan'), MAX_COLUMNS - col);
        const rs = spanOf(td, 'rowspan');
        const lastRow = rs === 0 ? groupEnd - 1 : Math.min(r + rs, groupEnd) - 1;
        const { text, bold } = displayedText(td);
        const header = tagOf(td) === 'th' || group.header;
        const cell: GridCell<Node> = { text, originRow: r, originCol: col, anchor: td };
        if (header) cell.header = true;
        if (bold) cell.bold = true;
        for (let rr = r; rr <= lastRow; rr++) {
          const target = (slots[rr] ??= []);
          for (let cc = col; cc < col + colspan; cc++) if (!target[cc]) target[cc] = rr === r && cc === col ? cell : { ...cell };
        }
        col += colspan;
      }
    }
  }
  let width = 0;
  for (const row of slots) if (row && row.length > width) width = row.length;
  const rows: GridCell<Node>[][] = [];
  for (let r = 0; r < slots.length; r++) {
    const row = slots[r] ?? [];
    const full: GridCell<Node>[] = new Array(width);
    for (let c = 0; c < width; c++) full[c] = row[c] ?? { text: '', originRow: r, originCol: c }; // missing cell
    rows.push(full);
  }
  return { type: 'grid', rows, page: null };
}

/** Whether the table holds another table (then it is page layout, not data). */
export function hasNestedTable(table: Element): boolean {
  return table.getElementsByTagName('table').length > 0;
}
