import { describe, expect, it } from 'vitest';
import type { GridCell, RawGrid } from '../raw';
import { mergeRowFragments } from './rowFragments';

// Grids as extractPdfRaw emits them for a table continued over two pages.
const grid = (page: number, rows: string[][]): RawGrid => ({
  type: 'grid',
  page,
  rows: rows.map((r, ri) => r.map((text, ci) => ({ text, originRow: ri, originCol: ci }))),
});
const HEADER = ['科目编码', '部门（单位）代码', '部门名称(单位)(功能分类科目名称)', '合计', '基本支出', '项目支出', '结转下年支出'];
const text = (g: RawGrid): string[][] => g.rows.map((r) => r.map((c) => c.text));

describe('mergeRowFragments', () => {
  it('glues the tail of a number and a code cut by the page break (LibreOffice rows may break)', () => {
    const a = grid(21, [HEADER, ['', '510001', '柳州市工业和信息化局', '28,998.3', '1,596.00', '27,402.33', '0.00'], ['208050', '', '机关事业单位基本养老保险缴费支出', '114.07', '114.07', '0.00', '0.00']]);
    const b = grid(22, [HEADER, ['5', '', '', '', '', '', ''], ['2080506', '', '机关事业单位职业年金缴费支出', '57.04', '57.04', '0.00', '0.00']]);
    mergeRowFragments([a, { type: 'text', text: '- 21 -', page: 21 }, b], () => false);
    expect(text(a).at(-1)![0]).toBe('2080505');
    expect(text(b)).toEqual([HEADER, ['2080506', '', '机关事业单位职业年金缴费支出', '57.04', '57.04', '0.00', '0.00']]);
  });

  it('keeps two line numbers as two rows (59 | 60) and a complete row as a row', () => {
    const a = grid(5, [['项目', '行次', '合计'], ['本年支出合计', '59', '512.98']]);
    const b = grid(6, [['项目', '行次', '合计'], ['年末财政拨款结转和结余', '60', '']]);
    mergeRowFragments([a, b], () => true);
    expect(text(a).at(-1)).toEqual(['本年支出合计', '59', '512.98']);
    expect(text(b)).toHaveLength(2);
  });

  it('moves wrapped text only when the cell above visibly wrapped', () => {
    const make = (): [RawGrid, RawGrid] => [
      grid(6, [['收入', '决算数', '支出', '决算数'], ['本年收入合计', '2,946.25', '本年支出合计', '2,940.05']]),
      grid(7, [['使用非财政拨款结余（含专用结余）', '', '结余分配', '']]),
    ];
    const [a, b] = make();
    mergeRowFragments([a, b], () => false);
    expect(text(b)).toHaveLength(1); // a short label followed by the next row: two rows
    const [c, d] = make();
    const wrappedCell = c.rows[1]![0]!;
    mergeRowFragments([c, d], (cell: GridCell) => cell === wrappedCell);
    expect(text(c).at(-1)![0]).toBe('本年收入合计使用非财政拨款结余（含专用结余）');
    expect(text(d)).toHaveLength(0);
  });

  it('does not take a header repeated from the first page, nor a row with merged cells', () => {
    const top = [['部门预算支出经济分类科目', '部门预算支出经济分类科目', '本年一般公共预算基本支出'], ['科目编码', '科目名称', '合计']];
    const a = grid(25, [...top, ['301', '工资福利支出', '801.30']]);
    const b = grid(26, [['30205', '水费', '1.15']]);
    const c = grid(27, [...top, ['30206', '电费', '5.06']]);
    // The repeated header has merged cells (origin of slot 1 is slot 0).
    for (const g of [a, c]) g.rows[0]![1] = { ...g.rows[0]![1]!, originCol: 0 };
    mergeRowFragments([a, b, c], () => true);
    expect(text(b)).toEqual([['30205', '水费', '1.15']]);
    expect(text(c)).toHaveLength(3);
  });
});
