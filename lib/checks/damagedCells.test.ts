import { describe, expect, it } from 'vitest';
import { runChecks } from './registry';
import { damagedCells } from './damagedCells';
import { docOf } from '../../tests/support/tables';
import { expense004 } from '../../tests/support/finalTables';

describe('damagedCells', () => {
  it('"172. 4" in a column of x.xx amounts is a lost digit: an info finding on the cell, its identities do not run', () => {
    const t = expense004();
    const r = t.rows.findIndex((x) => x.code === '2060101');
    t.rows[r]!.cells[0] = '202. 9';
    const { findings } = runChecks(docOf('final', [t]));
    const info = findings.filter((f) => f.rule === 'damagedCell');
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ status: 'fail', severity: 'info', refs: [{ table: 't3', row: r, col: 0, value: '202. 9' }] });
    expect(info[0]!.message).toContain('公开03 2060101 行政运行 本年支出合计 “202. 9”');
    // Read as 202.9 it would have failed its 款 sum and its row sum (202.99): no such false alarm.
    expect(findings.filter((f) => f.status === 'fail' && f.severity !== 'info')).toEqual([]);
    expect(findings.some((f) => f.refs.some((x) => x.row === r && x.col === 0) && f.rule !== 'damagedCell')).toBe(false);
  });

  it('a document as printed (spaces inside whole numbers repaired: "10, 312. 28") has no damaged cells', () => {
    const t = expense004();
    t.rows[0]!.cells[0] = '513. 98';
    expect(damagedCells.run(docOf('final', [t]), {})).toEqual([]);
    expect(runChecks(docOf('final', [t])).summary.fail).toBe(0);
  });
});
