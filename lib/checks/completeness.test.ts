import { describe, expect, it } from 'vitest';
import { completeness } from './completeness';
import { docOf, tableFrom } from '../../tests/support/tables';
import { expense004 } from '../../tests/support/finalTables';

// 004's 公开08 as printed: one empty 合计 row, and the note "说明：本表无数据".
const stateCapital = (notes: string[]) =>
  tableFrom('t7', 'final.stateCapital', ['本年支出/合计', '本年支出/基本支出', '本年支出/项目支出'], '\t合计\t\t\t', { notes, title: '国有资本经营预算财政拨款支出决算表' });

describe('completeness', () => {
  it('an empty table with "本表无数据" and every announced table present: nothing to say', () => {
    const doc = docOf('final', [expense004(), stateCapital(['注：本表反映部门本年度国有资本经营预算财政拨款支出情况。', '说明：本表无数据'])], {
      announcedTables: ['支出决算表', '国有资本经营预算财政拨款支出决算表'],
    });
    expect(completeness.run(doc, {})).toEqual([]);
  });

  it('004: 公开07 announced in the 目录 but absent; an empty table without the note', () => {
    const doc = docOf('final', [expense004(), stateCapital(['注：本表反映部门本年度国有资本经营预算财政拨款支出情况。'])], {
      announcedTables: ['支出决算表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表'],
    });
    const fs = completeness.run(doc, {});
    expect(fs.map((f) => [f.rule, f.status, f.severity])).toEqual([
      ['completeness.missing', 'fail', 'warning'],
      ['completeness.emptyWithoutNote', 'fail', 'warning'],
    ]);
    expect(fs[0]!.message).toContain('《政府性基金预算财政拨款收入支出决算表》');
    expect(fs[1]!.refs[0]!.table).toBe('t7');
  });
});

describe('completeness across regions (issue 10)', () => {
  const t = (id: string, kind: string, title: string, rows = '\t合计\t12.00') => tableFrom(id, kind, ['合计'], rows, { title });
  const narrative = { text: '2024年收入预算12.00万元。', statements: [{ id: 's1', start: 0, end: 18, section: null, subject: '收入总计', path: null, shareOf: null, flat: false, figures: [] }] };
  const altered = () => [
    t('t1', 'final.overview', '收入支出决算总表'),
    t('t2', 'final.income', '收入决算表'),
    // 支出决算表 was deleted here.
    t('t4', 'final.fiscalOverview', '财政拨款收入支出决算总表'),
    t('t5', 'final.generalExpense', '一般公共预算财政拨款支出决算表'),
    // Misread as final.expense by its kind: its title still says which table it is.
    t('t6', 'final.expense', '一般公共预算财政拨款基本支出决算表'),
  ];
  const list = ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表'];

  it('the altered Putuo copy: the deleted 支出决算表 is reported, citing its 目录 line', () => {
    const fs = completeness.run(docOf('final', altered(), { announcedTables: list }), {});
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['completeness.missing', 'warning']]);
    expect(fs[0]!.message).toMatch(/目录第 3 项列出《支出决算表》/);
  });

  it('titles as other regions print them (numbering, year, department, 部门/单位) match their 目录 lines', () => {
    const tables = [
      t('t1', 'other', '表1 2026年上海市普陀区司法局部门财务收支预算总表'),
      t('t2', 'other', '公开02表 2026年部门收入预算总表'),
      t('t3', 'other', '附表3：单位支出预算总表'),
    ];
    const doc = docOf('budget', tables, { announcedTables: ['部门财务收支预算总表', '部门收入预算总表', '部门支出预算总表'], narrative });
    expect(completeness.run(doc, {})).toEqual([]);
  });

  it('an unrecognised table where the 目录 puts the missing one: one info, no warning', () => {
    const tables = altered();
    tables.splice(2, 0, t('t3', 'other', ''));
    const fs = completeness.run(docOf('final', tables, { announcedTables: list }), {});
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['completeness.unmatched', 'info']]);
  });

  it('without a 目录, a standard table of the kind that is absent is a warning; a narrative-only file says so once', () => {
    const budget = ['overview', 'income', 'expense', 'fiscalOverview', 'generalExpense', 'generalBasic', 'govFund'].map((k, i) => t(`t${i + 1}`, `budget.${k}`, ''));
    const fs = completeness.run(docOf('budget', budget, { narrative, format: 'pdf' }), {});
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['completeness.standardMissing', 'warning']]);
    // A web page may link the rest of the disclosure: not held to the set.
    expect(completeness.run(docOf('budget', budget, { narrative, format: 'html' }), {})).toEqual([]);
    expect(fs[0]!.message).toContain('三公');
    const only = completeness.run(docOf('budget', [], { narrative, announcedTables: list }), {});
    expect(only.map((f) => [f.rule, f.status, f.severity])).toEqual([['completeness.narrativeOnly', 'pass', 'info']]);
  });

  it('a blank table (header only) without the note is flagged; one listing its items at 0.00 is not', () => {
    const blank = tableFrom('t7', 'final.threePublic', ['预算数/合计', '决算数/合计'], '\t预算数\t\t', { title: '财政拨款“三公”经费支出决算表' });
    const zeros = tableFrom('t8', 'final.govFund', ['本年支出/合计'], '\t合计\t0.00\n2082299\t其他大中型水库移民后期扶持基金支出\t0.00', { title: '政府性基金预算财政拨款收入支出决算表' });
    const fs = completeness.run(docOf('final', [blank, zeros]), {});
    expect(fs.map((f) => [f.rule, f.refs[0]!.table])).toEqual([['completeness.emptyWithoutNote', 't7']]);
  });
});
