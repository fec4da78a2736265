// Subject normalisation on the subject phrases the seeds print.
import { describe, expect, it } from 'vitest';
import { classPath } from './classPath';
import { extractNarrative } from './extract';
import { normaliseSubject } from './subjects';

describe('normaliseSubject', () => {
  const cases: [string, string][] = [
    ['2024年部门收支总预算', '收支总计'],
    ['2023年度收、支总计', '收支总计'],
    ['2024年部门财政拨款收支总预算', '财政拨款收支总计'],
    ['2024年部门收入总预算', '收入总计'],
    ['2024年度收入合计', '收入合计'],
    ['本年支出合计', '支出合计'],
    ['一般公共预算拨款收入', '一般公共预算拨款'],
    ['一般公共预算', '一般公共预算拨款'],
    ['2024年部门一般公共预算拨款支出', '一般公共预算支出'],
    ['2024年一般公共预算财政拨款决算支出', '一般公共预算支出'],
    ['2023年度财政拨款支出', '财政拨款支出'],
    ['基本支出预算', '基本支出'],
    ['2024年部门一般公共预算基本支出', '基本支出'],
    ['2024年部门一般公共预算安排的"三公"经费支出预算', '三公经费'],
    ['“三公”经费财政拨款', '三公经费'],
    ['因公出国(境)经费2024年预算', '因公出国(境)费'],
    ['公务用车购置费及运行维护费支出决算', '公务用车购置及运行维护费'],
    ['公务用车购置支出', '公务用车购置费'],
    ['公务用车运行维护费2024年预算', '公务用车运行维护费'],
    ['2023年本部门开支会议费', '会议费'],
    ['政府集中采购预算', '集中采购'],
    ['货物类采购预算', '货物类'],
    ['政府采购服务支出', '服务类'],
    ['本部门2023年度政府采购支出总额', '政府采购'],
    ['2024年纳入政府购买服务预算支出', '政府购买服务'],
    ['2024年行政运行经费预算', '机关运行经费'],
    ['一般公共服务(类)支出', '一般公共服务支出'],
    ['资源勘探工业信息等(类)支出', '资源勘探工业信息等支出'],
    ['2024年我部门实有在编车辆', '车辆'],
    ['涉及柳州市本级项目', '项目'],
    ['主要领导干部用车', '主要领导干部用车'],
  ];
  for (const [phrase, subject] of cases) {
    it(`${phrase} → ${subject}`, () => expect(normaliseSubject(phrase).subject).toBe(subject));
  }
  it('names no subject for role words alone', () => {
    for (const phrase of ['支出决算为', '支出', '2024年']) expect(normaliseSubject(phrase).subject).toBe('');
  });
});

describe('classPath', () => {
  it('keeps brackets that belong to a name', () => {
    expect(classPath('一般公共服务(类)政府办公厅(室)及相关机构事务(款)行政运行(项)')?.path).toEqual([
      '一般公共服务支出',
      '政府办公厅(室)及相关机构事务',
      '行政运行',
    ]);
  });
  it('reads a class alone', () => expect(classPath('科学技术支出(类)')?.path).toEqual(['科学技术支出']));
  it('finds none without (类)', () => expect(classPath('科学技术支出')).toBeNull());
});

describe('PDF glyph forms', () => {
  it('reads Kangxi radicals (⽀ for 支) as the characters they stand for', () => {
    const n = extractNarrative('三、部门⽀出预算情况说明\n2024年部门⽀出总预算10,312.28万元。');
    expect(n.statements[0]!.subject).toBe('支出总计');
    expect(n.statements[0]!.section).toBe('三、部门⽀出预算情况说明');
  });
});
