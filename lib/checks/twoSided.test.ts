import { describe, expect, it } from 'vitest';
import { twoSided } from './twoSided';
import { docOf } from '../../tests/support/tables';
import { overviewExpense004, overviewIncome004 } from '../../tests/support/finalTables';
import { loadSeed, setCell, tableOf } from '../../tests/support/seedModels';

describe('twoSided', () => {
  it('004 公开01: 本年收入合计, 总计 = 本年 + 年初结转, income = expense; blanks are 0', () => {
    const fs = twoSided.run(docOf('final', [overviewIncome004(), overviewExpense004()]), {});
    const by = (re: RegExp) => fs.find((f) => re.test(f.message))!;
    expect(by(/（收入） 本年收入合计 512\.98/).status).toBe('pass');
    expect(by(/（收入） 总计 513\.98 = 本年收入合计 512\.98 \+ 年初结转和结余 1\.00/).status).toBe('pass');
    const classes = by(/（支出） 本年支出合计 513\.98/);
    expect(classes.status).toBe('rounding');
    expect(classes.expected).toBe('513.99');
    expect(by(/支出 总计 513\.98 = 收入 总计 513\.98/).rule).toBe('twoSided.balance');
    expect(fs.filter((f) => f.status === 'fail')).toEqual([]);
  });

  it('a total that the items do not explain fails', () => {
    const inc = overviewIncome004();
    inc.rows.find((r) => r.label === '年初结转和结余')!.cells[1] = '2.00';
    const fs = twoSided.run(docOf('final', [inc, overviewExpense004()]), {});
    const f = fs.find((x) => /（收入） 总计/.test(x.message))!;
    expect(f.status).toBe('fail');
    expect(f.expected).toBe('514.98');
  });

  const doc = loadSeed('001');
  it.skipIf(!doc)('001 表1/表4: sub-items (（一）上级补助 / （二）本级) add up to their parent, not to the total', () => {
    const fs = twoSided.run(doc!, {});
    expect(fs.filter((f) => f.status === 'fail')).toEqual([]);
    expect(fs.some((f) => /一、一般公共预算拨款 30,688\.06 = （一）上级补助 0\.00 \+ （二）本级 30,688\.06/.test(f.message))).toBe(true);
    const t4 = tableOf(doc!, 'budget.fiscalOverview', 'income');
    setCell(t4, '2、本级', /预算数/, '30,680.06');
    const broken = twoSided.run(doc!, {}).filter((f) => f.status === 'fail');
    expect(broken).toHaveLength(1);
    expect(broken[0]!.message).toMatch(/（一）一般公共预算 30,688\.06 ≠ 1、上级补助 0\.00 \+ 2、本级 30,680\.06/);
  });
});
