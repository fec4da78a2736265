import { describe, expect, it } from 'vitest';
import { columnSums } from './columnSums';
import { runChecks } from './registry';
import { docOf, tableFrom } from '../../tests/support/tables';
import { expense004 } from '../../tests/support/finalTables';
import { loadSeed, setCell, tableOf } from '../../tests/support/seedModels';

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

  it('a year-over-year table: amounts sum down their columns, the 增减% column is never summed', () => {
    const t = tableFrom('t5', 'other', ['上年预算数', '本年预算数', '比上年增减/增减额', '比上年增减/增减%'], `
	合计	1,000.00	1,080.00	80.00	8.00
201	一般公共服务支出	840.00	920.00	80.00	9.52
2010101	行政运行	480.00	500.00	20.00	4.17
2010102	一般行政管理事务	360.00	420.00	60.00	16.67
208	社会保障和就业支出	160.00	160.00	0.00	0.00
2080505	机关事业单位基本养老保险缴费支出	160.00	160.00	0.00	0.00`);
    const fs = columnSums.run(docOf('budget', [t]), {});
    expect(fs.filter((f) => f.status === 'fail')).toEqual([]);
    expect(fs.some((f) => f.message.includes('本年预算数： 合计 1,080.00') && f.status === 'pass')).toBe(true);
    expect(fs.some((f) => f.message.includes('增减%'))).toBe(false);
  });

  it('a 项目支出表 of 合计 and plain project rows: 合计 = Σ projects; a list with 其中 rows or subject names is not read so', () => {
    const rows = (third: string) => `
\t合计\t300.00\t300.00
\t立法调研经费\t180.00\t180.00
\t${third}\t120.00\t120.00`;
    const projects = tableFrom('t10', 'budget.projectExpense', ['合计', '财政拨款'], rows('信息化运行维护'));
    expect(columnSums.run(docOf('budget', [projects]), {}).map((f) => f.status)).toEqual(['pass', 'pass']);
    projects.rows[1]!.cells[0] = '190.00';
    expect(columnSums.run(docOf('budget', [projects]), {}).map((f) => f.status)).toEqual(['fail', 'pass']);
    for (const t of [tableFrom('t10', 'budget.projectExpense', ['合计', '财政拨款'], rows('其中：信息化运行维护')), tableFrom('t3', 'budget.expense', ['合计', '财政拨款'], rows('信息化运行维护')), tableFrom('t10', 'budget.projectExpense', ['合计', '财政拨款'], rows('一般公共服务支出'))])
      expect(columnSums.run(docOf('budget', [t]), {})).toEqual([]);
  });

  it('a 合计 over numbered lines (1. 2. 3.) with their 其中：（1）（2） detail rows: 合计 = Σ numbered lines only', () => {
    const t = tableFrom('t7', 'budget.threePublic', ['上年预算数', '本年预算数', '增减额', '增减%'], `
\t合计\t32.00\t30.00\t-2.00\t-6.25
\t1.因公出国（境）费\t0.00\t0.00\t0.00\t
\t2.公务用车购置及运行费\t20.00\t20.00\t0.00\t0.00
\t其中：（1）公务用车购置费\t0.00\t0.00\t0.00\t
\t（2）公务用车运行费\t20.00\t20.00\t0.00\t0.00
\t3.公务接待费\t12.00\t10.00\t-2.00\t-16.67`);
    const ok = columnSums.run(docOf('budget', [t]), {});
    expect(ok.map((f) => [f.status, f.refs.length])).toEqual([['pass', 4], ['pass', 4], ['pass', 4]]);
    t.rows[5]!.cells[1] = '11.00';
    expect(columnSums.run(docOf('budget', [t]), {}).map((f) => f.status)).toEqual(['pass', 'fail', 'pass']);
    t.rows.splice(3, 0, { code: null, label: '另有会议费', cells: ['1.00', '1.00', '0.00', null] });
    expect(columnSums.run(docOf('budget', [t]), {})).toEqual([]); // a row outside the shape: nothing read
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

  // 004 公开06 人员经费 part as printed (blank = 0): 301 = Σ its 款, 人员经费合计 = 301 + 303.
  const personnel004 = () =>
    tableFrom('t6.personnel', 'final.generalBasic', ['决算数'], `
301\t工资福利支出\t351.53
30101\t基本工资\t113.20
30102\t津贴补贴\t56.92
30103\t奖金\t56.14
30106\t伙食补助费\t
30107\t绩效工资\t29.33
30108\t机关事业单位基本养老保险缴费\t35.09
30109\t职业年金缴费\t7.96
30110\t职工基本医疗保险缴费\t14.26
30112\t其他社会保障缴费\t0.84
30113\t住房公积金\t35.43
30199\t其他工资福利支出\t2.37
303\t对个人和家庭的补助\t21.45
30302\t退休费\t21.39
30309\t奖励金\t0.06
\t人员经费合计\t372.99`, { part: 'personnel', group: 't6' });

  it('004 公开06 (side-by-side parts, not two sides): 类 = Σ 款 and 人员经费合计 = Σ 类 are checked; a changed 款 fails', () => {
    const ok = columnSums.run(docOf('final', [personnel004()]), {});
    expect(ok.filter((f) => f.status === 'fail')).toEqual([]);
    // The seed's own rounding: the ten 款 add to 351.54, 301 + 303 to 372.98.
    expect(ok.find((f) => / 301 工资福利支出 351\.53 ≈ 30101 基本工资 113\.20/.test(f.message))?.status).toBe('rounding');
    expect(ok.find((f) => /人员经费合计 372\.99 ≈ 301 工资福利支出 351\.53 \+ 303 对个人和家庭的补助 21\.45/.test(f.message))?.status).toBe('rounding');
    expect(ok.find((f) => / 303 对个人和家庭的补助 21\.45 = 30302 退休费 21\.39 \+ 30309 奖励金 0\.06/.test(f.message))?.status).toBe('pass');
    const t = personnel004();
    t.rows.find((r) => r.code === '30107')!.cells[0] = '30.33';
    const fails = columnSums.run(docOf('final', [t]), {}).filter((f) => f.status === 'fail');
    expect(fails.map((f) => f.refs.some((r) => r.row === 5))).toEqual([true]);
  });

  it('a 类 code printed on every 款 row (a misread code column) gives no column sums rather than false alarms', () => {
    const t = personnel004();
    t.rows.forEach((r) => {
      if (r.code?.startsWith('301')) r.code = '301';
    });
    expect(columnSums.run(docOf('final', [t]), {})).toEqual([]);
  });

  const doc001 = loadSeed('001');
  it.skipIf(!doc001)('001 表12: 预算资金总额 合计 = department = Σ its projects (only that column: the rest are targets)', () => {
    const t12 = tableOf(doc001!, 'budget.performance');
    const mine = () => columnSums.run(doc001!, {}).filter((f) => f.refs[0]!.table === t12.id);
    expect(mine().map((f) => f.status)).toEqual(['pass', 'pass']);
    expect(mine().every((f) => f.refs.every((r) => r.col === 2))).toBe(true);
    const p = t12.rows.findIndex((r) => r.cells[1] === '电镀企业搬迁改造项目');
    t12.rows[p]!.cells[2] = '556.20';
    const fails = mine().filter((f) => f.status === 'fail');
    expect(fails).toHaveLength(1);
    expect(fails[0]!.refs.some((r) => r.row === p && r.value === '556.20')).toBe(true);
  });
});
