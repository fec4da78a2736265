import { describe, expect, it } from 'vitest';
import { extractHtml } from '../html/index';

const page = (head: string) => `<html><body><p>一般公共预算支出表</p><p>单位：万元</p><table>
<tr>${head}<th>科目名称</th><th>合计</th></tr>
<tr><td>201</td><td></td><td></td><td>一般公共服务支出</td><td>30.00</td></tr>
<tr><td>201</td><td>01</td><td></td><td>人大事务</td><td>30.00</td></tr>
<tr><td>201</td><td>01</td><td>01</td><td>行政运行</td><td>30.00</td></tr>
</table></body></html>`;

describe('joinSplitCodes: 类|款|项 columns', () => {
  it('a one-row header gluing the heading to the part (功能分类科目编码类 | …款 | …项) joins the codes as 类|款|项 does', () => {
    const codes = (html: string) => extractHtml(html, 'x').doc.tables[0]!.rows.map((r) => r.code);
    const glued = codes(page('<th>功能分类科目编码类</th><th>功能分类科目编码款</th><th>功能分类科目编码项</th>'));
    expect(glued).toEqual(['201', '20101', '2010101']);
  });
  it('columns ending in 类, 款, 项 under different headings are not one code', () => {
    const t = extractHtml(page('<th>编码类</th><th>分类款</th><th>名目项</th>'), 'x').doc.tables[0]!;
    expect(t.rows.map((r) => r.code)).not.toContain('2010101');
  });
  it('a 合计 row set in the 类 column with 款 and 项 blank (no merged cell: a table printed without rules) still lets the codes join', () => {
    const html = page('<th>类</th><th>款</th><th>项</th>').replace('<tr><td>201</td><td></td><td></td>', '<tr><td>合计</td><td></td><td></td><td></td><td>30.00</td></tr>\n<tr><td>201</td><td></td><td></td>');
    const t = extractHtml(html, 'x').doc.tables[0]!;
    expect(t.rows.map((r) => r.code)).toEqual([null, '201', '20101', '2010101']);
  });
  it('text in the 类 column with digits beside it is not a label row: the columns are not joined', () => {
    const html = page('<th>类</th><th>款</th><th>项</th>').replace('<tr><td>201</td><td></td><td></td>', '<tr><td>合计</td><td>01</td><td></td><td></td><td>30.00</td></tr>\n<tr><td>201</td><td></td><td></td>');
    const t = extractHtml(html, 'x').doc.tables[0]!;
    expect(t.rows.map((r) => r.code)).not.toContain('2010101');
  });
});
