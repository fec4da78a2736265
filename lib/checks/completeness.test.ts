import { describe, expect, it } from 'vitest';
import { completeness } from './completeness';
import { docOf, tableFrom } from './testTables';
import { expense004 } from './finalTables.test-data';

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
