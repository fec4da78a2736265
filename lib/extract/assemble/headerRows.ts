// Which leading rows of a grid are its header, and the column paths they spell.
// Header rows hold text only (or column numbers); the first row with amounts, or one that
// starts with a code, 合计 or a row number, is data.
import type { GridCell } from '../raw';
import { fold, isAmountOrEmpty, isCode, isColumnNumberRow, isTotalLabel, joinWrappedCjk, looksLikeAmount } from './textForms';

const MAX_HEADER_ROWS = 6;

function startsLikeData(cells: string[]): boolean {
  const at = cells.findIndex((c) => c.trim() !== '');
  if (at < 0) return false;
  const f = fold(cells[at]!);
  if (isCode(f) || /^[0-9]{1,3}$/.test(f)) return true;
  // an empty table's placeholder row ("无", "本表无数据") is its only data, never a header
  if (/^(无|无数据|本表无数据|暂无数据)$/.test(f) && cells.filter((c) => c.trim() !== '').length === 1) return true;
  // "合计" opens a data row only at the row's start and followed by numbers or nothing;
  // in a header it stands among other column titles ("合计 | 基本支出 | 项目支出").
  if (isTotalLabel(f) || /^[一二三四五六七八九十]+、/.test(f) || /^[(][一二三四五六七八九十]+[)]/.test(f)) {
    return at < 3 && cells.slice(at + 1).every((c) => c.trim() === '' || isAmountOrEmpty(c) || !isTotalLabel(c) && !/[\u4e00-\u9fff]/.test(c) || /[0-9]/.test(c));
  }
  return false;
}

/** A text-only row (column titles), as opposed to a data row. */
export function isHeaderLikeRow(cells: string[]): boolean {
  if (isColumnNumberRow(cells)) return true;
  const nonEmpty = cells.filter((c) => c.trim() !== '');
  if (nonEmpty.length === 0) return true;
  if (startsLikeData(cells)) return false;
  // counts (24人 aside) and scores are numbers too: a row of them is data
  const amounts = nonEmpty.filter((c) => looksLikeAmount(c) || /^[0-9]{1,3}$/.test(c.trim())).length;
  // A header garbled by extraction can carry a stray number ("71.11"); a data row is mostly numbers.
  return amounts * 4 < nonEmpty.length;
}

/** "项目 | 行次 | 统计数": a header row of label-column titles, possibly below a caption row. */
export function isLabelHeaderRow(cells: string[]): boolean {
  const vals = cells.map(fold).filter((c) => c);
  return vals.length >= 2 && vals[0] === '项目' && vals.slice(1).every((v) => /^(行次|栏次|金额|统计数|决算数|预算数|合计|本年支出|本年收入)$/.test(v));
}

/** Number of header rows at the top of a grid (0 for a continuation without a header). */
export function countHeaderRows(rows: string[][], hints?: (boolean | undefined)[]): number {
  let n = 0;
  // Past the usual depth only rows the source marks as header and that read as one: a header
  // set without rules staggers its titles over more lines than a ruled one has rows.
  while (n < rows.length && (n < MAX_HEADER_ROWS || (hints?.[n] && isHeaderLikeRow(rows[n]!)))) {
    const row = rows[n]!;
    if (!isHeaderLikeRow(row) && !hints?.[n]) break;
    n++;
  }
  // A grid of text only (项目绩效目标, a list) has one header row, not all of them.
  if (n === rows.length && n > 1) {
    const withTotal = rows.findIndex((r) => startsLikeData(r));
    return withTotal > 0 ? withTotal : 1;
  }
  return n;
}

export function headerTextOf(cell: GridCell<unknown> | undefined): string {
  return cell ? joinWrappedCjk(cell.text) : '';
}

/**
 * Column paths from the header rows: each column's distinct texts top to bottom joined with
 * '/'; a text repeated by a span is one element; column-number rows are skipped.
 */
export function flattenHeader(grid: GridCell<unknown>[][], headerRows: number): string[] {
  const width = grid[0]?.length ?? 0;
  const paths: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < headerRows; r++) {
      const row = grid[r]!;
      if (isColumnNumberRow(row.map((x) => x.text))) continue;
      const t = headerTextOf(row[c]);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    paths.push(parts.join('/'));
  }
  return paths;
}
