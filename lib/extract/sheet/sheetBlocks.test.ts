// One sheet, two tables: titles, a 部门名称 … 单位 line, merged header cells, a blank row between,
// a section line inside a table and a data-less total row. Built with SheetJS, read back.
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { RawGrid } from '../raw';
import { extractSheetRaw } from './index';

function workbook(): Uint8Array {
  const ws = utils.aoa_to_sheet([
    ['部门收支总体情况表', null, null],
    ['部门名称：测试局', null, '单位：万元'],
    ['项目', '预算数', null],
    [null, '本年', '上年'],
    ['合计', 30, 28],
    ['一、基本支出', null, null],
    ['工资福利支出', 30, 28],
    [],
    ['政府采购预算表', null, null],
    ['项目', '金额', null],
    ['合计', null, null],
    ['注：本表无数据。', null, null],
  ]);
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }, // title across the table
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } }, // 项目 over two header rows
    { s: { r: 2, c: 1 }, e: { r: 2, c: 2 } }, // 预算数 over 本年 / 上年
  ];
  const book = utils.book_new();
  utils.book_append_sheet(book, ws, '表1');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('sheetBlocks', () => {
  const raw = extractSheetRaw(workbook(), 't.xlsx');
  const shown = raw.blocks.map((b) => (b.type === 'text' ? b.text : `grid ${b.rows.length}×${b.rows[0]!.length}`));

  it('splits the sheet into text lines and one grid per table', () => {
    expect(shown).toEqual(['部门收支总体情况表', '部门名称：测试局', '单位：万元', 'grid 5×3', '政府采购预算表', 'grid 2×2', '注：本表无数据。']);
  });

  it('resolves merged cells like rowspan / colspan: spanned slots repeat their origin', () => {
    const grid = raw.blocks.find((b) => b.type === 'grid') as RawGrid;
    expect(grid.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '预算数', '预算数'],
      ['项目', '本年', '上年'],
      ['合计', '30', '28'],
      ['一、基本支出', '', ''],
      ['工资福利支出', '30', '28'],
    ]);
    expect(grid.rows[1]![0]).toMatchObject({ originRow: 0, originCol: 0 });
    expect(grid.rows[0]![2]).toMatchObject({ originRow: 0, originCol: 1 });
    expect(grid.rows[2]![2]!.anchor).toEqual({ sheet: '表1', sheetIndex: 0, row: 4, col: 2 });
  });
});
