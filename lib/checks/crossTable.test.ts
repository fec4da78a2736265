import { describe, expect, it } from 'vitest';
import { crossTable } from './crossTable';
import { docOf, tableFrom } from '../../tests/support/tables';
import { columnInferred } from './headerTree';
import type { Table } from '../report/schema';
import { expense004, overviewExpense004 } from '../../tests/support/finalTables';
import { loadSeed, setCell, tableOf } from '../../tests/support/seedModels';

describe('crossTable', () => {
  it('004: 公开01 本年支出合计 and each function class equal 公开03', () => {
    const fs = crossTable.run(docOf('final', [overviewExpense004(), expense004()]), {});
    expect(fs.length).toBe(7);
    expect(fs.every((f) => f.status === 'pass')).toBe(true);
    expect(fs.find((f) => /六、科学技术支出 357\.13/.test(f.message))!.refs).toMatchObject([{ table: 't1.expense' }, { table: 't3', value: '357.13' }]);
  });

  it('one figure printed two ways (326.71 vs 326.72, as in the Putuo final accounts): rounding, flagged as a warning', () => {
    const e = expense004();
    e.rows.find((r) => r.code === '206')!.cells[0] = '357.14';
    const f = crossTable.run(docOf('final', [overviewExpense004(), e]), {}).find((x) => /科学技术支出/.test(x.message))!;
    expect([f.status, f.severity]).toEqual(['rounding', 'warning']);
    expect(f.message).toContain('尾数调整');
  });

  it('fails when a class differs between the tables', () => {
    const e = expense004();
    e.rows.find((r) => r.code === '206')!.cells[0] = '356.13';
    const f = crossTable.run(docOf('final', [overviewExpense004(), e]), {}).find((x) => /科学技术支出/.test(x.message))!;
    expect(f.status).toBe('fail');
    expect(f.difference).toBe('1.00');
  });

  const doc = loadSeed('000');
  it.skipIf(!doc)('000: 表1 ↔ 表2/表3, 表4 ↔ 表5, 表5 ↔ 表6 agree; 表3 vs 表5 only for units with no other fund', () => {
    const fs = crossTable.run(doc!, {});
    expect(fs.filter((f) => f.status === 'fail')).toEqual([]);
    expect(fs.some((f) => /表5 合计 本年一般公共预算支出\/基本支出\/人员经费 2,309\.72 = 表6/.test(f.message))).toBe(true);
    // 表3 (all funds) and 表5 (一般公共预算) share a scope only where 表2 shows no other source:
    // never 405003 (单位资金 84.20) nor the department that contains it.
    const t3t5 = fs.filter((f) => f.refs.some((r) => r.table === 't3') && f.refs.some((r) => r.table === 't5'));
    const codes = new Set(t3t5.map((f) => f.message.match(/表5 (\d+)/)![1]));
    expect([...codes].sort()).toEqual(['405001', '405002', '405004']);
    setCell(tableOf(doc!, 'budget.generalBasic'), '合计', /公用经费$/, '238.40');
    const f = crossTable.run(doc!, {}).filter((x) => x.status === 'fail');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/公用经费 238\.04 ≠ 表6 合计 .*公用经费 238\.40/);
  });
});

describe('function classes named by a label', () => {
  it('a class opens the label; a 项 that contains its words names no class', async () => {
    const { functionClassCode } = await import('./names');
    expect(functionClassCode('八、社会保障和就业支出')).toBe('208');
    expect(functionClassCode('医疗卫生与计划生育支出')).toBe('210');
    expect(functionClassCode('罪犯生活及医疗卫生')).toBeNull();
    expect(functionClassCode('其他教育支出')).toBeNull();
    expect(functionClassCode('预备费')).toBe('227');
  });
});

// A 部门收入总表 printed without rules (columns found by alignment): which columns 本年收入 spans
// is inferred from where its title sits, so 本年收入/小计 may be another group's 小计.
describe('crossTable: columns named by an inferred header group', () => {
  const overview = () => tableFrom('t1.income', 'budget.overview', ['预算数'], '\t本年收入合计\t100.00', { part: 'income', group: 't1' });
  const income = (extra: Partial<Table>) =>
    tableFrom('t2', 'budget.income', ['合计', '本年收入/小计', '本年收入/一般公共预算', '上年结转结余/小计'], '\t合计\t100.00\t90.00\t90.00\t10.00', extra);
  it('a ruled header: 表1 本年收入合计 100.00 ≠ 表2 本年收入/小计 90.00 fails', () => {
    const fs = crossTable.run(docOf('budget', [overview(), income({})]), {});
    expect(fs.map((f) => [f.status, f.actual, f.expected])).toEqual([['fail', '100.00', '90.00']]);
  });
  it('aligned: the grouped column is not read, nothing is checked against it', () => {
    expect(crossTable.run(docOf('budget', [overview(), income({ aligned: true })]), {})).toEqual([]);
  });
  it('columnInferred: a grouped or repeated name in an inferred table; a unique top-level name is not; a ruled table never', () => {
    const t = tableFrom('t5', 'budget.generalExpense', ['合计', '基本支出/小计', '基本支出/人员经费', '项目支出', '合计'], '', { aligned: true });
    expect([0, 1, 2, 3, 4].map((c) => columnInferred(t, c))).toEqual([true, true, true, false, true]);
    expect(columnInferred({ ...t, aligned: undefined }, 1)).toBe(false);
  });
});
