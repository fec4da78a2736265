import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/shared';
import { dominantDecimals, parseAmount } from './index';

// 000 表1 部门收支总体情况表, as extracted (seed 000 lines 237–270).
const table1 = readFileSync(fixturePath('amounts', '000-table1-overview.tsv'), 'utf8').split('\n').map((l) => l.split('\t'));
const column = (k: number) => table1.map((cells) => cells[k] ?? '');

describe('dominantDecimals', () => {
  it('finds the 2 decimals of 000 表1, which turns "172. 4" into a lost digit', () => {
    const expenditure = column(2);
    expect(expenditure).toContain('172. 4');
    const d = dominantDecimals(expenditure);
    expect(d).toBe(2);
    const kinds = expenditure.map((c) => parseAmount(c, { expectDecimals: d }).kind);
    expect(kinds.filter((k) => k === 'damaged')).toEqual(['damaged']);
    expect(expenditure[kinds.indexOf('damaged')]).toBe('172. 4');
    // The income column, with "10, 312, 28" (decimal comma) and "0. 14", shows 2 decimals too.
    expect(dominantDecimals(column(0))).toBe(2);
  });

  it('a lost digit cannot outvote the column; mixed or sparse columns give no answer', () => {
    expect(dominantDecimals(['172. 4', '0.00', '547. 82', '161. 26'])).toBe(2);
    expect(dominantDecimals(['1,200', '35', '7000', '12.5'])).toBe(0);
    expect(dominantDecimals(['1.3', '35', '7.96', '4.2'])).toBeUndefined();
    expect(dominantDecimals(['0.00', '', '—'])).toBeUndefined(); // one vote is not a column
    expect(dominantDecimals(['23.06%', '5.31%', '9.98%'])).toBeUndefined(); // percentages do not vote
  });
});
