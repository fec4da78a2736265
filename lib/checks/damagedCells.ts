// Damaged cells (docs/domain.md "Number forms"): "172. 4" in a column of x.xx amounts lost a digit in
// extraction. The identities that need it cannot run; rather than skip them silently, say so on
// the cell (info: the document may well be right, the copy we read is not).
import { noteFinding } from './noteFinding';
import type { DocModel, Finding } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { hasArithmetic } from './scope';
import { cellsOf } from './cells';
import { findingId } from './identity';
import { colName, isAmountColumnName, rowName, tableShortName } from './names';

export function damagedCellFindings(doc: DocModel): Finding[] {
  const cells = cellsOf(doc);
  const out: Finding[] = [];
  for (const t of doc.tables) {
    if (!hasArithmetic(t) && !/performance/.test(t.kind)) continue;
    t.rows.forEach((row, r) => {
      row.cells.forEach((text, c) => {
        if (text == null || !isAmountColumnName(t.columns[c] ?? '')) return;
        const read = cells.read(t, r, c);
        if (read.kind !== 'damaged') return;
        const where = `${tableShortName(t)} ${rowName(row)} ${colName(t, c)}`;
        const ref = { table: t.id, row: r, col: c, page: t.page ?? null, text, value: text };
        out.push(noteFinding({
          id: findingId('damagedCell', [ref]),
          rule: 'damagedCell',
          severity: 'info',
          message: `${where} “${text}”读不出完整数字（${read.reason}），用到它的行、列核对未能进行`,
          messageEn: `${where} "${text}" could not be read as a whole number (${read.reason}); the checks that use it did not run`,
          actual: text,
          refs: [ref],
        }));
      });
    });
  }
  return out;
}

export const damagedCells: Rule = {
  id: 'damagedCell',
  family: 'damagedCells',
  title: { zh: '受损的数字', en: 'Damaged numbers' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    return damagedCellFindings(doc);
  },
};
