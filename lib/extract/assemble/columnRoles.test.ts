import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../checkDocument';
import { extractHtml } from '../html/index';

// A 收支总表 whose two-level header (收入/项目 | 收入/预算数 | 支出/项目 | 支出/预算数) is printed on one
// row: each side's 项目 column still names that side's rows, so the table still splits in two.
const PAGE = `<html><body><p>部门收支总表</p><p>单位：万元</p><table>
<tr><th>本年收入项目</th><th>本年收入预算数</th><th>支出项目（按支出功能科目分类）</th><th>支出预算数</th></tr>
<tr><td>一、一般公共预算拨款</td><td>100.00</td><td>一、一般公共服务支出</td><td>70.00</td></tr>
<tr><td>（一）上级补助</td><td>0.00</td><td>二、教育支出</td><td>30.00</td></tr>
<tr><td>（二）本级</td><td>100.00</td><td></td><td></td></tr>
<tr><td>收入总计</td><td>100.00</td><td>支出总计</td><td>100.00</td></tr>
</table></body></html>`;

describe('columnRoles: side and 项目 glued in a one-row header', () => {
  it('收入项目 and 支出项目（…） are the two sides\' labels: two parts, no sum across the sides', () => {
    const doc = extractHtml(PAGE, 'x').doc;
    expect(doc.tables.map((t) => t.part)).toEqual(['income', 'expense']);
    expect(doc.tables[1]!.rows[0]!.label).toBe('一、一般公共服务支出');
    const fails = checkDocument(doc).findings.filter((f) => f.status === 'fail');
    expect(fails).toEqual([]);
  });
});
