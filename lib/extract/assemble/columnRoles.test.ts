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

describe('sides: one side printed twice under sub-headings glued into a one-row header', () => {
  it('支出功能分类功能科目名称 and 支出支出用途项目名称 are two lists of the expense side, not one continued', () => {
    const page = `<html><body><p>收支预算总表</p><p>单位：万元</p><table>
<tr><th>收入项目名称</th><th>收入金额</th><th>支出功能分类功能科目名称</th><th>支出功能分类金额</th><th>支出支出用途项目名称</th><th>支出支出用途金额</th></tr>
<tr><td>一般公共预算拨款</td><td>100.00</td><td>一般公共服务支出</td><td>100.00</td><td>基本支出</td><td>60.00</td></tr>
<tr><td></td><td></td><td></td><td></td><td>项目支出</td><td>40.00</td></tr>
<tr><td>收入总计</td><td>100.00</td><td>支出总计</td><td>100.00</td><td>支出总计</td><td>100.00</td></tr>
</table></body></html>`;
    const doc = extractHtml(page, 'x').doc;
    expect(doc.tables.map((t) => t.part)).toEqual(['income', 'expense', 'expense2']);
    expect(checkDocument(doc).findings.filter((f) => f.status === 'fail')).toEqual([]);
  });
});
