// The scope of a figure statement as other regions write it (issue 10): each case a real-shaped
// sentence that was misread before, and what the reader must make of it.
import { describe, expect, it } from 'vitest';
import { extractNarrative } from './index';
import { narrativeSelfFindings } from '../../checks/narrativeSelf';
import { runChecks } from '../../checks/registry';
import { docOf } from '../../../tests/support/tables';

const fails = (text: string) => narrativeSelfFindings(docOf('budget', [], { narrative: extractNarrative(text) })).filter((f) => f.status === 'fail');

describe('statement scope', () => {
  it('a running page number between two lines of a sentence leaves the text (Hangzhou: "增加\\n3\\n7,331.92万元")', () => {
    const n = extractNarrative('2026年一般公共预算当年拨款91,842.80万元，比上年执行数增加\n3\n6,600.98万元，增长7.7%，主要原因是项目预算增加。');
    const figs = n.statements.flatMap((s) => s.figures);
    expect(figs.find((f) => f.role === 'delta')!.value).toBe('6600.98');
    expect(fails(n.text)).toEqual([]);
    expect(n.statements.every((s) => !/3$/.test(s.subject))).toBe(true);
  });

  it('a running header printed on every page leaves the text; the same line printed once stays', () => {
    const header = '杭州市司法局2026年部门预算';
    const text = `${header}\n一般公共预算拨款收入91,495.48万元，比上年执行数增加\n${header}\n6,600.98万元。\n${header}\n其他收入7,387.66万元。`;
    const n = extractNarrative(text);
    expect(n.statements.flatMap((s) => s.figures).map((f) => f.value)).toEqual(['91495.48', '6600.98', '7387.66']);
  });

  it('a parallel list of items each with its own amount is not a sum of the last (Jiangsu 三公, six documents)', () => {
    const text =
      '2017年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出180万元，占“三公”经费的26.86%；公务用车购置及运行费支出304.4万元，占“三公”经费的45.43%；公务接待费支出185.72万元，占“三公”经费的27.71%。具体情况如下：\n1．因公出国（境）费预算支出180万元，本年数与上年数持平，零增长。\n2．公务用车购置及运行费预算支出304.4万元。\n3．公务接待费预算支出185.72万元。';
    expect(fails(text).filter((f) => f.rule === 'narrative.components')).toEqual([]);
  });

  it('a numbered list introduced by another subject is not the components of the clause before (Wanli: 0万元 clause)', () => {
    const text = '国有资本经营预算拨款支出预算0万元，与2023年预算持平。\n财政拨款支出主要内容如下：\n1. 行政运行支出25.77万元，主要用于机关运行。\n2. 一般行政管理事务支出42.60万元，主要用于日常工作。';
    expect(extractNarrative(text).statements.some((s) => s.components?.length)).toBe(false);
  });

  it('持平 said of a named part belongs to the part, not to the total that 减少0.15万元', () => {
    const text = '“三公”经费财政拨款支出决算数为0.39万元，比2023年度减少0.15万元，下降27.78%，其中：因公出国（境）费支出与上一年度持平；公务接待费支出决算减少0.15万元，下降27.78%。';
    expect(fails(text).filter((f) => f.rule === 'narrative.flat')).toEqual([]);
  });

  it('"与上年基本持平" claims no equality', () => {
    expect(fails('一般行政管理事务（项）143.47万元，比上年执行数减少1.26万元，下降0.9%，与上年基本持平。').filter((f) => f.rule === 'narrative.flat')).toEqual([]);
  });

  it('a change of 口径 followed by a comparable-basis decrease is no contradiction', () => {
    const text =
      '2017年本部门一般公共预算机关运行经费预算支出9193.40万元，比2016年增加5503.07万元，增长149.12%。主要原因是本年机关运行经费统计口径与上年不一致。\n按与上年统计口径一致相比，本年比上年减少161.96万元，下降了4.39%，主要原因为在编人员减少。';
    expect(fails(text)).toEqual([]);
  });

  it('a cause saying what rose (占比提高) explains a decrease; a cause saying the expense rose contradicts it', () => {
    const ok = '公务用车运行维护费188.00万元，比上年预算数减少13.60万元，下降6.7%，主要原因是新能源汽车数量占比提高，运行维护费低于燃油车辆。';
    expect(fails(ok)).toEqual([]);
    const bad = '宣传事务一般行政管理事务110.60万元，比上年减少3.40万元，下降2.98%。主要原因是：宣传事务一般行政管理事务经费增加。';
    expect(fails(bad).map((f) => [f.rule, f.severity])).toEqual([['narrative.direction', 'warning']]);
  });

  it('shares made to add up to 100% by their last digit are a warning that says so; a share off otherwise is an error', () => {
    const text = '本年支出预算合计28849.38万元，其中：\n基本支出17123.19万元，占59.35%；\n项目支出11543.27万元，占40.01%；\n单位预留机动经费182.92万元，占0.64%；';
    const fs = fails(text).filter((f) => f.rule === 'narrative.share');
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0]!.message).toContain('尾差调整');
    const off = fails(text.replace('占0.64%', '占0.84%')).filter((f) => f.rule === 'narrative.share');
    expect(off.map((f) => f.severity)).toEqual(['error']);
  });

  it('a sentence naming 年初预算 and 全年预算 is compared with the base its words name; with no word and two bases, not checked', () => {
    const text = '公务接待费支出年初预算为0.00万元，全年预算为321.02万元，支出决算为300.15万元，完成全年预算的93.50%。决算数小于全年预算数的主要原因是厉行节约。';
    const all = narrativeSelfFindings(docOf('final', [], { narrative: extractNarrative(text) }));
    expect(all.filter((f) => /rate|versusBudget/.test(f.rule)).map((f) => f.status)).toEqual(['pass', 'pass']);
    const vague = narrativeSelfFindings(docOf('final', [], { narrative: extractNarrative(text.replace('决算数小于全年预算数', '决算数小于预算数')) }));
    expect(vague.filter((f) => f.rule === 'narrative.versusBudget')).toEqual([]);
  });
});

describe('各: one change said of each of two totals', () => {
  const pct = (text: string) => {
    const doc = { source: 's', format: 'text' as const, kind: 'budget' as const, department: null, year: null, tables: [], narrative: extractNarrative(text) };
    return runChecks(doc).findings.filter((f) => f.rule === 'narrative.changePct').map((f) => f.status);
  };
  it('the amount printed before 各 in the same sentence is the base of its percentage', () => {
    expect(pct('财政拨款收入支出预算总计15,897.44万元，与上年相比，财政拨款收、支总计各增加2,248.37万元，增长16.47%。')).toEqual(['pass']);
    expect(pct('财政拨款收入支出预算总计15,897.44万元，与上年相比，财政拨款收、支总计各增加2,248.37万元，增长18.47%。')).toEqual(['fail']);
  });
  it('the 决算 form: the amount closes the sentence just before, and the 各 sentence opens with the comparison', () => {
    const henan = (p: string) => `一、收入支出决算总体情况说明\n2025年度收入、支出决算总计1,080.00万元。与上年相比，收、支总计各增加80.00万元，增长${p}%。主要原因是人员增加。`;
    expect(pct(henan('8.00'))).toEqual(['pass']);
    expect(pct(henan('9.00'))).toEqual(['fail']);
    // national final accounts: 财政拨款 on both sides
    expect(pct('国家信访局2024年度财政拨款收支总决算20727.53万元。与2023年度相比，财政拨款收、支总计各增加5551.7万元，增长38.58%。')).toEqual(['fail']);
  });
  it('never borrows an amount from another sentence that says more, or from other totals', () => {
    // the two totals differ: 各 has no one base
    expect(pct('2025年度收入决算总计1,080.00万元，支出决算总计1,000.00万元。与上年相比，收、支总计各增加80.00万元，增长9.00%。')).toEqual([]);
    // the whole is the department's; the change is said of the 财政拨款 totals
    expect(pct('2025年度收入、支出决算总计1,080.00万元。与上年相比，财政拨款收、支总计各增加80.00万元，增长9.00%。')).toEqual([]);
    // a sentence between them
    expect(pct('财政拨款收入支出预算总计15,897.44万元。主要用于保障运转。与上年相比，财政拨款收、支总计各增加2,248.37万元，增长18.47%。')).toEqual([]);
    // the sentence before carries a change of its own
    expect(pct('收入、支出预算总计15,897.44万元，比上年增加100.00万元。与上年相比，收、支总计各增加2,248.37万元，增长18.47%。')).toEqual([]);
  });
});

describe('支出预算 / 收入决算 opening a 其中 list: the whole of its shares and components', () => {
  const statuses = (text: string, kind: 'budget' | 'final' = 'budget') => {
    const doc = { source: 's', format: 'text' as const, kind, department: null, year: null, tables: [], narrative: extractNarrative(text) };
    return runChecks(doc).findings.filter((f) => /^narrative\.(share|components)$/.test(f.rule)).map((f) => `${f.rule.slice(10)} ${f.status}`);
  };
  const sichuan = (a: string, p: string) => `2026年支出预算1,080.00万元，其中：基本支出${a}万元，占${p}%；项目支出300.00万元，占27.78%。`;
  it('checks the shares against the stated whole and the parts against it (基本 + 项目 is every part)', () => {
    expect(statuses(sichuan('780.00', '72.22'))).toEqual(['components pass', 'share pass', 'share pass']);
    expect(statuses(sichuan('780.00', '70.22'))).toEqual(['components pass', 'share fail', 'share pass']);
    expect(statuses(sichuan('760.00', '72.22')).filter((s) => s.endsWith('fail'))).toEqual(['components fail', 'share fail']);
  });
  it('reads 收入决算 the same way', () => {
    const text = '2025年度收入决算1,080.00万元，其中：财政拨款收入780.00万元，占72.22%；其他收入300.00万元，占28.78%。';
    expect(statuses(text, 'final')).toEqual(['components pass', 'share pass', 'share fail']);
  });
  it('a share said of another whole ("占部门预算的") is not checked against the sentence\'s whole', () => {
    expect(statuses('2026年支出预算1,080.00万元，其中：基本支出780.00万元，占部门预算的60.00%；项目支出300.00万元，占27.78%。')).toEqual([
      'components pass',
      'share pass',
    ]);
    // the same under a whole named with its total word, which was read before
    expect(statuses('收入预算总额1,080.00万元，其中：财政拨款收入780.00万元，占部门预算的50.00%；其他收入300.00万元，占27.78%。')).toEqual([
      'components pass',
      'share pass',
    ]);
    expect(statuses('收入预算总额1,080.00万元，其中：财政拨款收入780.00万元，占收入预算的70.22%；其他收入300.00万元，占27.78%。')).toEqual([
      'components pass',
      'share fail',
      'share pass',
    ]);
  });
  it('mid-sentence, 支出预算 still goes on with the statement in progress, and without 其中 opens nothing', () => {
    expect(statuses('2026年支出预算1,080.00万元，主要用于基本支出780.00万元，占72.22%。')).toEqual([]);
    const n = extractNarrative('某某项目支出预算为100.00万元，支出决算为90.00万元，完成预算的90.00%。');
    expect(n.statements).toHaveLength(1);
    expect(n.statements[0]!.figures.map((f) => f.role)).toEqual(['previous', 'amount', 'rate']);
  });
});
