import { describe, expect, it } from 'vitest';
import { columnSums } from './columnSums';
import { isPartialListing } from './partialListing';
import { docOf, tableFrom } from '../../tests/support/tables';
import { coverageOf } from './coverage';

const subset = `
201\t一般公共服务支出\t920.00
20101\t人大事务\t800.00
2010101\t行政运行\t500.00`;

describe('a table that lists a selection', () => {
  it('is told by its title or note; a table truncated at a level (仅列示到款级) is not a selection', () => {
    expect(isPartialListing({ title: '2026年部门项目支出表（主要项目）' })).toBe(true);
    expect(isPartialListing({ title: '一般公共预算支出表', notes: ['注：本表只列示主要支出科目。'] })).toBe(true);
    expect(isPartialListing({ title: '一般公共预算支出表', notes: ['注：本表仅列示到款级科目。'] })).toBe(false);
    expect(isPartialListing({ title: '一般公共预算支出表', notes: ['注：本表反映一般公共预算拨款。'] })).toBe(false);
  });
  it('its parent rows are not summed: not checked and said so, never failed; the same table without the note fails', () => {
    const listed = tableFrom('t5', 'budget.generalExpense', ['合计'], subset, { notes: ['注：本表只列示主要支出科目。'] });
    const doc = docOf('budget', [listed]);
    const fs = columnSums.run(doc, {});
    expect(fs).toEqual([]);
    expect(coverageOf(doc, fs).coverage.notChecked.map((n) => n.reason)).toEqual([expect.stringMatching(/只列示部分项目或科目/)]);
    const whole = tableFrom('t5', 'budget.generalExpense', ['合计'], subset);
    expect(columnSums.run(docOf('budget', [whole]), {}).filter((f) => f.status === 'fail')).toHaveLength(2);
  });
});
