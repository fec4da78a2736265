import { describe, expect, it } from 'vitest';
import { itemBudgetFindings, itemBudgetSentence } from './itemBudgetSentence';
import { docOf, tableFrom } from '../../tests/support/tables';
import { extractNarrative } from '../extract/narrative/index';
import type { DocModel } from '../report/schema';

// Real-shaped (the Putuo justice bureau's 2026 budget, as printed): tables in 元, narrative in 万元.
const item = (n: string, path: string, x: string, a: string, b: string, tail: string) =>
  `${n}、${path}${x}万元。主要用于：……。2025年当年预算执行数为${a}万元，2026年预算安排${b}万元，比2025年预算执行数${tail}。主要原因是：支出增加。`;
const PARAGRAPH = [
  '财政拨款支出主要内容如下：',
  item('1', '公共安全支出（204类）司法（06款）行政运行（01项）', '1672.67', '1690.69', '1672.67', '减少1.07%'),
  item('2', '住房保障支出（221类）住房改革支出（02款）住房公积金（01项）', '208.8', '198.34', '208.8', '增加5.27%'),
  item('3', '社会保障和就业支出（208类）行政事业单位养老支出（05款）其他行政事业单位养老支出（99项）', '0.64', '0.50', '0.64', '增加28%'),
].join('\n');
const expense = () =>
  tableFrom(
    't5',
    'budget.fiscalExpense',
    ['财政拨款支出/合计'],
    ['2040601\t行政运行\t16726725.44', '2210201\t住房公积金\t2087959.00', '2080599\t其他行政事业单位养老支出\t6440.00', '\t合计\t18821124.44'].join('\n'),
    { unit: '元', title: '财政拨款支出预算表' },
  );
const docWith = (text: string): DocModel => docOf('budget', [expense()], { unit: '万元', narrative: extractNarrative(text) });
const fails = (text: string) => itemBudgetSentence.run(docWith(text), {}).filter((f) => f.status === 'fail');

describe('itemBudgetSentence (the Shanghai per-item sentence)', () => {
  it('a correct paragraph: B = X, X = the table row in 元 (208.8万元 = 2,087,959 元 within rounding), C% right — no fail', () => {
    const fs = itemBudgetSentence.run(docWith(PARAGRAPH), {});
    expect(fs.filter((f) => f.status === 'fail')).toEqual([]);
    // Per item: B = X, X vs table, C% — three checks each.
    expect(fs).toHaveLength(9);
    expect(fs.find((f) => /住房公积金/.test(f.message) && /表格/.test(f.message))!.status).toBe('rounding');
  });

  it('B differs from X and from the table (201.50 vs 208.8): B = X fails, B vs table fails, C% fails and says the percentage follows X', () => {
    const fs = fails(PARAGRAPH.replace('2026年预算安排208.8万元', '2026年预算安排201.50万元'));
    expect(fs.map((f) => f.message.slice(0, 40))).toHaveLength(3);
    expect(fs.some((f) => /预算安排 201\.50万元 ≠ 该项金额 208\.8万元/.test(f.message))).toBe(true);
    expect(fs.some((f) => /按该项金额 208\.8万元 计算则相符/.test(f.message))).toBe(true);
    // Against the table in 元 the sum and the difference name their unit: "差 -72,959.00" alone reads as 万元.
    expect(fs.some((f) => /预算安排 201\.50万元 ≠ .* = 2,087,959\.00元（差 -72,959\.00元，四舍五入不能解释）/.test(f.message))).toBe(true);
  });

  it('a percentage copied from the line above (17.66% where the figures give 17.93%) fails', () => {
    const text = PARAGRAPH.replace('1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%', '1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.70%');
    expect(fails(text).map((f) => f.expected)).toEqual(['1.07%']);
  });

  it('增加 where B < A (3,845.49 against 43,269.3) is a direction error; a base of 0 is not checked, and says why', () => {
    const text = PARAGRAPH.replace('1690.69万元', '43269.3万元').replace('比2025年预算执行数减少1.07%', '比2025年预算执行数增加17.62%');
    const fs = fails(text);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toMatch(/称比上年预算执行数“增加17\.62%”，但预算安排 1672\.67万元 < 预算执行数 43269\.3万元/);
    const zero = itemBudgetFindings(docWith(PARAGRAPH.replace('执行数为0.50万元', '执行数为0.00万元').replace('增加28%', '增加100.00%')));
    expect(zero.findings.filter((f) => f.status === 'fail')).toEqual([]);
    expect(zero.skips.map((s) => s.reason)).toContain('上年预算执行数为 0，增减百分比无从计算');
  });

  it('the wrong base year (比2024年 while A is 2025’s) is a warning', () => {
    const fs = fails(PARAGRAPH.replace('比2025年预算执行数减少1.07%', '比2024年预算执行数减少1.07%'));
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
  });

  it('without a table unit nor a document unit, the table is not compared (never 217.83 against 2,178,324.44)', () => {
    const doc = docWith(PARAGRAPH);
    doc.unit = null;
    doc.tables[0]!.unit = null;
    const r = itemBudgetFindings(doc);
    expect(r.findings.filter((f) => f.status === 'fail')).toEqual([]);
    expect(r.skips.some((s) => /单位不明/.test(s.reason))).toBe(true);
  });

  it('the paragraphs are a list of items, not parts of the heading clause before them', () => {
    const n = extractNarrative(`国有资本经营预算拨款支出预算0万元，与2025年预算持平。\n${PARAGRAPH}`);
    expect(n.statements.some((s) => s.components?.length)).toBe(false);
  });
});
