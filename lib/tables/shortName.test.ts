import { describe, expect, it } from 'vitest';
import { tableShortName } from './shortName';

describe('table short names', () => {
  it('reads the printed numbers of budgets and final accounts', () => {
    expect(tableShortName({ kind: 'budget.overview', title: '部门收支总体情况表', number: '预算公开01表', part: 'income' })).toBe('表1（收入）');
    expect(tableShortName({ kind: 'final.expense', title: '支出决算表', number: '公开03表' })).toBe('公开03');
    expect(tableShortName({ kind: 'budget.expense', title: '部门支出总体情况表', number: '表3' })).toBe('表3');
  });

  it('falls back to the standard number of the kind, then the title', () => {
    expect(tableShortName({ kind: 'budget.procurement', title: '政府采购预算表', number: null })).toBe('表10');
    expect(tableShortName({ kind: 'other', title: '项目支出绩效自评表', number: null })).toBe('项目支出绩效自评表');
  });
});
