// How the lines around a table are read: page furniture, a title wrapped anywhere, notes after a footer.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../html/index';
import { isPageFurniture } from './segment';
import { isTableNumber } from './tableContext';

const grid = (rows: string[][]) => `<table border="1">${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const page = (body: string) => `<html><body><h1>示例局2026年部门预算</h1>${body}</body></html>`;
const HEAD = ['科目编码', '科目名称', '合计'];
const tables = (html: string) => extractHtml(page(html), 'x.html').doc.tables;

describe('page furniture', () => {
  it('"第 3 页 / 共 20 页", "共 20 页", "- 3 -", "3/20" are furniture; a sentence is not', () => {
    for (const t of ['第 3 页 / 共 20 页', '第3页，共20页', '共 20 页', '- 3 -', '3/20']) expect(isPageFurniture(t)).toBe(true);
    expect(isPageFurniture('第3页所列项目')).toBe(false);
  });
  it('between a table and its continuation it neither splits the table nor joins the next title', () => {
    const ts = tables(`<p>部门支出总表</p><p>单位：万元</p>${grid([HEAD, ['', '合计', '30.00'], ['201', '一般公共服务支出', '30.00']])}
      <p>第 3 页 / 共 20 页</p>${grid([['20101', '人大事务', '30.00']])}<p>- 4 -</p><p>政府采购预算表</p>${grid([['项目', '合计'], ['合计', '1.00']])}`);
    expect(ts.map((t) => [t.title, t.rows.length])).toEqual([['部门支出总表', 3], ['政府采购预算表', 1]]);
  });
  it('a heading left at a page\'s foot keeps its table on the next page, the page number between them', () => {
    const ts = tables(`<p>部门支出总表</p>${grid([HEAD, ['201', '一般公共服务支出', '30.00']])}<p>政府性基金预算支出表</p><p>单位：万元</p><p>- 3 -</p>${grid([HEAD, ['', '合计', '']])}`);
    expect(ts.map((t) => t.title)).toEqual(['部门支出总表', '政府性基金预算支出表']);
  });
  it('a sentence before the page number is not taken for a heading', () => {
    const ts = tables(`<p>部门支出总表</p>${grid([HEAD, ['201', '一般公共服务支出', '30.00']])}<p>以上为本部门支出情况。</p><p>- 3 -</p>${grid([HEAD, ['202', '外交支出', '1.00']])}`);
    expect(ts.map((t) => t.title)).not.toContain('以上为本部门支出情况。');
  });
  it('a footer between a table and its note does not part them', () => {
    const ts = tables(`<p>一般公共预算支出表</p>${grid([HEAD, ['201', '一般公共服务支出', '30.00']])}<p>第 3 页 / 共 20 页</p><p>注：本表只列示主要支出科目。</p>`);
    expect(ts[0]!.notes).toEqual(['注：本表只列示主要支出科目。']);
  });
});

describe('a title wrapped over two lines', () => {
  it('wherever the break falls, before or after a number line, with a qualifier or the unit after it', () => {
    const cases: [string[], string, string | null][] = [
      [['表5', '2026年一般公', '共预算支出表'], '2026年一般公共预算支出表', '表5'],
      [['2026年部门项目支', '出表（主要项目）'], '2026年部门项目支出表（主要项目）', null],
      [['附表1-2 2026年部门收', '入总表（单位:万元）'], '2026年部门收入总表', '附表1-2'],
      [['附表1-1 2026', '年部门收支总表'], '2026年部门收支总表', '附表1-1'],
    ];
    for (const [lines, title, number] of cases) {
      const t = tables(`${lines.map((l) => `<p>${l}</p>`).join('')}<p>单位：万元</p>${grid([HEAD, ['201', '一般公共服务支出', '30.00']])}`)[0]!;
      expect([t.title, t.number]).toEqual([title, number]);
    }
  });
  it('"附表1-1 2026" is not the number 1-12026', () => {
    expect(isTableNumber('附表1-1 2026')).toBe(false);
    expect(isTableNumber('附表 1-1')).toBe(true);
  });
});
