import { describe, expect, it } from 'vitest';
import { narrativeNames, namedCodes } from './narrativeNames';
import { docOf, tableFrom } from '../../tests/support/tables';
import { extractNarrative } from '../extract/narrative/index';

// The Putuo justice bureau's 2026 budget, as printed: the narrative still uses the class's old name.
const TEXT = [
  '财政拨款支出主要内容如下：',
  '11、医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）114.97万元。主要用于：行政单位医疗保险缴费经费。',
  '12、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元。主要用于：行政事业单位为职工缴纳的住房公积金。',
].join('\n');
const expense = () =>
  tableFrom(
    't5',
    'budget.generalExpense',
    ['一般公共预算支出/合计'],
    ['210\t卫生健康支出\t1149678.00', '21011\t行政事业单位医疗\t1149678.00', '2101101\t行政单位医疗\t1149678.00', '221\t住房保障支出\t4521559.00', '22102\t住房改革支出\t4521559.00', '2210201\t住房公积金\t2087959.00'].join('\n'),
    { unit: '元', title: '一般公共预算支出功能分类预算表' },
  );

describe('narrativeNames', () => {
  it('reads names with their codes along one path', () => {
    expect(namedCodes(TEXT).map((n) => [n.code, n.name])).toEqual([
      ['210', '医疗卫生与计划生育支出'],
      ['21011', '行政事业单位医疗'],
      ['2101101', '行政单位医疗'],
      ['221', '住房保障支出'],
      ['22102', '住房改革支出'],
      ['2210201', '住房公积金'],
    ]);
  });

  it('a class named with the table row’s code but another name: one warning citing both', () => {
    const doc = docOf('budget', [expense()], { narrative: extractNarrative(TEXT) });
    const fs = narrativeNames.run(doc, {});
    expect(fs.map((f) => [f.status, f.severity])).toEqual([['fail', 'warning']]);
    expect(fs[0]!.message).toContain('“医疗卫生与计划生育支出（210类）”');
    expect(fs[0]!.message).toContain('“卫生健康支出”');
    expect(doc.narrative!.text.indexOf(fs[0]!.refs[0]!.text!)).toBeGreaterThan(0);
  });

  it('the same names as the table, or rows whose code is shared by several names (split code columns): nothing', () => {
    const ok = TEXT.replace('医疗卫生与计划生育支出', '卫生健康支出');
    expect(narrativeNames.run(docOf('budget', [expense()], { narrative: extractNarrative(ok) }), {})).toEqual([]);
    const split = expense();
    for (const r of split.rows) r.code = r.code!.slice(0, 3);
    expect(narrativeNames.run(docOf('budget', [split], { narrative: extractNarrative(TEXT) }), {})).toEqual([]);
  });
});
