// Span resolution on the seeds' real header shapes (Liuzhou 2025 budget, seed 001) and on the
// table-model oddities sites produce.
import { describe, expect, it } from 'vitest';
import type { RawGrid } from '../raw';
import { extractHtmlRaw } from './extractHtmlRaw';
import { parseHtmlNode } from './parseHtmlNode';
import { MAX_COLUMNS } from './tableGrid';

const grids = (html: string): RawGrid<Node>[] =>
  extractHtmlRaw(parseHtmlNode(html), 't').blocks.filter((b): b is RawGrid<Node> => b.type === 'grid');
const texts = (g: RawGrid): string[][] => g.rows.map((r) => r.map((c) => c.text));
const origins = (g: RawGrid): string[][] => g.rows.map((r) => r.map((c) => `${c.originRow},${c.originCol}`));

describe('表2 部门收入总体情况表: two-level header', () => {
  const html = `<table border=1>
<tr><td rowspan=2>部门（单位）代码</td><td rowspan=2>部门（单位）名称</td><td rowspan=2>合计</td>
<td colspan=6>本年收入</td><td colspan=6>上年结转结余</td></tr>
<tr><td>小计</td><td>一般公共预算</td><td>政府性基金预算</td><td>国有资本经营预算</td><td>财政专户管理资金</td><td>单位资金</td>
<td>小计</td><td>一般公共预算</td><td>政府性基金预算</td><td>国有资本经营预算</td><td>财政专户管理资金</td><td>单位资金</td></tr>
<tr><td></td><td></td><td></td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td><td>9</td><td>10</td><td>11</td><td>12</td></tr>
<tr><td>510001</td><td>柳州市工业和信息化局</td><td>28,998.34</td><td>28,998.34</td><td>28,998.34</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td></tr>
</table>`;
  const [g] = grids(html);
  it('has every slot, 4 rows × 15 columns', () => {
    expect(g!.rows.map((r) => r.length)).toEqual([15, 15, 15, 15]);
  });
  it('repeats a spanning parent over its children and points them at the owner', () => {
    expect(texts(g!)[0]!.slice(3, 9)).toEqual(Array(6).fill('本年收入'));
    expect(texts(g!)[0]!.slice(9)).toEqual(Array(6).fill('上年结转结余'));
    expect(origins(g!)[0]!.slice(9)).toEqual(Array(6).fill('0,9'));
  });
  it('carries rowspan cells down into the second header row', () => {
    expect(texts(g!)[1]!.slice(0, 4)).toEqual(['部门（单位）代码', '部门（单位）名称', '合计', '小计']);
    expect(origins(g!)[1]!.slice(0, 4)).toEqual(['0,0', '0,1', '0,2', '1,3']);
    expect(texts(g!)[1]![9]).toBe('小计');
  });
  it('keeps data rows aligned under the resolved header', () => {
    expect(texts(g!)[3]![4]).toBe('28,998.34');
    expect(texts(g!)[2]![14]).toBe('12');
  });
});

describe('表10 政府采购预算表: three-level header', () => {
  const html = `<table border=1><thead>
<tr><th rowspan=3>科目编码</th><th rowspan=3>部门(单位)代码</th><th rowspan=3>部门(单位)名称 (功能分类科目名称)</th><th rowspan=3>项目名称</th>
<th colspan=7>政府采购资金类型</th><th colspan=8>政府采购项目类型</th></tr>
<tr><th rowspan=2>合计</th><th rowspan=2>一般公共 预算</th><th rowspan=2>政府性基 金预算</th><th rowspan=2>国有资本 经营预算</th><th rowspan=2>财政专户 管理资金</th><th rowspan=2>单位 资金</th><th rowspan=2>上年结 转结余</th>
<th rowspan=2>合计</th><th colspan=3>集中采购</th><th colspan=4>分散采购</th></tr>
<tr><th>小计</th><th>货物类</th><th>服务类</th><th>小计</th><th>货物类</th><th>工程类</th><th>服务类</th></tr>
</thead><tbody>
<tr><td></td><td>510</td><td>柳州市工业和信息化局</td><td></td><td>485.37</td><td>485.37</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>36.36</td><td>13.48</td><td>22.88</td><td>449.01</td><td>0.00</td><td>0.00</td><td>449.01</td></tr>
</tbody></table>`;
  const [g] = grids(html);
  it('resolves 19 columns on all four rows', () => {
    expect(g!.rows.map((r) => r.length)).toEqual([19, 19, 19, 19]);
  });
  it('builds each leaf column path from the three levels', () => {
    const path = (c: number): string => [0, 1, 2].map((r) => texts(g!)[r]![c]).join('/');
    expect(path(13)).toBe('政府采购项目类型/集中采购/货物类');
    expect(path(17)).toBe('政府采购项目类型/分散采购/工程类');
    expect(path(11)).toBe('政府采购项目类型/合计/合计');
    expect(path(3)).toBe('项目名称/项目名称/项目名称');
  });
  it('marks <th> cells as header hints, data cells not', () => {
    expect(g!.rows[2]!.every((c) => c.header)).toBe(true);
    expect(g!.rows[3]!.some((c) => c.header)).toBe(false);
    expect(g!.rows[3]![11]!.text).toBe('0.00'); // the real error of seed 001 survives as printed
  });
});

describe('表1 部门收支总体情况表: two-sided', () => {
  const html = `<table border=1>
<tr><td colspan=2><b>收入</b></td><td colspan=2><b>支出</b></td></tr>
<tr><td>项目</td><td>预算数</td><td>项目（按支出功能科目分类）</td><td>预算数</td></tr>
<tr><td>一、一般公共预算拨款</td><td>30,688.06</td><td>一、一般公共服务支出</td><td>0.00</td></tr>
<tr><td></td><td></td><td>二十六、债务发行费用支出</td><td>0.00</td></tr>
<tr><td><b>本年收入合计</b></td><td><b>30,688.06</b></td><td><b>本年支出合计</b></td><td><b>30,688.06</b></td></tr>
</table>`;
  const [g] = grids(html);
  it('keeps both sides in one grid, side by side', () => {
    expect(texts(g!)).toEqual([
      ['收入', '收入', '支出', '支出'],
      ['项目', '预算数', '项目（按支出功能科目分类）', '预算数'],
      ['一、一般公共预算拨款', '30,688.06', '一、一般公共服务支出', '0.00'],
      ['', '', '二十六、债务发行费用支出', '0.00'],
      ['本年收入合计', '30,688.06', '本年支出合计', '30,688.06'],
    ]);
  });
  it('reads bold as a hint on totals only', () => {
    expect(g!.rows[4]!.every((c) => c.bold)).toBe(true);
    expect(g!.rows[2]!.some((c) => c.bold)).toBe(false);
    expect(g!.rows[0]![1]!.bold).toBe(true);
  });
});

describe('table-model oddities', () => {
  it('overlapping spans keep the first owner of a slot', () => {
    const [g] = grids(`<table><tr><td rowspan=2>A</td><td>B</td><td>C</td></tr><tr><td colspan=2>D</td><td>E</td></tr></table>`);
    // Row 1: slot 0 is A's; D takes slots 1–2, E slot 3.
    expect(texts(g!)).toEqual([
      ['A', 'B', 'C', ''],
      ['A', 'D', 'D', 'E'],
    ]);
    const [h] = grids(`<table><tr><td>a</td><td rowspan=2>b</td><td>c</td></tr><tr><td colspan=3>X</td></tr></table>`);
    // X wants slots 0–2 but slot 1 belongs to b: X keeps 0 and 2.
    expect(texts(h!)).toEqual([
      ['a', 'b', 'c'],
      ['X', 'b', 'X'],
    ]);
    expect(origins(h!)[1]).toEqual(['1,0', '0,1', '1,0']);
  });
  it('colspan="0" counts as 1 (as browsers do); rowspan="0" runs to the end of its row group', () => {
    const [g] = grids(`<table><tbody><tr><td colspan=0>a</td><td rowspan=0>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></tbody><tbody><tr><td>e</td><td>f</td></tr></tbody></table>`);
    expect(texts(g!)).toEqual([
      ['a', 'b'],
      ['c', 'b'],
      ['d', 'b'],
      ['e', 'f'],
    ]);
  });
  it('rowspans never run past the end of the table or the row group', () => {
    const [g] = grids(`<table><tr><td rowspan=50>a</td><td>b</td></tr><tr><td>c</td></tr></table>`);
    expect(texts(g!)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });
  it('pads missing cells with empty slots owned by themselves', () => {
    const [g] = grids(`<table><tr><td>合计</td><td>1.00</td><td>2.00</td></tr><tr><td>510</td></tr></table>`);
    expect(texts(g!)[1]).toEqual(['510', '', '']);
    expect(origins(g!)[1]).toEqual(['1,0', '1,1', '1,2']);
  });
  it('garbage spans are 1; huge colspans are clipped to the grid width cap', () => {
    const [g] = grids(`<table><tr><td colspan="x">a</td><td colspan="-3">b</td></tr><tr><td colspan="99999">c</td></tr></table>`);
    expect(g!.rows[0]!.slice(0, 2).map((c) => c.text)).toEqual(['a', 'b']);
    expect(g!.rows[1]!.length).toBe(MAX_COLUMNS);
  });
  it('hostile spans cannot blow the grid up: width capped, cells past the cap dropped', () => {
    const wide = `<tr>${'<td colspan=1000>x</td>'.repeat(50)}</tr>`;
    const [g] = grids(`<table>${wide.repeat(200)}</table>`);
    expect(g!.rows.length).toBe(200);
    expect(g!.rows.every((r) => r.length === MAX_COLUMNS)).toBe(true);
    expect(g!.rows[0]!.every((c) => c.originCol === 0)).toBe(true);
  });
  it('reads thead first and tfoot last whatever their source order', () => {
    const [g] = grids(`<table><tfoot><tr><td>注</td></tr></tfoot><tbody><tr><td>1.00</td></tr></tbody><thead><tr><td>合计</td></tr></thead></table>`);
    expect(texts(g!)).toEqual([['合计'], ['1.00'], ['注']]);
    expect(g!.rows[0]![0]!.header).toBe(true);
  });
  it('anchors every slot at the owning <td>', () => {
    const [g] = grids(`<table><tr><td id=a colspan=2>x</td></tr><tr><td id=b>1</td><td id=c>2</td></tr></table>`);
    expect(g!.rows[0]!.map((c) => (c.anchor as Element).getAttribute('id'))).toEqual(['a', 'a']);
    expect(g!.rows[1]!.map((c) => (c.anchor as Element).getAttribute('id'))).toEqual(['b', 'c']);
  });
});

describe('layout tables', () => {
  it('reads the innermost data table inside layout tables, text around it as blocks', () => {
    const raw = extractHtmlRaw(
      parseHtmlNode(`<table width=100%><tr><td><p align=center>部门支出总体情况表</p>
<table border=1><tr><td>合计</td><td>基本支出</td></tr><tr><td>30,688.06</td><td>3,084.94</td></tr></table>
<p>注：本表无数据。</p></td><td>侧栏</td></tr></table>`),
      't',
    );
    expect(raw.blocks.map((b) => (b.type === 'grid' ? `grid ${b.rows.length}x${b.rows[0]!.length}` : b.text))).toEqual([
      '部门支出总体情况表',
      'grid 2x2',
      '注：本表无数据。',
      '侧栏',
    ]);
  });
  it('treats a one-cell table as a wrapper, not data', () => {
    const raw = extractHtmlRaw(parseHtmlNode(`<table><tr><td><p>第一段</p><p>第二段</p></td></tr></table>`), 't');
    expect(raw.blocks).toMatchObject([{ type: 'text', text: '第一段' }, { type: 'text', text: '第二段' }]);
  });
});
