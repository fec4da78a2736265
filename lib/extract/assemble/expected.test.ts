import { describe, expect, it } from 'vitest';
import { applyCorrections, scoreCells, type ExpectedDoc } from './expected';

const doc = (): ExpectedDoc => ({
  kind: 'budget',
  department: '柳州市科学技术局',
  year: 2024,
  unit: '万元',
  tables: [
    { id: 't1', title: '部门支出总体情况表', kind: 'budget.expense', unit: '万元', columns: ['合计', '基本支出', ''], rows: [
      { code: null, label: '合计', cells: ['10,312.28', '2,547.75', null] },
      { code: null, label: '柳州市科学技术情报研究所', cells: ['744.18', '691.19', null] },
      { code: '2060499', label: '其他技术研究与开发支出', cells: ['10.59', '0.00', '10. 59'] },
    ] },
    { id: 't2', title: '', kind: 'other', unit: '万元', columns: ['合计', '基本支出', ''], rows: [{ code: '2060501', label: '机构运行', cells: ['461.53', '461.53', null] }] },
  ],
});

describe('applyCorrections', () => {
  it('merges a continuation, sets a lost code, drops a debris column, and recomputes the row structure', () => {
    const out = applyCorrections(doc(), {
      merge: [{ into: 't1', from: 't2', why: 'page continuation' }],
      tables: {
        t1: {
          cells: [{ row: 1, col: -2, value: '405002', why: 'unit code lost' }],
          dropColumns: { cols: [2], why: 'shifted cell' },
        },
      },
    });
    expect(out.tables.map((t) => t.id)).toEqual(['t1']);
    const t = out.tables[0]!;
    expect(t.columns).toEqual(['合计', '基本支出']);
    expect(t.rows.map((r) => [r.code, r.cells.length, r.level, r.parent])).toEqual([
      [null, 2, 'total', null], ['405002', 2, 'unit', null], ['2060499', 2, 'item', 1], ['2060501', 2, 'item', 1],
    ]);
  });

  it('refuses a replace whose table is gone instead of adding a duplicate', () => {
    const table = doc().tables[0]!;
    expect(() => applyCorrections(doc(), { replace: [{ id: 't9', why: 'x', table }] })).toThrow(/no table t9/);
  });
});

describe('scoreCells', () => {
  it('counts code, label and every cell, and names each miss', () => {
    const actual = doc();
    actual.tables[0]!.rows[0]!.cells[0] = '10, 312. 28';
    const score = scoreCells(actual, doc());
    expect(score.total).toBe(3 * 5 + 5);
    expect(score.exact).toBe(score.total - 1);
    expect(score.misses).toEqual([{ table: 't1', row: 0, col: 0, expected: '10,312.28', actual: '10, 312. 28' }]);
    expect(scoreCells(actual, doc(), new Set(['t1'])).total).toBe(5);
  });
});
