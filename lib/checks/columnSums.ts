// Column identities (issue 4, family 2): down every amount column, each row equals the sum of
// its child rows — total = Σ departments, department = Σ units, unit = Σ its 项 rows (or project
// rows in 表10), 类 = Σ 款, 款 = Σ 项, 经济分类 类 = Σ 款, 合计 = Σ 类.
import type { DocModel, Finding, Table } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { hasArithmetic } from './scope';
import { cellsOf } from './cells';
import { evaluate, type Term, allBlank } from './identity';
import { colName, isAmountColumnName, norm, rowName, tableShortName } from './names';
import { childrenOf, levelsOf, rowParents } from './rowTree';
import { isColumnNumberRow } from './columnNumberRows';
import { isPartialListing } from './partialListing';

export function columnIdentities(doc: DocModel, t: Table, rule: string, onlyColumns?: RegExp): Finding[] {
  if (isPartialListing(t)) return [];
  const cells = cellsOf(doc);
  const kids = childrenOf(rowParents(t));
  const out: Finding[] = [];
  const amountCols = t.columns.map((c, i) => (isAmountColumnName(c) && (!onlyColumns || onlyColumns.test(norm(c))) ? i : -1)).filter((i) => i >= 0);
  for (const [p, children] of kids) {
    if (isColumnNumberRow(t, p)) continue;
    const mine: Finding[] = [];
    const rows = children.filter((c) => !isColumnNumberRow(t, c));
    if (rows.length === 0) continue;
    for (const col of amountCols) {
      const printed = cells.operand(t, p, col, undefined, rowName(t.rows[p]!));
      if (!printed) continue;
      const terms: Term[] = [];
      let ok = true;
      for (const c of rows) {
        const op = cells.operand(t, c, col, undefined, rowName(t.rows[c]!));
        if (op) terms.push({ op });
        else if (cells.read(t, c, col).kind !== 'na') {
          ok = false;
          break;
        }
      }
      if (!ok || terms.length === 0) continue;
      if (allBlank(printed, terms)) continue;
      const ctx = `${tableShortName(t)} ${colName(t, col)}：`;
      mine.push(evaluate({ rule, context: ctx, contextEn: `${tableShortName(t)} column ${colName(t, col)}`, printed, terms }));
    }
    if (!childrenMissing(mine)) out.push(...mine);
  }
  return out;
}

/** A parent that disagrees with its children in most columns at once is missing child rows (a table
 * split over pages, a lost code), not wrong in every column: a wrong cell breaks one column. */
export function childrenMissing(mine: Finding[]): boolean {
  const informative = mine.filter((f) => !(f.actual === '0.00' && /^-?0(\.0+)?$/.test(f.expected ?? '')));
  const fails = informative.filter((f) => f.status === 'fail').length;
  return fails >= 3 && fails * 2 > informative.length;
}

const PERFORMANCE_AMOUNT = /资金|金额/;

function isTwoSidedPart(t: Table): boolean {
  return t.part === 'income' || t.part === 'expense';
}

/** A 类 code printed on several rows (every 款 row of a PDF read as "301") says the code column
 * was misread: the outline cannot be rebuilt from it, so its sums would be false alarms. */
export function classCodesRepeat(t: Table): boolean {
  const seen = new Set<string>();
  const levels = levelsOf(t);
  for (let i = 0; i < t.rows.length; i++) {
    if (levels[i] !== 'class') continue;
    const c = t.rows[i]!.code?.trim() ?? '';
    if (seen.has(c)) return true;
    seen.add(c);
  }
  return false;
}

export const columnSums: Rule = {
  id: 'columnSums',
  family: 'columnSums',
  title: { zh: '上级行 = 下级行之和', en: 'Parent rows equal the sum of their child rows' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    // Two-sided tables have their own outline (twoSided.ts); side-by-side parts that are not two
    // sides (公开06 人员经费 | 公用经费, each 经济分类 类 over its 款) sum down like any table.
    // 表12 lists targets beside one amount column (预算资金总额): 合计 = Σ departments = Σ projects there.
    const performance = doc.tables.filter((t) => /performance/.test(t.kind) && t.rows.length > 0);
    return [
      ...doc.tables.filter((t) => !isTwoSidedPart(t) && hasArithmetic(t) && !classCodesRepeat(t)).flatMap((t) => columnIdentities(doc, t, 'columnSums')),
      ...performance.flatMap((t) => columnIdentities(doc, t, 'columnSums', PERFORMANCE_AMOUNT)),
    ];
  },
};
