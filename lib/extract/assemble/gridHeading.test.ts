// Heading lines printed inside the grid ("部门：X | … | 单位：万元" as the first row).
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../html/index';
import { peelHeadingRows } from './gridHeading';
import type { GridCell, RawGrid } from '../raw';

const grid = (rows: string[][]): RawGrid => ({
  type: 'grid',
  page: null,
  rows: rows.map((r, ri) => r.map((text, ci): GridCell => ({ text, originRow: ri, originCol: ci }))),
});

describe('heading rows inside the grid', () => {
  it('a first row of 部门 and 单位 cells is context: peeled, the header starts below it', () => {
    const g = grid([['部门：山东省示例局', '部门：山东省示例局', '单位：万元'], ['科目名称', '合计', '基本支出'], ['合计', '10.00', '10.00']]);
    const { lines, grid: rest } = peelHeadingRows(g);
    expect(lines).toEqual(['部门：山东省示例局', '单位：万元']);
    expect(rest.rows.map((r) => r.map((c) => c.text))).toEqual([['科目名称', '合计', '基本支出'], ['合计', '10.00', '10.00']]);
    expect(rest.rows[0]![0]!.originRow).toBe(0);
  });
  it('a header row is not peeled', () => {
    const g = grid([['项目', '合计', '基本支出'], ['合计', '10.00', '10.00']]);
    expect(peelHeadingRows(g).lines).toEqual([]);
  });
  it('end to end: the unit in the header\'s top-right cell is the table\'s, and 部门 is no column group', () => {
    const html = `<html><body><h1>山东省示例局2026年部门预算</h1><p>附表1-3 2026年部门支出总表</p><table border="1">
      <tr><td colspan="4">部门：山东省示例局</td><td>单位：元</td></tr>
      <tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
      <tr><td>201</td><td>一般公共服务支出</td><td>30.00</td><td>20.00</td><td>10.00</td></tr>
      <tr><td></td><td>合计</td><td>30.00</td><td>20.00</td><td>10.00</td></tr></table></body></html>`;
    const t = extractHtml(html, 'x.html').doc.tables[0]!;
    expect([t.number, t.title, t.unit, t.kind]).toEqual(['附表1-3', '2026年部门支出总表', '元', 'budget.expense']);
    expect(t.columns).toEqual(['合计', '基本支出', '项目支出']);
  });
});
