// Cross-table equalities (issue 4, family 4), only where docs/domain.md "Between tables" says the two
// figures have the same scope. Never 表3 vs 表5 (other funds), never 经济分类 vs 功能分类 items,
// never 公开03 vs 公开05 (年初结转). Amounts are converted exactly when the tables' units differ.
import type { DocModel, Finding, Table } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { cellsOf, type Operand } from './cells';
import { evaluate, statusOf, type Term, allBlank } from './identity';
import { levelOf } from './rowTree';
import { columnInferred } from './headerTree';
import { findColumn, functionClassCode, isAmountColumnName, norm, rowName, tableShortName } from './names';
import { classRows, firstAmountCol, rowBy, table, totalRow } from './lookup';

const RULE = 'crossTable';

class Cross {
  readonly out: Finding[] = [];
  constructor(readonly doc: DocModel) {}

  op(t: Table | undefined, row: number, col: number, unitOf?: Table): Operand | null {
    if (!t || row < 0 || col < 0 || columnInferred(t, col)) return null;
    const cells = cellsOf(this.doc);
    const label = `${tableShortName(t)} ${rowName(t.rows[row]!)}${t.columns[col] && !t.part ? ` ${norm(t.columns[col]!)}` : ''}`;
    return cells.operand(t, row, col, unitOf ? cells.unitOf(unitOf) : undefined, label);
  }

  equal(a: Operand | null, bs: (Operand | null)[], suffix = ''): void {
    if (!a || bs.some((b) => !b)) return;
    const terms: Term[] = (bs as Operand[]).map((op) => ({ op }));
    if (allBlank(a, terms)) return;
    this.out.push(evaluate({ rule: RULE, context: '表间核对', contextEn: 'Between tables', printed: a, terms, idSuffix: suffix }));
  }
}

/** Function class rows of a two-sided expense part, compared with the class totals of a by-code table. */
function classesVs(x: Cross, side: Table | undefined, sideCol: number, byCode: Table | undefined, col: number): void {
  if (!side || !byCode || sideCol < 0 || col < 0) return;
  // Without its own 合计 row nothing shows the by-code table is whole (a page of it may be missing,
  // as in a published excerpt that starts at 2050803): its rows cannot stand for a class.
  const total = totalRow(byCode);
  if (total < 0) return;
  // Listed by 项 alone (no 类 rows): those rows must reach the table's own 合计, else rows are
  // missing and no class can be summed from them (that gap is the by-code table's own finding).
  if (!byCode.rows.some((r) => levelOf(r) === 'class')) {
    const printed = x.op(byCode, total, col);
    const items = byCode.rows.map((r, i) => (r.code?.trim().length === 7 ? i : -1)).filter((i) => i >= 0);
    const terms = items.map((i) => x.op(byCode, i, col)).filter((o): o is Operand => !!o).map((op) => ({ op }));
    if (!printed || terms.length === 0 || statusOf(printed, terms).status === 'fail') return;
  }
  side.rows.forEach((r, i) => {
    const cls = functionClassCode(r.label);
    if (!cls || /^本年|合计|总计/.test(norm(r.label))) return;
    const rows = classRows(byCode, cls);
    const a = x.op(side, i, sideCol, side);
    if (!a) return;
    // A class the by-code table does not list cannot be compared: the table may be cut short, its
    // codes split or unread, or printed elsewhere — nothing establishes that it is absent.
    if (rows.length === 0) return;
    x.equal(a, rows.map((j) => x.op(byCode, j, col, side)), cls);
  });
}

/** 表3 (all funds) = 表5 (一般公共预算) for a unit whose 表2 row shows no other source, this year
 * or carried over: only there do the two tables have the same scope (docs/domain.md). */
function sameScopeUnits(x: Cross, t2: Table, t3: Table, t5: Table): void {
  const cells = cellsOf(x.doc);
  const others = t2.columns
    .map((c, i) => (/\//.test(c) && !/一般公共预算|小计|合计/.test(norm(c)) ? i : -1))
    .filter((i) => i >= 0);
  if (others.length === 0) return;
  const pairs: [RegExp, RegExp][] = [
    [/^合计$/, /(^|\/)合计$/],
    [/^基本支出$/, /基本支出(\/(小计|合计))?$/],
    [/^项目支出$/, /项目支出$/],
  ];
  t2.rows.forEach((row, r) => {
    const code = row.code?.trim();
    if (!code || !/^\d{3}(\d{3})?$/.test(code)) return;
    const onlyGeneral = others.every((c) => {
      const v = cells.read(t2, r, c);
      return v.kind === 'zero' || (v.kind === 'amount' && v.value.isZero());
    });
    if (!onlyGeneral) return;
    const r3 = t3.rows.findIndex((z) => z.code?.trim() === code);
    const r5 = t5.rows.findIndex((z) => z.code?.trim() === code);
    if (r3 < 0 || r5 < 0) return;
    for (const [p3, p5] of pairs) x.equal(x.op(t5, r5, findColumn(t5, p5)), [x.op(t3, r3, findColumn(t3, p3), t5)], `scope${code}`);
  });
}

export function crossTableFindings(doc: DocModel): Finding[] {
  const x = new Cross(doc);
  // ---- Budget (表1–表6)
  const t1i = table(doc, 'budget.overview', 'income');
  const t1e = table(doc, 'budget.overview', 'expense');
  const t2 = table(doc, 'budget.income');
  const t3 = table(doc, 'budget.expense');
  const t4i = table(doc, 'budget.fiscalOverview', 'income');
  const t5 = table(doc, 'budget.generalExpense');
  const t6 = table(doc, 'budget.generalBasic');
  if (t1i && t2) x.equal(x.op(t1i, rowBy(t1i, /^本年收入合计$/), firstAmountCol(t1i)), [x.op(t2, totalRow(t2), findColumn(t2, /^本年收入\/(小计|合计)$/), t1i)], 'income');
  if (t1e && t3) x.equal(x.op(t1e, rowBy(t1e, /^支出总计$|^总计$/), firstAmountCol(t1e)), [x.op(t3, totalRow(t3), findColumn(t3, /^(合计|支出合计|本年支出合计)$/), t1e)], 'total');
  if (t1e && t3) classesVs(x, t1e, firstAmountCol(t1e), t3, findColumn(t3, /^(合计|支出合计|本年支出合计)$/));
  if (t4i && t5) {
    // 表4 本年收入 一般公共预算拨款 = 表5 合计, when 表4 carries nothing over (else the scopes differ).
    const carry = rowBy(t4i, /上年结转/);
    const carryOp = carry >= 0 ? x.op(t4i, carry, firstAmountCol(t4i)) : null;
    if (!carryOp || carryOp.value.isZero())
      x.equal(x.op(t4i, rowBy(t4i, /一般公共预算/), firstAmountCol(t4i)), [x.op(t5, totalRow(t5), findColumn(t5, /(^|\/)合计$/), t4i)], 'general');
  }
  if (t2 && t3 && t5) sameScopeUnits(x, t2, t3, t5);
  if (t1i && t2) {
    // 表1 本年收入 items = 表2 合计 row, source by source (一般公共预算拨款 ↔ 本年收入/一般公共预算 …).
    const r2 = totalRow(t2);
    t1i.rows.forEach((r, i) => {
      const m = /^[一二三四五六七八九十]+、(一般公共预算|政府性基金预算|国有资本经营预算|财政专户管理|单位资金)/.exec(norm(r.label));
      if (!m) return;
      const c = findColumn(t2, /^本年收入\//, new RegExp(m[1]!));
      if (c >= 0) x.equal(x.op(t1i, i, firstAmountCol(t1i)), [x.op(t2, r2, c, t1i)], `src${m[1]}`);
    });
  }
  if (t5 && t6) {
    const r5 = totalRow(t5);
    const r6 = totalRow(t6);
    x.equal(x.op(t5, r5, findColumn(t5, /基本支出\/(小计|合计)$/)), [x.op(t6, r6, findColumn(t6, /(^|\/)合计$/), t5)], 'basic');
    x.equal(x.op(t5, r5, findColumn(t5, /人员经费$/)), [x.op(t6, r6, findColumn(t6, /人员经费$/), t5)], 'personnel');
    x.equal(x.op(t5, r5, findColumn(t5, /公用经费$/)), [x.op(t6, r6, findColumn(t6, /公用经费$/), t5)], 'public');
  }
  // ---- Final accounts (公开01–06)
  const f1i = table(doc, 'final.overview', 'income');
  const f1e = table(doc, 'final.overview', 'expense');
  const f2 = table(doc, 'final.income');
  const f3 = table(doc, 'final.expense');
  const f4e = table(doc, 'final.fiscalOverview', 'expense');
  const f5 = table(doc, 'final.generalExpense');
  const f6 = doc.tables.filter((t) => t.kind === 'final.generalBasic');
  if (f1i && f2) x.equal(x.op(f1i, rowBy(f1i, /^本年收入合计$/), firstAmountCol(f1i)), [x.op(f2, totalRow(f2), findColumn(f2, /本年收入合计$|^合计$/), f1i)], 'income');
  const f3Total = f3 ? findColumn(f3, /本年支出合计$|^合计$/) : -1;
  if (f1e && f3) x.equal(x.op(f1e, rowBy(f1e, /^本年支出合计$/), firstAmountCol(f1e)), [x.op(f3, totalRow(f3), f3Total, f1e)], 'expense');
  if (f1e && f3) classesVs(x, f1e, firstAmountCol(f1e), f3, f3Total);
  if (f4e && f5) {
    const c4 = findColumn(f4e, /一般公共预算/);
    const c5 = findColumn(f5, /(^|\/)(小计|合计)$/);
    x.equal(x.op(f4e, rowBy(f4e, /^本年支出合计$/), c4), [x.op(f5, totalRow(f5), c5, f4e)], 'general');
    classesVs(x, f4e, c4, f5, c5);
  }
  if (f5 && f6.length) {
    // 公开05 基本支出 = 公开06 人员经费合计 + 公用经费合计.
    const ops: (Operand | null)[] = [];
    for (const re of [/^人员经费合计$/, /^公用经费合计$/]) {
      const t = f6.find((tt) => rowBy(tt, re) >= 0);
      if (!t) {
        ops.push(null);
        continue;
      }
      const r = rowBy(t, re);
      const row = t.rows[r]!;
      const c = row.cells.findIndex((v, i) => v != null && v.trim() !== '' && isAmountColumnName(t.columns[i] ?? ''));
      ops.push(x.op(t, r, c, f5));
    }
    x.equal(x.op(f5, totalRow(f5), findColumn(f5, /基本支出$/)), ops, 'basic');
  }
  return x.out;
}

export const crossTable: Rule = {
  id: RULE,
  family: 'crossTable',
  title: { zh: '表间一致', en: 'Figures agree between tables' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    return crossTableFindings(doc);
  },
};
