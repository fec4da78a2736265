import { describe, expect, it } from 'vitest';
import { RULES, runChecks } from './registry';
import { crossTable } from './crossTable';
import { docOf } from '../../tests/support/tables';
import { expense004, overviewExpense004, overviewIncome004 } from '../../tests/support/finalTables';

describe('runChecks', () => {
  it('runs every family, counts the summary, keeps ids unique', () => {
    expect(RULES.map((r) => r.family)).toEqual(['rowSums', 'columnSums', 'twoSided', 'infoTable', 'crossTable', 'narrativeSelf', 'narrativeVsTables', 'itemBudgetSentence', 'narrativeNames', 'textQuality', 'completeness', 'damagedCells', 'completeness']);
    const { findings, summary } = runChecks(docOf('final', [overviewIncome004(), overviewExpense004(), expense004()]));
    expect(summary.checks).toBe(findings.length);
    expect(summary.pass + summary.rounding + summary.fail).toBe(summary.checks);
    expect(summary.fail).toBe(0);
    expect(summary.rounding).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });

  it('ids are stable across runs', () => {
    const a = runChecks(docOf('final', [expense004()])).findings.map((f) => f.id);
    const b = runChecks(docOf('final', [expense004()])).findings.map((f) => f.id);
    expect(a).toEqual(b);
  });

  it('stops when the signal is aborted', () => {
    const ctl = new AbortController();
    ctl.abort();
    expect(() => runChecks(docOf('final', [expense004()]), { signal: ctl.signal })).toThrow();
  });

  it('converts 元 to 万元 exactly between tables of different units', () => {
    // 公开03 printed in 元: 5,139,800.00 元 = 513.98 万元 exactly; 5,139,850.00 元 = 513.985 万元 only rounds to it.
    const t3 = expense004();
    t3.unit = '元';
    t3.rows = t3.rows.filter((r) => r.level === undefined && (r.code === null || r.code.length === 3)).map((r) => ({ ...r, cells: r.cells.map(() => null) }));
    const set = (v: string) => {
      t3.rows[0]!.cells[0] = v;
      return crossTable.run(docOf('final', [overviewExpense004(), t3]), {}).find((f) => /本年支出合计 513\.98 /.test(f.message))!;
    };
    expect(set('5,139,800.00').status).toBe('pass');
    expect(set('5,139,850.00').status).toBe('rounding');
    expect(set('5,139,900.00').status).toBe('fail');
  });
});
