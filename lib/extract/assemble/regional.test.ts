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

// The national templates as other provinces print them (scripts/fixtures/regionalTemplates.ts).
const failKeys = (r: Report) => fails(r).map((f) => `${f.rule} ${f.message.split('：')[0]}`).sort();

describe('Sichuan 表一…表八: one 科目编码 column, a year-over-year table with codes glued to names', () => {
  const r = check('sichuan-budget-yoy.html');
  it('reads 表一 lines as numbers and every title as its role', () => {
    expect(r.tables.map((t) => `${t.number} ${t.kind}${t.part ? '.' + t.part : ''} ${t.unit}`)).toEqual([
      '表一 budget.overview.income 万元', '表一 budget.overview.expense 万元', '表三 budget.expense 万元', '表五 budget.generalExpense 万元',
      '表六 budget.generalBasic 万元', '表七 budget.threePublic 万元', '表八 budget.govFund 万元',
    ]);
    const yoy = r.tables.find((t) => t.kind === 'budget.generalExpense')!;
    expect(yoy.rows.slice(0, 4).map((x) => [x.code, x.label, x.level])).toEqual([[null, '合计', 'total'], ['201', '一般公共服务支出', 'class'], ['20101', '人大事务', 'section'], ['2010101', '行政运行', 'item']]);
  });
  it('fails only the planted 本年预算数; the 增减% column is never summed', () => {
    expect(failKeys(r)).toEqual(['columnSums 表五 本年预算数']);
    expect(fails(r)[0]!.message).toMatch(/20101 人大事务 920\.00 ≠ .*一般行政管理事务 310\.00/);
    expect(r.findings.some((f) => /增减%/.test(f.message))).toBe(false);
    expect(r.findings.find((f) => f.rule === 'columnSums' && /表五 上年预算数： 合计 1,000\.00/.test(f.message))?.status).toBe('pass');
  });
  it('blank, 0.00, "-" and "—" are all nothing: the overview balances, the 三公 table adds up', () => {
    expect(r.findings.filter((f) => f.rule.startsWith('twoSided') && f.status !== 'pass' && f.status !== 'rounding')).toEqual([]);
    expect(r.findings.find((f) => f.rule === 'rowSums' && /表七/.test(f.message))?.status).toBe('pass');
  });
  it('"支出预算1,080.00万元，其中：基本支出…，占72.22%" is the whole of its shares and parts', () => {
    const said = r.findings.filter((f) => /^narrative\.(share|components)$/.test(f.rule) && /支出预算/.test(f.message));
    expect(said.map((f) => `${f.rule} ${f.status}`)).toEqual(['narrative.components pass', 'narrative.share pass', 'narrative.share pass']);
  });
});

describe('Henan 决算 in 元: 类|款|项 under a three-level header, 人员经费 | 公用经费 sides', () => {
  const r = check('henan-final-yuan.html');
  it('recognises every table, in 元, the 基本支出 table as two parts', () => {
    expect(r.tables.map((t) => `${t.number} ${t.kind}${t.part ? '.' + t.part : ''} ${t.unit}`)).toEqual([
      '附表1 final.overview.income 元', '附表1 final.overview.expense 元', '附表3 final.expense 元',
      '附表5 final.generalBasic.personnel 元', '附表5 final.generalBasic.public 元', '附表6 final.govFund 元', '附表8 final.threePublic 元',
    ]);
    expect(r.tables[2]!.rows.filter((x) => x.code).map((x) => x.code)).toContain('2080506');
  });
  it('fails only the planted 项目支出 (its row sum)', () => {
    expect(failKeys(r)).toEqual(['rowSums 附表3 2080506 机关事业单位职业年金缴费支出 本年支出合计 240,000.00 ≠ 基本支出 240,000.00 + 项目支出 1,000.00 = 241,000.00（差 -1,000.00，四舍五入不能解释）']);
  });
  it('"收、支总计各增加80.00万元，增长8.00%" takes the 决算总计 printed in the sentence before as its base', () => {
    expect(r.findings.filter((f) => f.rule === 'narrative.changePct').map((f) => `${f.status} ${f.message}`)).toEqual([
      expect.stringMatching(/^pass .*80\.00万元 ÷ \(1,080\.00万元 − 80\.00万元\)/),
    ]);
  });
});

describe('Shandong 附表1-N: unit in the title line and in the header cell, spaced codes', () => {
  const r = check('shandong-budget-annex.html');
  it('"附表1-2 2026年…表（单位:万元）" gives number, title and unit; "部门：X | 单位：万元" in the grid is no column group', () => {
    expect(r.tables.map((t) => [t.number, t.title, t.kind, t.unit])).toEqual([
      ['附表1-1', '2026年部门收支总表', 'budget.overview', '万元'], ['附表1-1', '2026年部门收支总表', 'budget.overview', '万元'],
      ['附表1-2', '2026年部门收入总表', 'budget.income', '万元'], ['附表1-3', '2026年部门支出总表', 'budget.expense', '万元'],
      ['附表1-7', '2026年一般公共预算“三公”经费支出表', 'budget.threePublic', '万元'], ['附表1-9', '2026年国有资本经营预算支出表', 'budget.stateCapital', '万元'],
      ['附表1-10', '2026年项目支出表', 'budget.projectExpense', '万元'],
    ]);
    expect(r.tables[3]!.columns).toEqual(['合计', '基本支出', '项目支出']);
    expect(r.tables[2]!.rows.map((x) => x.code)).toEqual([null, '201', '20101', '208', '20805', '210', '21011', '221', '22102']);
  });
  it('the 项目支出表 (合计 over plain project rows) and the 三公 table by rows (合计 over 1. 2. 3.) are checked', () => {
    expect(r.findings.find((f) => f.rule === 'columnSums' && /附表1-10 合计： 合计 300\.00/.test(f.message))?.status).toBe('pass');
    expect(r.findings.filter((f) => f.rule === 'columnSums' && /^附表1-7 /.test(f.message)).map((f) => f.status)).toEqual(['pass', 'pass', 'pass']);
    expect(r.coverage?.notChecked.filter((n) => n.table)).toEqual([]);
  });
  it('fails only the planted 208 合计 (the total and its 款 point at the one cell)', () => {
    const f = fails(r);
    expect(failKeys(r)).toEqual(['columnSums 附表1-2 合计', 'columnSums 附表1-2 合计']);
    expect(f.every((x) => x.refs[x.culprit!]?.value === '86.00')).toBe(true);
  });
});

describe('a document whose listings establish no total (the tricky one)', () => {
  const r = check('guangxi-subset.html');
  it('a selection (（主要项目）, 注：只列示主要支出科目) is not checked down its columns, said so, and nothing fails', () => {
    expect(fails(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'columnSums')).toEqual([]);
    expect(r.coverage?.notChecked.filter((n) => n.table).map((n) => [n.what, /只列示部分/.test(n.reason)])).toEqual([
      ['《2026年部门项目支出表（主要项目）》', true], ['《2026年一般公共预算支出表》', true],
    ]);
  });
});
