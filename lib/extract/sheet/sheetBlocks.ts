// One sheet's resolved cells → RawDoc blocks in reading order. A sheet holds one table (the usual
// 公开表 workbook: title, 单位, grid) or several stacked with their titles between (a whole page
// pasted into one sheet). Rows are classed by how many distinct cells carry text: two or more make
// a table row, one makes a line of text (title, 单位：万元, a note, a paragraph), none separates.
// Each run of table rows becomes one grid over the columns that run actually uses.
import type { GridCell, RawBlock, RawText } from '../raw';
import type { SheetCell, SheetMatrix } from './readWorkbook';

/** Where a cell or line is: the sheet and the (merge's top-left) cell, zero-based. */
export interface SheetAnchor {
  sheet: string;
  sheetIndex: number;
  row: number;
  col: number;
}

type RowKind = 'blank' | 'text' | 'table';

const isBlank = (s: string): boolean => s.replace(/[\s\u3000\u00a0]/g, '') === '';

/** Lines that head or close a table even when laid out over several cells ("部门名称：X … 单位：万元"). */
const CONTEXT_LINE = /^\s*(?:(?:金额)?单位[:：]|(?:部门|单位|预算单位|填报单位|编制单位)(?:名称)?[:：]|注[:：]|说明[:：]|(?:预算)?公开\s*\d+\s*表|表\s*[\d一二三四五六七八九十]+\s*$)/;
/** A line that names a table: it never sits inside one. */
const TITLE_LINE = /表\s*(?:[(（][^)）]*[)）])?\s*$/;
/** A total row with every amount blank (a table with no data) still closes its table. */
const TOTAL_LABEL = /^(?:合\s*计|总\s*计|小\s*计)$/;

/** The cells of a row that start there and carry text, left to right. */
function textCells(row: SheetCell[], r: number): { c: number; cell: SheetCell }[] {
  const out: { c: number; cell: SheetCell }[] = [];
  row.forEach((cell, c) => {
    if (cell.originRow === r && cell.originCol === c && !isBlank(cell.text)) out.push({ c, cell });
  });
  return out;
}

/** Distinct cells with text in the row, counting cells merged down from rows above. */
function filledOrigins(row: SheetCell[]): number {
  const seen = new Set<string>();
  for (const cell of row) if (!isBlank(cell.text)) seen.add(`${cell.originRow}:${cell.originCol}`);
  return seen.size;
}

function rowKind(row: SheetCell[], r: number): RowKind {
  const n = filledOrigins(row);
  if (n === 0) return 'blank';
  if (n === 1) return 'text';
  const own = textCells(row, r);
  // Every text cell is heading matter (部门名称 … 单位): a line of text, not a table row.
  if (own.length === n && own.every(({ cell }) => CONTEXT_LINE.test(cell.text))) return 'text';
  return 'table';
}

/** A one-cell row between two table rows is a row of that table (a label with blank amounts, a
 * section line "一、政府采购情况" across the table) unless it names a table, a unit or a note. */
function isRowOfTable(row: SheetCell[], r: number): boolean {
  const cells = textCells(row, r);
  if (cells.length !== 1) return false;
  const { cell } = cells[0]!;
  return !CONTEXT_LINE.test(cell.text) && !TITLE_LINE.test(cell.text.trim());
}

export function sheetBlocks(sheet: SheetMatrix): RawBlock<SheetAnchor>[] {
  const { rows } = sheet;
  const kinds = rows.map((row, r) => rowKind(row, r));
  for (let r = 1; r < rows.length; r++) {
    if (kinds[r] !== 'text' || kinds[r - 1] !== 'table' || !isRowOfTable(rows[r]!, r)) continue;
    if (kinds[r + 1] === 'table' || TOTAL_LABEL.test(textCells(rows[r]!, r)[0]!.cell.text.trim())) kinds[r] = 'table';
  }
  const anchor = (row: number, col: number): SheetAnchor => ({ sheet: sheet.name, sheetIndex: sheet.index, row, col });
  const blocks: RawBlock<SheetAnchor>[] = [];
  for (let r = 0; r < rows.length; ) {
    const kind = kinds[r];
    if (kind === 'blank') {
      r++;
      continue;
    }
    if (kind === 'text') {
      for (const { c, cell } of textCells(rows[r]!, r)) {
        const text: RawText<SheetAnchor> = { type: 'text', text: cell.text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''), page: null, anchor: anchor(r, c) };
        blocks.push(text);
      }
      r++;
      continue;
    }
    let end = r;
    while (end + 1 < rows.length && kinds[end + 1] === 'table') end++;
    blocks.push({ type: 'grid', rows: gridOf(rows, r, end, anchor), page: null });
    r = end + 1;
  }
  return blocks;
}

/** Rows r0..r1 over the columns where some cell of theirs starts with text; merges inside the
 * run stay merges (origin remapped), merges reaching in from above start at r0. */
function gridOf(rows: SheetCell[][], r0: number, r1: number, anchor: (r: number, c: number) => SheetAnchor): GridCell<SheetAnchor>[][] {
  const width = rows[r0]!.length;
  const kept: number[] = [];
  for (let c = 0; c < width; c++) {
    for (let r = r0; r <= r1; r++) {
      const cell = rows[r]![c]!;
      if (cell.originCol === c && (cell.originRow === r || cell.originRow < r0 && r === r0) && !isBlank(cell.text)) {
        kept.push(c);
        break;
      }
    }
  }
  /** New index of the first kept column at or after c. */
  const colIndex = (c: number): number => {
    const i = kept.findIndex((k) => k >= c);
    return i < 0 ? kept.length - 1 : i;
  };
  const grid: GridCell<SheetAnchor>[][] = [];
  for (let r = r0; r <= r1; r++) {
    const out: GridCell<SheetAnchor>[] = [];
    for (const c of kept) {
      const cell = rows[r]![c]!;
      const originRow = cell.originRow >= r0 ? cell.originRow : r0;
      out.push({ text: cell.text, originRow: originRow - r0, originCol: colIndex(cell.originCol), anchor: anchor(originRow, cell.originCol) });
    }
    grid.push(out);
  }
  return grid;
}
