// Figure roles from the words before a number: the seeds' own clauses, and the wordings other
// regions use for the same things (去年, 同比持平, 降幅为).
import { describe, expect, it } from 'vitest';
import { extractNarrative } from './extract';
import { readRole } from './figureRole';
import { narrativeSelfFindings } from '../../checks/narrativeSelf';
import type { DocModel } from '../../report/schema';

describe('readRole on the seeds’ clauses', () => {
  const cases: [string, string, boolean, Record<string, unknown>][] = [
    ['同比减少', '万元', false, { role: 'delta', direction: 'down', directionWord: '减少', subjectPhrase: '' }],
    ['同比增长', '%', false, { role: 'changePct', direction: 'up', directionWord: '增长' }],
    ['减少增长', '%', false, { role: 'changePct', direction: 'up', directionWord: '减少增长' }],
    ['与上年相比增加', '万元', false, { role: 'delta', subjectPhrase: '' }],
    ['财政拨款支出总计增加', '万元', false, { role: 'delta', subjectPhrase: '财政拨款支出总计' }],
    ['较上年决算减少', '万元', false, { role: 'delta', direction: 'down', subjectPhrase: '' }],
    ['比2023年减少', '万元', false, { role: 'delta', subjectPhrase: '' }],
    ['比2023年预算', '万元', false, { role: 'previous', year: 2023 }],
    ['比上年决算数', '万元', false, { role: 'previous', year: null }],
    ['占支出总预算', '%', false, { role: 'share', shareOf: '支出总预算', subjectPhrase: '' }],
    ['占本年支出合计的', '%', false, { role: 'share', shareOf: '本年支出合计' }],
    ['占比', '%', false, { role: 'share', shareOf: '' }],
    ['货物采购授予中小企业合同金额占货物支出金额的', '%', false, { role: 'share', subjectPhrase: '货物采购授予中小企业合同金额' }],
    ['完成年初预算的', '%', true, { role: 'rate' }],
    ['完成预算的', '%', true, { role: 'rate' }],
    ['科学技术支出年初预算', '万元', true, { role: 'previous', subjectPhrase: '科学技术支出' }],
    ['因公出国(境)费支出预算为', '万元', true, { role: 'previous', subjectPhrase: '因公出国(境)费' }],
    ['因公出国(境)经费2024年预算', '万元', false, { role: 'amount' }],
    ['支出决算为', '万元', true, { role: 'amount' }],
    ['涉及柳州市本级项目', '个', false, { role: 'count' }],
  ];
  for (const [clause, unit, final, expected] of cases) {
    it(`${clause} …${unit}`, () => expect(readRole(clause, unit, final)).toMatchObject(expected));
  }
  it('takes no percentage that no words explain', () => expect(readRole('服务企业满意度', '%', false)).toBeNull());
});

describe('other wordings of the same statements', () => {
  it('reads 比去年 / 降幅为 / 同比持平', () => {
    const n = extractNarrative(
      '七、一般公共预算"三公"经费情况说明\n' +
        '2024年部门一般公共预算安排的"三公"经费支出预算12.56万元，比去年预算15.91万元，比去年减少3.35万元，降幅为21.06%。其中：\n' +
        '（一）因公出国（境）经费2024年预算0.00万元，同比持平。\n' +
        '（二）公务接待费2024年预算4.56万元，同比减少1.35万元，同比下降22.84%。\n' +
        '（三）公务用车购置及运行维护费2024年预算8.00万元，与去年相比无变化。',
    );
    const [total, abroad, reception, cars] = n.statements;
    expect(total!.subject).toBe('三公经费');
    expect(total!.figures.map((f) => [f.role, f.value, f.direction, f.directionWord])).toEqual([
      ['amount', '12.56', null, null],
      ['previous', '15.91', null, null],
      ['delta', '3.35', 'down', '减少'],
      ['changePct', '21.06', 'down', '降幅'],
    ]);
    expect(total!.components).toEqual([abroad!.id, reception!.id, cars!.id]);
    expect([abroad!.flat, reception!.flat, cars!.flat]).toEqual([true, false, true]);
  });
});

describe('share wordings other regions use (所占比重为, 占比为, 占…的比重为)', () => {
  it('reads them as the same share of the same base', () => {
    expect(readRole('，所占比重为', '%', false)).toMatchObject({ role: 'share', shareOf: '', subjectPhrase: '，' });
    expect(readRole('占比为', '%', false)).toMatchObject({ role: 'share', shareOf: '' });
    expect(readRole('占支出总额的比重为', '%', false)).toMatchObject({ role: 'share', shareOf: '支出总额' });
  });
  // 002's sentence as a region writing 所占比重为 prints it: checked against its whole (1,451.29).
  const text =
    '二、财政拨款支出决算情况说明\n' +
    '2023年度财政拨款支出1,451.29万元。其中：一般公共服务支出111.43万元，所占比重为7.68%；科学技术支出1,320.08万元，所占比重为90.96%。\n' +
    '其中：行政运行65.02万元，占全市比重为0.35%。';
  it('checks 所占比重为 against the list’s whole; a base the text does not establish stays unchecked', () => {
    const n = extractNarrative(text);
    const shares = n.statements.filter((s) => s.figures.some((f) => f.role === 'share'));
    expect(shares.map((s) => [s.subject, s.shareOf])).toEqual([
      ['一般公共服务支出', '财政拨款支出'],
      ['科学技术支出', '财政拨款支出'],
      ['行政运行', '全市'],
    ]);
    const findings = narrativeSelfFindings({ source: 't', format: 'text', unit: '万元', tables: [], narrative: n } as unknown as DocModel);
    const share = findings.filter((f) => f.rule === 'narrative.share');
    expect(share.map((f) => f.status)).toEqual(['pass', 'pass']);
    expect(share.every((f) => !f.message.includes('行政运行'))).toBe(true);
  });
});
