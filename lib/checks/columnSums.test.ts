import { describe, expect, it } from 'vitest';
import { columnSums } from './columnSums';
import { runChecks } from './registry';
import { docOf } from './testTables';
import { expense004 } from './finalTables.test-data';
import { loadSeed, setCell, tableOf } from './testSeeds';

describe('columnSums', () => {
  it('004 公开03: 类 = Σ 款 = Σ 项, 合计 = Σ 类; blanks are 0; 513.98 vs 513.99 is rounding', () => {
    const fs = columnSums.run(docOf('final', [expense004()]), {});
    expect(fs.filter((f) => f.status === 'fail')).toEqual([]);
    const total = fs.find((f) => f.message.startsWith('公开03 本年支出合计： 合计 513.98'))!;
    expect(total.status).toBe('rounding');
    expect(total.expected).toBe('513.99');
    expect(total.refs).toHaveLength(7); // the printed total and the six 类 rows
    // 208 基本支出 = 20805 + 20899, a blank 项目支出 column says nothing.
    expect(fs.some((f) => f.message.startsWith('公开03 基本支出： 208 社会保障和就业支出 64.71 = 20805'))).toBe(true);
    expect(fs.some((f) => f.message.startsWith('公开03 项目支出： 208'))).toBe(false);
  });

  it('a wrong 项 cell breaks its 款 and 类 sums and its row sum: one root cause on that cell', () => {
    const t = expense004();
    t.rows.find((r) => r.code === '2060101')!.cells[0] = '212.99';
    const { findings } = runChecks(docOf('final', [t]));
    const fails = findings.filter((f) => f.status === 'fail');
    expect(fails.map((f) => f.rule).sort()).toEqual(['columnSums', 'rowSums']);
    for (const f of fails) expect(f.refs[f.culprit!]).toMatchObject({ row: 6, col: 0, value: '212.99' });
    expect(new Set(fails.map((f) => f.group))).toEqual(new Set(['cell:t3:6:0']));
  });

  const doc = loadSeed('000');
  it.skipIf(!doc)('000 表3: unit = Σ its 项 rows, department = Σ units; a changed unit total fails', () => {
    const t3 = tableOf(doc!, 'budget.expense');
    const before = columnSums.run(doc!, {}).filter((f) => f.refs[0]!.table === t3.id);
    expect(before.filter((f) => f.status === 'fail')).toEqual([]);
    setCell(t3, '405002', /^合计$/, '745.18');
    const after = columnSums.run(doc!, {}).filter((f) => f.refs[0]!.table === t3.id && f.status === 'fail');
    expect(after.map((f) => f.message.split('：')[1]!.trim().split(' ')[0])).toEqual(['405', '405002']);
  });
});
