import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../checkDocument';
import { extractHtml } from '../html/index';
import { headerUnit } from './headerUnit';

describe('headerUnit: a money unit written into the column headers', () => {
  it('is taken off the names and becomes the unit when every header agrees', () => {
    expect(headerUnit(['项目', '合计（万元）', '基本支出/人员经费(万元)', '占比(%)'])).toEqual({
      paths: ['项目', '合计', '基本支出/人员经费', '占比(%)'],
      unit: '万元',
    });
    expect(headerUnit(['项目', '预算数（单位：元）']).unit).toBe('元');
  });
  it('headers naming different units keep their names and give no unit', () => {
    const paths = ['项目', '本年数（万元）', '上年数（元）'];
    expect(headerUnit(paths)).toEqual({ paths, unit: null });
  });
  it('a header that is only a unit, or has none, is left alone', () => {
    expect(headerUnit(['（万元）', '合计'])).toEqual({ paths: ['（万元）', '合计'], unit: null });
  });
  it('in a page without a unit line, the table reads 合计 and 万元, and its sum is checked', () => {
    const html = `<p>部门支出总表</p><table>
      <tr><th>科目编码</th><th>科目名称</th><th>合计（万元）</th><th>基本支出（万元）</th><th>项目支出（万元）</th></tr>
      <tr><td></td><td>合计</td><td>100.00</td><td>60.00</td><td>40.00</td></tr>
      <tr><td>2010101</td><td>行政运行</td><td>100.00</td><td>60.00</td><td>41.00</td></tr></table>`;
    const doc = extractHtml(`<html><body>${html}</body></html>`, "x").doc;
    const t = doc.tables[0]!;
    expect(t.unit).toBe('万元');
    expect(t.columns).toEqual(['合计', '基本支出', '项目支出']);
    const fails = checkDocument(doc).findings.filter((f) => f.status === 'fail');
    expect(fails.map((f) => f.rule)).toContain('rowSums');
  });
});
