// The heading lines of a table as other provinces print them: number forms, the unit inside the
// title line, half-width colons.
import { describe, expect, it } from 'vitest';
import { isContextText, isTableNumber, readContext, splitNumberedTitle, splitTitleUnit } from './tableContext';

describe('table numbers', () => {
  it('表一, 附表1-1, 表 3, 公开01表 on their own line are numbers; 表一般… is not', () => {
    for (const n of ['表一', '表十二', '附表1-1', '附表 2 - 3', '表3', '公开01表']) expect(isTableNumber(n)).toBe(true);
    expect(isTableNumber('表一般')).toBe(false);
  });
  it('a number and its title on one line, the number never running into the year', () => {
    expect(splitNumberedTitle('附表1-1 2026年部门收支总表')).toEqual({ number: '附表1-1', title: '2026年部门收支总表' });
    expect(splitNumberedTitle('表三部门支出总表')).toEqual({ number: '表三', title: '部门支出总表' });
    expect(splitNumberedTitle('表7：2026年市级部门一般公共预算“三公”经费预算表')).toEqual({ number: '表7', title: '2026年市级部门一般公共预算“三公”经费预算表' });
  });
});

describe('the unit printed in the title line', () => {
  it('"（单位:万元）" after the title is the unit, not part of the title', () => {
    expect(splitTitleUnit('2026年部门收入总表（单位:万元）')).toEqual({ text: '2026年部门收入总表', unit: '万元' });
    expect(splitTitleUnit('部门支出总表 金额单位：元')).toEqual({ text: '部门支出总表', unit: '元' });
    expect(splitTitleUnit('单位：万元').unit).toBe(null);
    expect(isContextText('附表1-2 2026年部门收入总表（单位:万元）')).toBe(true);
    const ctx = readContext(['附表1-2 2026年部门收入总表（单位:万元）'], []);
    expect([ctx.number, ctx.title, ctx.unit]).toEqual(['附表1-2', '2026年部门收入总表', '万元']);
    expect(readContext(['一般公共预算支出表(单位：元)'], []).unit).toBe('元');
  });
  it('a unit line with a half-width colon', () => {
    expect(readContext(['表五', '一般公共预算支出表', '单位:万元'], []).unit).toBe('万元');
    expect(readContext(['表五', '一般公共预算支出表', '单位:万元'], []).number).toBe('表五');
  });
});
