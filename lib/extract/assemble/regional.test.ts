// Other regions' layouts (tests/fixtures/regional, made by scripts/make-regional.ts): every table
// recognised with its role and unit, split codes joined, continued tables merged, the structure's
// identities checked — the planted misprint of each document fails, nothing else does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { checkDocument } from '../../checkDocument';
import type { Report } from '../../report/schema';
import { extractHtml } from '../html/index';

const check = (name: string): Report => {
  const { doc } = extractHtml(readFileSync(fixturePath('regional', name), 'utf8'), name);
  return checkDocument(doc);
};
const fails = (r: Report) => r.findings.filter((f) => f.status === 'fail' && f.severity === 'error');

describe('Shanghai budget: tables in 元, 类|款|项 columns, narrative in 万元', () => {
  const r = check('shanghai-budget-yuan.html');
  it('recognises every table by its regional title, with its own unit', () => {
    expect(r.tables.map((t) => [t.kind, t.unit, t.recognisedBy])).toEqual([
      ['budget.overview', '元', 'title'], ['budget.overview', '元', 'title'], ['budget.expense', '元', 'title'], ['budget.generalExpense', '元', 'title'],
      ['budget.govFund', '元', 'title'], ['budget.generalBasic', '元', 'title'], ['budget.threePublic', '万元', 'title'],
    ]);
    expect([r.kind, r.department, r.year, r.unit]).toEqual(['budget', '上海市某区示例局', 2026, '元']);
  });
  it('joins the split code columns and restores the hierarchy; the table continued over two pages is one', () => {
    const t = r.tables.find((x) => x.kind === 'budget.expense')!;
    expect(t.rows.map((x) => x.code)).toEqual(['204', '20406', '2040601', '2040604', '2040699', '208', '20805', '2080501', '2080505', '210', '21011', '2101101', '221', '22102', '2210201', null]);
    expect(t.rows.map((x) => x.level)).toEqual(['class', 'section', 'item', 'item', 'item', 'class', 'section', 'item', 'item', 'class', 'section', 'item', 'class', 'section', 'item', 'total']);
    expect(t.columns).toEqual(['支出预算/合计', '支出预算/基本支出', '支出预算/项目支出']);
  });
  it('fails exactly the planted misprint (one cell, its row and its 款), and compares 217.83万元 with 2,178,324.44 元', () => {
    const f = fails(r);
    expect(f.map((x) => x.rule).sort()).toEqual(['columnSums', 'rowSums']);
    expect(new Set(f.map((x) => x.group)).size).toBe(1);
    expect(f.every((x) => x.refs.some((ref) => ref.value === '38455000.00'))).toBe(true);
    const operating = r.findings.find((x) => x.rule === 'narrative.table' && /机关运行经费/.test(x.message));
    expect(operating?.status).toMatch(/pass|rounding/);
  });
  it('the empty table with its 注 is one table, not a warning', () => {
    const t = r.tables.find((x) => x.kind === 'budget.govFund')!;
    expect(t.notes?.[0]).toMatch(/本表为空表/);
    expect(r.findings.filter((x) => x.rule === 'completeness.emptyWithoutNote')).toEqual([]);
  });
});

describe('Jiangsu 12-table set', () => {
  const r = check('jiangsu-budget-12.html');
  it('reads 公开NN表 numbers and titles; the overview\'s 支出 printed twice is two parts', () => {
    expect(r.tables.map((t) => `${t.number} ${t.kind}${t.part ? '.' + t.part : ''}`)).toEqual([
      '公开01表 budget.overview.income', '公开01表 budget.overview.expense', '公开01表 budget.overview.expense2',
      '公开05表 budget.fiscalExpense', '公开09表 budget.threePublic', '公开10表 budget.govFund',
    ]);
  });
  it('a table continued without its header is merged (公开05: 合计 = Σ 类 over both pages)', () => {
    const t = r.tables.find((x) => x.kind === 'budget.fiscalExpense')!;
    expect(t.rows).toHaveLength(11);
    const total = r.findings.find((x) => x.rule === 'columnSums' && /合计 2,000\.00/.test(x.message));
    expect(total?.status).toBe('pass');
  });
  it('三公/会议费/培训费: 合计 includes 会议费 and 培训费, so the planted 会议费 fails and nothing else', () => {
    expect(fails(r).map((x) => x.message)).toEqual([expect.stringMatching(/合计 98\.00 ≠ “三公”经费\/小计 50\.00 \+ 会议费 18\.00 \+ 培训费 20\.00/)]);
  });
});

describe('numbered titles, page numbers between pages, an unrecognised table', () => {
  const r = check('numbered-titles.html');
  it('"表5：title" is number and title; the title printed again over the continuation merges it', () => {
    expect(r.tables.map((t) => [t.number, t.kind, t.rows.length])).toEqual([[null, 'other', 2], ['表5', 'budget.generalExpense', 5]]);
    const t = r.tables[1]!;
    expect(t.rows.map((x) => x.code)).toEqual([null, '204', '20406', '2040601', '2040604']);
  });
  it('an unrecognised table is said to be so, and its own header still establishes 合计 = 甲 + 乙', () => {
    expect(r.coverage?.recognised).toBe(1);
    expect(r.coverage?.tables).toBe(2);
    expect(r.coverage?.notChecked.some((n) => /未识别/.test(n.reason))).toBe(true);
    expect(fails(r).map((x) => x.message)).toEqual([expect.stringMatching(/二 合计 45\.00 ≠ 甲类资金 15\.00 \+ 乙类资金 20\.00/)]);
  });
  it('the 目录 line of a table the document does not print is a warning that cites it', () => {
    const missing = r.findings.filter((x) => x.rule === 'completeness.missing');
    expect(missing.map((x) => [x.status, x.severity])).toEqual([['fail', 'warning']]);
    expect(missing[0]!.message).toMatch(/目录第 2 项列出《表7：2026年市级部门一般公共预算“三公”经费预算表》/);
  });
});
