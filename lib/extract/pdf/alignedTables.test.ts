// Tables without vertical rules (三线表, no rules at all), as Chromium prints a two-sided
// 部门收支总表: each side's amount right-aligned, the next side's label set left, only the cells'
// padding between them — and the expense side longer than the income side.
import { describe, expect, it } from 'vitest';
import { alignedTables } from './alignedTables';
import { groupLines } from './lines';
import type { Segment } from './rulings';
import type { PlacedItem } from './types';

let order = 0;
const SIZE = 9;
const item = (text: string, x0: number, top: number): PlacedItem => ({ text, x0, x1: x0 + SIZE * [...text].length * (/^[\d,.]+$/.test(text) ? 0.5 : 1), top, bottom: top + SIZE, size: SIZE, order: order++ });
/** A right-aligned amount ending at x1. */
const amount = (text: string, x1: number, top: number): PlacedItem => item(text, x1 - SIZE * 0.5 * text.length, top);

/** Rows of [income label, income amount, expense label, expense amount]; `gap` is the padding
 * between the income amount's end and the expense label's start, in points. */
function twoSided(rows: [string, string, string, string][], gap: number): PlacedItem[] {
  const items: PlacedItem[] = [item('项目', 100, 100), item('预算数', 250, 100), item('项目', 310, 100), item('预算数', 500, 100)];
  rows.forEach(([a, b, c, d], r) => {
    const top = 115 + 14 * r;
    if (a) items.push(item(a, 52, top));
    if (b) items.push(amount(b, 296, top));
    items.push(item(c, 296 + gap, top), amount(d, 544, top));
  });
  return items;
}

const ROWS: [string, string, string, string][] = [
  ['一、一般公共预算拨款', '30,688.06', '一、一般公共服务支出', '0.00'],
  ['二、政府性基金预算拨款', '0.00', '二、外交支出', '30,688.06'],
  ['收入总计', '30,688.06', '三、国防支出', '0.00'],
  ['', '', '本年支出合计', '30,688.06'],
  ['', '', '支出总计', '30,688.06'],
];
const texts = (items: PlacedItem[]) => alignedTables(groupLines(items)).map((t) => t.rows.map((r) => r.map((c) => c.text)));

describe('alignedTables: tables without vertical rules', () => {
  it('parts an amount from the next cell\'s label when only the cell padding (0.44 em) lies between', () => {
    const [table, ...rest] = texts(twoSided(ROWS, 4));
    expect(rest).toEqual([]);
    expect(table![1]).toEqual(['一、一般公共预算拨款', '30,688.06', '一、一般公共服务支出', '0.00']);
    // the longer side's rows, one amount each, stay rows of the table
    expect(table!.slice(-2)).toEqual([
      ['', '', '本年支出合计', '30,688.06'],
      ['', '', '支出总计', '30,688.06'],
    ]);
  });
  it('keeps an office auto-space (¼ em) inside one cell: 10,312.28万元 is one text', () => {
    const items = [item('合计', 52, 100), item('10,312.28', 150, 100), item('万元', 150 + 4.5 * 9 + 2.2, 100), item('1.00', 400, 100), item('2.00', 480, 100),
      item('其他', 52, 114), item('5.00', 150, 114), item('1.00', 400, 114), item('2.00', 480, 114)];
    const [table] = texts(items);
    expect(table![0]).toContain('10,312.28万元');
  });
  it('marks every cell as placed by alignment (its table\'s header groups are inferred, lib/checks/headerTree.ts)', () => {
    const [table] = alignedTables(groupLines(twoSided(ROWS, 4)));
    expect(table!.rows.flat().every((c) => c.aligned === true)).toBe(true);
  });
  it('starts no table on a label and one amount alone (a sentence line, a page\'s last row)', () => {
    expect(texts([item('收入总计', 52, 100), amount('30,688.06', 296, 100), item('说明', 52, 114), amount('1.00', 296, 114)])).toEqual([]);
  });
});

// A 三线表 支出决算表: a rule above the header, one under it, amounts set left; the last column
// holds dashes only (narrower than its header), and the first row's name wraps over two lines
// (the second line level with the amounts, the first above them, below the header's rule).
describe('alignedTables: a 三线表\'s rules bound its header', () => {
  const head = [item('科目名称', 60, 100), item('本年支出合计', 200, 100), item('基本支出', 300, 100), item('上缴上级支出', 380, 100)];
  const body = [item('定额商品和服务', 60, 118), item('支出', 60, 130), item('1.55', 200, 130), item('1.55', 300, 130), item('-', 380, 130),
    item('办公费', 60, 145), item('2.00', 200, 145), item('2.00', 300, 145), item('-', 380, 145)];
  const rule = (pos: number): Segment => ({ pos, from: 50, to: 460 });

  it('takes every line between the two rules as header, and a line below the header rule as the first row\'s', () => {
    const [table] = alignedTables(groupLines([...head, ...body]), [rule(96), rule(112), rule(156)]).map((t) => t.rows.map((r) => r.map((c) => c.text)));
    expect(table).toEqual([
      ['科目名称', '本年支出合计', '基本支出', '上缴上级支出'],
      ['定额商品和服务支出', '1.55', '1.55', '-'],
      ['办公费', '2.00', '2.00', '-'],
    ]);
  });
  it('without the rules the dash column\'s wider title is still the header\'s, but a name wrapped above figures level with its last line is taken for a header line (a known limit)', () => {
    const [table] = alignedTables(groupLines([...head, ...body])).map((t) => t.rows.map((r) => r.map((c) => c.text)));
    expect(table!.slice(0, 3)).toEqual([['科目名称', '本年支出合计', '基本支出', '上缴上级支出'], ['定额商品和服务', '', '', ''], ['支出', '1.55', '1.55', '-']]);
  });
});


// Henan's 支出决算表 printed without any rule (tests/fixtures/pdf-variants/henan-final-yuan.noRules.pdf):
// figures and titles set from the cell's start, the last column holding dashes only, so its title
// 上缴上级支出 runs far past them; the header staggered over lines (cells centred vertically).
describe('alignedTables: a rule-less header wider than its columns\' figures', () => {
  const rows = (top: number) => [
    item('合计', 37, top), item('10,800,000.00', 312, top), item('7,800,000.00', 383, top), item('3,000,000.00', 449, top), item('-', 514, top),
    item('201', 37, top + 14), item('01', 79, top + 14), item('01', 112, top + 14), item('行政运行', 144, top + 14), item('9,200,000.00', 312, top + 14), item('6,200,000.00', 383, top + 14), item('3,000,000.00', 449, top + 14), item('-', 514, top + 14),
  ];
  const header = [item('项目', 162, 643), item('支出功能分类科目编码', 42, 657), item('本年支出合计', 318, 657), item('基本支出', 395, 657), item('项目支出', 460, 657), item('上缴上级支出', 518, 657),
    item('科目名称', 207, 665), item('类', 51, 672), item('款', 88, 672), item('项', 120, 672)];
  it('takes the last column\'s title, starting in that column, as a header line', () => {
    const [table] = alignedTables(groupLines([...header, ...rows(687)]));
    expect(table!.rows.map((r) => r.map((c) => c.text)).slice(0, 4)).toEqual([
      ['', '', '', '项目', '', '', '', ''],
      ['支出功能分类科目编码', '支出功能分类科目编码', '支出功能分类科目编码', '', '本年支出合计', '基本支出', '项目支出', '上缴上级支出'],
      ['', '', '', '科目名称', '', '', '', ''],
      ['类', '款', '项', '', '', '', '', ''],
    ]);
    expect(table!.rows[4]![0]!.text).toBe('合计');
  });
  it('stops at a line running past the table that starts in no outer column (a paragraph)', () => {
    const para = [item('注：本表反映部门本年度各项支出情况，按支出功能分类科目列示，金额单位为元，数据来源于部门决算报表，经审核后公开。', 42, 672)];
    const [table] = alignedTables(groupLines([...para, ...rows(687)]));
    expect(table!.rows[0]![0]!.text).toBe('合计');
  });
});

// 001-sample's 政府采购预算表 without rules, its second page: cells centred vertically, so the first
// row's wrapped name sits one line above and one below its figures.
describe('alignedTables: a name wrapped around the first row\'s figures', () => {
  const head = [item('项目名称', 185, 89), item('合计', 256, 89), item('小计', 330, 89)];
  const figures = (top: number, name?: string) => [item('2150201', 38, top), ...(name ? [item(name, 185, top)] : []), amount('1.55', 281, top), amount('1.55', 350, top)];
  it('joins the line above to the row when its twin line is as far below, in the same column', () => {
    const [table] = alignedTables(groupLines([...head, item('定额商品和服务支', 185, 108.4), ...figures(114.4), item('出', 185, 121.2), ...figures(133.9, '办公设备采购经费')]));
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['', '项目名称', '合计', '小计'],
      ['2150201', '定额商品和服务支出', '1.55', '1.55'],
      ['2150201', '办公设备采购经费', '1.55', '1.55'],
    ]);
  });
  it('keeps a staggered header\'s last line (nothing below the figures mirrors it) in the header', () => {
    const [table] = alignedTables(groupLines([...head, item('科目名称', 185, 108.4), ...figures(114.4, '行政运行'), ...figures(127.9, '办公设备采购经费')]));
    expect(table!.rows.map((r) => r[1]!.text)).toEqual(['项目名称', '科目名称', '行政运行', '办公设备采购经费']);
  });
});

describe('alignedTables: column numbers (栏次) are a header line', () => {
  const cols = [300, 380, 460];
  const numbers = (top: number) => cols.map((x, i) => item(String(i + 1), x - 20, top));
  const figures = (top: number) => cols.map((x) => amount('320,000.00', x, top));
  const head = [item('合计', 260, 100), item('因公出国（境）费', 330, 100), item('公务接待费', 420, 100)];
  it('a row of figures under column numbers is a table of one row; the numbers make no columns', () => {
    const [table, ...rest] = alignedTables(groupLines([...head, ...numbers(114), ...figures(128)]));
    expect(rest).toEqual([]);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([['合计', '因公出国（境）费', '公务接待费'], ['1', '2', '3'], ['320,000.00', '320,000.00', '320,000.00']]);
    expect(table!.rows.slice(0, 2).every((r) => r.every((c) => c.header))).toBe(true);
  });
  it('one row of figures alone is not a table', () => {
    expect(alignedTables(groupLines([...head, ...figures(128)]))).toEqual([]);
  });
});

// 001-sample's 政府采购预算表 without vertical rules, its second page: no row there has a 部门（单位）
// 代码, so that column shows only as a wide gap between the 科目编码 and the names — with its title,
// wrapped over three lines, standing in it.
describe('alignedTables: a column empty on every row of the page keeps its place by its title', () => {
  const head = [item('科目编', 38, 72), item('码', 38, 84), item('合计', 256, 84), item('小计', 330, 84)];
  const figures = (top: number) => [item('2150201', 38, top), item('行政运行', 130, top), amount('1.55', 281, top), amount('1.55', 350, top)];
  const texts = (items: PlacedItem[]) => alignedTables(groupLines(items))[0]!.rows.map((r) => r.map((c) => c.text));
  it('a title standing alone in the gap, not centred over either neighbour, is a column of its own', () => {
    const rows = texts([...head, item('部门', 90, 60), item('（单位）', 81, 72), item('代码', 90, 84), ...figures(100), ...figures(114)]);
    expect(rows).toEqual([
      ['', '部门', '', '', ''],
      ['科目编', '（单位）', '', '', ''],
      ['码', '代码', '', '合计', '小计'],
      ['2150201', '', '行政运行', '1.55', '1.55'],
      ['2150201', '', '行政运行', '1.55', '1.55'],
    ]);
  });
  it('a title in the gap but centred over the names (short names in a wide cell) stays theirs', () => {
    const rows = texts([...head, item('名称', 180, 84), ...figures(100), ...figures(114)]);
    expect(rows).toEqual([
      ['科目编', '', '', ''],
      ['码', '名称', '合计', '小计'],
      ['2150201', '行政运行', '1.55', '1.55'],
      ['2150201', '行政运行', '1.55', '1.55'],
    ]);
  });
});

// Henan's empty 政府性基金 table without rules: titles, 合计 alone, and the note that it is empty.
describe('alignedTables: a table with no figure at all', () => {
  const head = [item('项目', 51, 635), item('年初结转和结余', 132, 635), item('本年收入', 268, 635), item('本年支出', 361, 635), item('年末结转和结余', 470, 635)];
  const total = item('合计', 37, 650);
  it('titles, 合计 alone and a note saying there is no data: a table of its titles\' columns', () => {
    const tables = alignedTables(groupLines([...head, total, item('注：本单位2025年度没有政府性基金预算财政拨款收入、支出和结转结余，故本表无数据。', 34, 676)]));
    expect(tables.map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual([[['项目', '年初结转和结余', '本年收入', '本年支出', '年末结转和结余'], ['合计', '', '', '', '']]]);
  });
  it('without the note (or with a figure) it is left as text', () => {
    expect(alignedTables(groupLines([...head, total, item('注：本表反映部门本年度政府性基金收支情况。', 34, 676)]))).toEqual([]);
    expect(alignedTables(groupLines([...head, total]))).toEqual([]);
  });
});
