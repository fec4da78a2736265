import { describe, expect, it } from 'vitest';
import { narrativeCoverage } from './narrativeCoverage';
import { docOf } from '../../tests/support/tables';
import { extractNarrative } from '../extract/narrative/index';

describe('narrativeCoverage', () => {
  it('counts the statements a check read and lists the others with their reason', () => {
    const text = [
      '一般公共预算当年拨款91,842.80万元，比上年执行数增加6,600.98万元，增长7.7%。',
      '本部门共有车辆56辆。',
      '1、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元。主要用于：缴纳住房公积金。2025年当年预算执行数为0.00万元，2026年预算安排208.8万元，比2025年预算执行数增加100.00%。',
    ].join('\n');
    const c = narrativeCoverage(docOf('budget', [], { narrative: extractNarrative(text) }));
    expect(c.statements).toBe(4);
    // The change sentence (its identity), and the item and its plan (B = X).
    expect(c.checkedStatements).toBe(3);
    const reasons = c.notChecked.map((n) => n.reason);
    expect(reasons).toContain('数量（个、辆）没有对应的表格数字');
    expect(reasons).toContain('上年预算执行数为 0，增减百分比无从计算');
    expect(reasons.some((r) => /没有识别出/.test(r))).toBe(true);
    expect(c.notChecked[0]!.reason).toMatch(/本文件没有报表/);
  });
});
