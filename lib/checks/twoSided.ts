// Two-sided totals (issue 4, family 3) for 表1 / 表4 / 公开01 / 公开04, split by the extractor into
// income | expense parts. Items are read by their outline markers (一、 / （一） / 1、): a marked
// item is the sum of the items one level below it (so 上级补助 / 本级 add up to their parent,
// never to the total); 本年收入合计 = Σ level-1 items; 收入总计 = 本年收入合计 + carry-over rows
// (上年结转结余, 使用非财政拨款结余, 年初结转和结余 …); 支出总计 likewise; 收入总计 = 支出总计.
import type { DocModel, Finding, Table } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { cellsOf, type Operand } from './cells';
import { evaluate, type Term, allBlank } from './identity';
import { colName, isAmountColumnName, norm, outlineLevel, rowName, tableShortName } from './names';
import { isColumnNumberRow } from './columnNumberRows';

const YEAR_TOTAL = /^(?:[一二三四五六七八九十]+、)?本年(收入|支出)(合计)?$/;
const GRAND_TOTAL = /^(收入|支出)?总计$/;
const CARRY = /结转|结余/;

function amountColumns(t: Table): number[] {
  return t.columns.map((c, i) => (isAmountColumnName(c) ? i : -1)).filter((i) => i >= 0);
}

export function twoSidedPart(doc: DocModel, t: Table, rule: string): Finding[] {
  const cells = cellsOf(doc);
  const out: Finding[] = [];
  const rows = t.rows.map((r, i) => ({ i, label: norm(r.label), level: outlineLevel(r.label) }));
  const usable = rows.filter((r) => !isColumnNumberRow(t, r.i));
  const ctx = tableShortName(t);
  const yearRow = usable.find((r) => YEAR_TOTAL.test(r.label));
  const grandRow = usable.find((r) => GRAND_TOTAL.test(r.label));
  const cols = amountColumns(t);
  for (const col of cols) {
    const where = cols.length > 1 ? `${ctx} ${colName(t, col)}` : ctx;
    const op = (i: number): Operand | null => cells.operand(t, i, col, undefined, rowName(t.rows[i]!));
    const emit = (printedRow: number, termRows: number[], suffix: string) => {
      const printed = op(printedRow);
      if (!printed) return;
      const terms: Term[] = [];
      for (const r of termRows) {
        const o = op(r);
        if (o) terms.push({ op: o });
        else if (cells.read(t, r, col).kind !== 'na') return;
      }
      if (terms.length === 0) return;
      if (allBlank(printed, terms)) return;
      out.push(evaluate({ rule, context: where, printed, terms, idSuffix: suffix }));
    };
    // Marked items = Σ the items one level below.
    for (let k = 0; k < usable.length; k++) {
      const p = usable[k]!;
      if (p.level === 0) continue;
      const below: typeof usable = [];
      for (let j = k + 1; j < usable.length; j++) {
        const q = usable[j]!;
        if (q.level === 0 || q.level <= p.level) break;
        below.push(q);
      }
      if (below.length === 0) continue;
      const next = Math.min(...below.map((q) => q.level));
      emit(p.i, below.filter((q) => q.level === next).map((q) => q.i), 'outline');
    }
    // 本年收入合计 (unmarked) = Σ level-1 items above it.
    if (yearRow && yearRow.level === 0) {
      const items = usable.filter((r) => r.i < yearRow.i && r.level === 1).map((r) => r.i);
      if (items.length) emit(yearRow.i, items, 'year');
    }
    // 总计 = 本年合计 + carry-over rows between them.
    if (yearRow && grandRow && grandRow.i > yearRow.i) {
      const carry = usable
        .filter((r) => r.i > yearRow.i && r.i < grandRow.i && r.level <= 1 && CARRY.test(r.label) && !YEAR_TOTAL.test(r.label))
        .map((r) => r.i);
      emit(grandRow.i, [yearRow.i, ...carry], 'grand');
    }
  }
  return out;
}

/** 收入总计 = 支出总计 across the two parts of one table (first amount column of each: 合计). */
export function twoSidedBalance(doc: DocModel, income: Table, expense: Table, rule: string): Finding[] {
  const cells = cellsOf(doc);
  const gi = income.rows.findIndex((r) => GRAND_TOTAL.test(norm(r.label)));
  const ge = expense.rows.findIndex((r) => GRAND_TOTAL.test(norm(r.label)));
  const ci = amountColumns(income)[0];
  const ce = amountColumns(expense)[0];
  if (gi < 0 || ge < 0 || ci === undefined || ce === undefined) return [];
  const unit = cells.unitOf(expense);
  const printed = cells.operand(expense, ge, ce, unit, `支出 ${rowName(expense.rows[ge]!)}`);
  const term = cells.operand(income, gi, ci, unit, `收入 ${rowName(income.rows[gi]!)}`);
  if (!printed || !term) return [];
  return [evaluate({ rule, context: tableShortName(expense), printed, terms: [{ op: term }] })];
}

export const twoSided: Rule = {
  id: 'twoSided',
  family: 'twoSided',
  title: { zh: '收支总表：合计与总计', en: 'Two-sided tables: year totals and grand totals' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const parts = doc.tables.filter((t) => t.part === 'income' || t.part === 'expense');
    for (const t of parts) out.push(...twoSidedPart(doc, t, 'twoSided'));
    const groups = new Set(parts.map((t) => t.group).filter((g): g is string => !!g));
    for (const g of groups) {
      const inc = parts.find((t) => t.group === g && t.part === 'income');
      const exp = parts.find((t) => t.group === g && t.part === 'expense');
      if (inc && exp) out.push(...twoSidedBalance(doc, inc, exp, 'twoSided.balance'));
    }
    return out;
  },
};
