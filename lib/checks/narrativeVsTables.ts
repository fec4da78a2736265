// Narrative against the tables (issue 4, family 5): each figure the 情况说明 states equals the
// table figure of the same scope — totals, 基本/项目支出, function classes (the sum of that class's
// 项 rows over all units), a 项 named by its 类/款/项 path (the sum of that 项 over all units),
// 人员/公用经费, 三公 and its parts (表7 / 公开09 决算数), 政府采购. The section the sentence sits in
// says which table (部门支出 → 表3, 财政拨款 → 表4, 一般公共预算 → 表5 …). 机关运行经费 against
// 公用经费 is a warning only (docs/domain.md: they normally agree).
import type { DocModel, Finding, Statement, Table } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { cellsOf, type Operand } from './cells';
import Decimal from 'decimal.js';
import { exactInterval } from '../amount/interval';
import { evaluate, findingId, formatAmount, statusOf } from './identity';
import { levelsOf } from './rowTree';
import { columnInferred } from './headerTree';
import { figure, figureOperand, unitOfFigure } from './figures';
import { classRows, firstAmountCol, rowBy, table, totalRow } from './lookup';
import { findColumn, functionClassCode, isAmountColumnName, norm, rowName, tableShortName } from './names';
import { evaluateRatio } from './ratio';
import { addIntervals } from '../amount/interval';
import { normaliseSubject } from '../extract/narrative/subjects';

const RULE = 'narrative.table';

interface Target {
  ops: Operand[];
  /** Severity when the figures disagree (warning for 机关运行经费 vs 公用经费). */
  severity?: 'error' | 'warning';
  note?: string;
}

function cell(doc: DocModel, t: Table | undefined, row: number, col: number): Operand | null {
  if (!t || row < 0 || col < 0 || columnInferred(t, col)) return null;
  const label = [tableShortName(t), rowName(t.rows[row]!), t.part ? '' : norm(t.columns[col] ?? '')].filter(Boolean).join(' ');
  return cellsOf(doc).operand(t, row, col, undefined, label);
}

function one(op: Operand | null): Target | null {
  return op ? { ops: [op] } : null;
}

function sumRows(doc: DocModel, t: Table | undefined, rows: number[], col: number): Target | null {
  if (!t || rows.length === 0 || col < 0) return null;
  const ops = rows.map((r) => cell(doc, t, r, col));
  return ops.every((o) => o) ? { ops: ops as Operand[] } : null;
}

/** 项 rows named `name` under class `cls`, grouped by code (several units may repeat one 项). Two
 * 项 may share a name under one 类 (一般行政管理事务 is 2150202 and 2150502): the narrative's figure
 * is then compared with the one whose sum is nearest to it, and the message says so. */
function itemRows(doc: DocModel, t: Table, cls: string, name: string, col: number, near: Decimal | null): { rows: number[]; namesakes: number } | null {
  const byCode = new Map<string, number[]>();
  t.rows.forEach((r, i) => {
    const code = r.code?.trim() ?? '';
    if (code.length === 7 && code.startsWith(cls) && norm(r.label) === norm(name)) byCode.set(code, [...(byCode.get(code) ?? []), i]);
  });
  const groups = [...byCode.values()];
  if (groups.length <= 1) return groups[0] ? { rows: groups[0], namesakes: 1 } : null;
  if (!near || col < 0) return null;
  const cells = cellsOf(doc);
  let best: number[] | null = null;
  let bestGap: Decimal | null = null;
  for (const g of groups) {
    let sum = new Decimal(0);
    for (const r of g) {
      const op = cells.operand(t, r, col);
      if (!op) return null;
      sum = sum.plus(op.value);
    }
    const gap = sum.minus(near).abs();
    if (!bestGap || gap.lt(bestGap)) [best, bestGap] = [g, gap];
  }
  return best ? { rows: best, namesakes: groups.length } : null;
}

function budgetTarget(doc: DocModel, st: Statement): Target | null {
  const sec = norm(st.section ?? '');
  const subj = norm(st.subject);
  const t1i = table(doc, 'budget.overview', 'income');
  const t1e = table(doc, 'budget.overview', 'expense');
  const t2 = table(doc, 'budget.income');
  const t3 = table(doc, 'budget.expense');
  const t4e = table(doc, 'budget.fiscalOverview', 'expense');
  const t5 = table(doc, 'budget.generalExpense');
  const t6 = table(doc, 'budget.generalBasic');
  const t7 = table(doc, 'budget.threePublic');
  const t10 = table(doc, 'budget.procurement');
  const t11 = table(doc, 'budget.purchaseService');
  const departmental = /部门(收支|收入|支出)/.test(sec);
  if (departmental && /^(收支总计|收入总计)$/.test(subj) && t1i) return one(cell(doc, t1i, rowBy(t1i, /^收入总计$|^总计$/), firstAmountCol(t1i)));
  if (departmental && subj === '支出总计' && t1e) return one(cell(doc, t1e, rowBy(t1e, /^支出总计$|^总计$/), firstAmountCol(t1e)));
  // 财政拨款收支总预算 → 表4 总计 (both sides print it); 一般公共预算支出 → 表5 合计.
  const t4i = table(doc, 'budget.fiscalOverview', 'income');
  if (/^财政拨款(收支|收入)总计$/.test(subj) && t4i) return one(cell(doc, t4i, rowBy(t4i, /^收入总计$|^总计$/), firstAmountCol(t4i)));
  if (subj === '财政拨款支出总计' && t4e) return one(cell(doc, t4e, rowBy(t4e, /^支出总计$|^总计$/), firstAmountCol(t4e)));
  if (subj === '一般公共预算支出' && /一般公共预算/.test(sec) && t5) return one(cell(doc, t5, totalRow(t5), findColumn(t5, /^合计$/)));
  if (departmental && t2 && /^(一般公共预算拨款|单位资金|政府性基金预算拨款)$/.test(subj)) {
    const src = subj.replace(/拨款$/, '');
    return one(cell(doc, t2, totalRow(t2), findColumn(t2, /^本年收入\//, new RegExp(src))));
  }
  if (/^(基本支出|项目支出)$/.test(subj)) {
    if (/部门支出|部门收支/.test(sec) && t3) return one(cell(doc, t3, totalRow(t3), findColumn(t3, new RegExp(`^${subj}$`))));
    if (/一般公共预算支出/.test(sec) && t5)
      return one(cell(doc, t5, totalRow(t5), subj === '基本支出' ? findColumn(t5, /基本支出(\/(小计|合计))?$/) : findColumn(t5, /项目支出$/)));
    if (/基本支出/.test(sec) && t6 && subj === '基本支出') return one(cell(doc, t6, totalRow(t6), findColumn(t6, /(^|\/)合计$/)));
  }
  if (/^(人员经费|公用经费)$/.test(subj) && /基本支出/.test(sec) && t6) return one(cell(doc, t6, totalRow(t6), findColumn(t6, new RegExp(`${subj}$`))));
  const cls = functionClassCode(subj);
  if (cls && (!st.path || st.path.length === 1)) {
    if (departmental && t3) return sumRows(doc, t3, classRows(t3, cls), findColumn(t3, /^合计$/));
    if (/财政拨款/.test(sec) && t4e) return one(cell(doc, t4e, t4e.rows.findIndex((r) => functionClassCode(r.label) === cls && !/本年|合计/.test(r.label)), firstAmountCol(t4e)));
    if (/一般公共预算/.test(sec) && t5) return sumRows(doc, t5, classRows(t5, cls), findColumn(t5, /^合计$|(^|\/)合计$/));
  }
  if (st.path?.length === 3 && /一般公共预算/.test(sec) && t5) {
    const c = functionClassCode(st.path[0]!);
    const col = findColumn(t5, /^合计$|(^|\/)合计$/);
    const amount = figure(st, 'amount');
    // "nearest" in the table's unit: a narrative in 万元 against a table in 元 is ×10000 apart
    const near = amount ? figureOperand(st, amount, cellsOf(doc).unitOf(t5))?.value ?? null : null;
    const hit = c ? itemRows(doc, t5, c, st.path[2]!, col, near) : null;
    const target = hit ? sumRows(doc, t5, hit.rows, col) : null;
    if (target && hit!.namesakes > 1) target.note = `表5 中${st.path[0]}下有 ${hit!.namesakes} 个同名的“${st.path[2]}”项，取合计最接近的 ${t5.rows[hit!.rows[0]!]!.code}`;
    if (target) return target;
  }
  if (/三公/.test(sec) && t7) {
    const col = threePublicCol(doc, t7, subj, '');
    if (col >= 0) return one(cell(doc, t7, totalRow(t7), col));
  }
  if (/政府采购/.test(sec) && t10) {
    const col =
      subj === '政府采购' ? findColumn(t10, /资金类型\/合计$/) : subj === '集中采购' ? findColumn(t10, /集中采购\/小计$/) : subj === '分散采购' ? findColumn(t10, /分散采购\/小计$/) : -1;
    if (col >= 0) return one(cell(doc, t10, totalRow(t10), col));
    // 按资金来源: "一般公共预算安排采购支出预算177.30万元" → 资金类型/一般公共预算(拨款) (财政专户管理资金
    // is headed 财政专户管理的收入 in 000: matched on the first four characters).
    const src = /^(一般公共预算|政府性基金预算|国有资本经营预算|财政专户管理资金|单位资金)安排采购支出$/.exec(subj);
    if (src) return one(cell(doc, t10, totalRow(t10), findColumn(t10, /资金类型\//, new RegExp(`\\/${src[1]!.slice(0, 4)}`))));
    // 按项目类型: 货物类 = 集中采购/货物类 + 分散采购/货物类 (a kind may sit under one of them only).
    const kind = /^(货物|工程|服务)类?$/.exec(subj);
    if (kind) {
      const cols = t10.columns.map((c, i) => (new RegExp(`项目类型\\/(集中|分散)采购\\/${kind[1]}类?$`).test(norm(c)) ? i : -1)).filter((i) => i >= 0);
      const ops = cols.map((c) => cell(doc, t10, totalRow(t10), c));
      if (ops.length && ops.every((o) => o)) return { ops: ops as Operand[] };
    }
  }
  if (/政府购买服务/.test(sec) && subj === '政府购买服务' && t11) return one(cell(doc, t11, totalRow(t11), findColumn(t11, /(^|\/)合计$/)));
  // "通过一般公共预算安排购买服务支出预算162.78万元" → 表11 资金类型/一般公共预算拨款.
  const buySrc = /^(一般公共预算|政府性基金预算|国有资本经营预算|财政专户管理资金|单位资金)安排购买服务支出$/.exec(subj);
  if (/政府购买服务/.test(sec) && buySrc && t11) return one(cell(doc, t11, totalRow(t11), findColumn(t11, /资金类型\//, new RegExp(`\\/${buySrc[1]!.slice(0, 4)}`))));
  // 财政拨款收支 section: "收入包括：一般公共预算拨款10,228.08万元" → 表4 本年收入 一般公共预算.
  if (/财政拨款/.test(sec) && /^一般公共预算(拨款)?$/.test(subj) && t4i) return one(cell(doc, t4i, rowBy(t4i, /^(\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)?一般公共预算(拨款)?(收入)?$/), firstAmountCol(t4i)));
  if (subj === '机关运行经费') {
    // The 三公 table prints the same figure in its own 机关运行经费 column (Shanghai): an identity.
    const col = t7 ? findColumn(t7, /机关运行经费/) : -1;
    const own = col >= 0 ? cell(doc, t7, firstDataRow(t7!), col) : null;
    if (own) return one(own);
    const t = t6 ?? t5;
    const op = t ? cell(doc, t, totalRow(t), findColumn(t, /公用经费$/)) : null;
    if (op) return { ops: [op], severity: 'warning', note: '机关运行经费通常等于行政单位的公用经费，差异值得核实（不一定是错误）' };
  }
  return null;
}

/** 三公 columns by subject; `group` selects 预算数/决算数 in 公开09. The columns are trusted only
 * when the 合计 row adds up across them (a shifted header would otherwise name the wrong column). */
function threePublicCol(doc: DocModel, t: Table, subj: string, group: string): number {
  const g = group ? new RegExp(`^${group}\\/`) : /./;
  const total = findColumn(t, g, /三公.*\/合计$|^(预算数|决算数)\/合计$|^合计$/);
  const abroad = findColumn(t, g, /(^|\/)因公出国\(境\)费$/);
  const car = findColumn(t, g, /公务用车购置及运行维护费\/小计$/);
  const reception = findColumn(t, g, /(^|\/)公务接待费$/);
  if (subj !== '会议费' && subj !== '培训费' && !addsUp(doc, t, total, [abroad, car, reception])) return -1;
  if (subj === '三公经费') return total;
  if (/因公出国/.test(subj)) return abroad;
  if (subj === '公务接待费') return reception;
  if (subj === '公务用车购置及运行维护费') return findColumn(t, g, /公务用车购置及运行维护费\/小计$/);
  if (/^公务用车购置(费|支出)$/.test(subj)) return findColumn(t, g, /公务用车购置费$/);
  if (subj === '公务用车运行维护费') return findColumn(t, g, /公务用车运行维护费$/);
  if (!group && subj === '会议费') return findColumn(t, /^会议费$/);
  if (!group && subj === '培训费') return findColumn(t, /培训费\/小计$/);
  return -1;
}

function finalTarget(doc: DocModel, st: Statement): Target | null {
  const sec = norm(st.section ?? '');
  const subj = norm(st.subject);
  const f1i = table(doc, 'final.overview', 'income');
  const f1e = table(doc, 'final.overview', 'expense');
  const f3 = table(doc, 'final.expense');
  const f4i = table(doc, 'final.fiscalOverview', 'income');
  const f4e = table(doc, 'final.fiscalOverview', 'expense');
  const f5 = table(doc, 'final.generalExpense');
  const f6 = doc.tables.filter((t) => t.kind === 'final.generalBasic');
  const f9 = table(doc, 'final.threePublic');
  if (/^(收入总计|收支总计|收入支出总计)$/.test(subj) && f1i) return one(cell(doc, f1i, rowBy(f1i, /^(收入)?总计$/), firstAmountCol(f1i)));
  if (subj === '支出总计' && f1e) return one(cell(doc, f1e, rowBy(f1e, /^(支出)?总计$/), firstAmountCol(f1e)));
  if (subj === '收入合计' && f1i) return one(cell(doc, f1i, rowBy(f1i, /^本年收入合计$/), firstAmountCol(f1i)));
  if (subj === '支出合计' && f1e) return one(cell(doc, f1e, rowBy(f1e, /^本年支出合计$/), firstAmountCol(f1e)));
  // "财政拨款收入支出总计X万元" (normalised 财政拨款收支总计) is 公开04's 总计, printed on both sides.
  if (/^财政拨款(收入|收支)总计$/.test(subj) && f4i) return one(cell(doc, f4i, rowBy(f4i, /^(收入)?总计$/), firstAmountCol(f4i)));
  if (subj === '财政拨款支出总计' && f4e) return one(cell(doc, f4e, rowBy(f4e, /^(支出)?总计$/), firstAmountCol(f4e)));
  if (/^(基本支出|项目支出)$/.test(subj) && f3 && st.shareOf === '支出合计') return one(cell(doc, f3, totalRow(f3), findColumn(f3, new RegExp(`^${subj}$`))));
  if (subj === '基本支出' && /基本支出/.test(sec) && f5) return one(cell(doc, f5, totalRow(f5), findColumn(f5, /基本支出$/)));
  if (/^(人员经费|公用经费)$/.test(subj) && /基本支出/.test(sec)) {
    const re = new RegExp(`^${subj}合计$`);
    const t = f6.find((x) => rowBy(x, re) >= 0);
    if (t) return one(cell(doc, t, rowBy(t, re), firstAmountCol(t)));
  }
  const cls = functionClassCode(subj);
  if (cls && f5 && (st.shareOf === '一般公共预算支出' || (/一般公共预算/.test(sec) && st.path?.length === 1)))
    return sumRows(doc, f5, classRows(f5, cls), findColumn(f5, /(^|\/)(小计|合计)$/));
  if (subj === '一般公共预算支出' && f5) return one(cell(doc, f5, totalRow(f5), findColumn(f5, /(^|\/)(小计|合计)$/)));
  if (/三公/.test(sec) && f9) {
    const col = threePublicCol(doc, f9, subj, '决算数');
    if (col >= 0) return one(cell(doc, f9, firstDataRow(f9), col));
  }
  const f10 = table(doc, 'final.info');
  if (f10) {
    const hit = infoTarget(doc, f10, subj, sec);
    if (hit) return hit;
  }
  if (subj === '机关运行经费') {
    const t = f6.find((x) => rowBy(x, /^公用经费合计$/) >= 0);
    const op = t ? cell(doc, t, rowBy(t, /^公用经费合计$/), firstAmountCol(t)) : null;
    if (op) return { ops: [op], severity: 'warning', note: '机关运行经费通常等于行政单位的公用经费，差异值得核实（不一定是错误）' };
  }
  return null;
}

/** 公开10 prints the narrative's 政府采购 (合计, 货物, 工程, 服务) and 机关运行经费 (行政单位 +
 * 参照公务员法管理事业单位) as its own rows: the same figures, so a difference is an error. */
function infoTarget(doc: DocModel, t: Table, subj: string, sec: string): Target | null {
  const labels = t.rows.map((r) => norm(r.label));
  const col = t.columns.findIndex((c) => /统计数|金额/.test(norm(c)));
  if (col < 0) return null;
  const heading = (re: RegExp) => labels.findIndex((l) => re.test(l));
  const below = (h: number) => {
    const rows: number[] = [];
    for (let i = h + 1; i < labels.length && !/^[一二三四五六七八九十]+、/.test(labels[i]!); i++) rows.push(i);
    return rows;
  };
  const proc = heading(/^[一二三四五六七八九十]+、政府采购/);
  if (proc >= 0 && /政府采购/.test(sec)) {
    const rows = below(proc);
    const want = subj === '政府采购' ? /^合计$/ : /^(货物|工程|服务)类?$/.test(subj) ? new RegExp(`^${subj.replace(/类$/, '')}(类)?$`) : null;
    const r = want ? rows.find((i) => want.test(labels[i]!)) : undefined;
    if (r !== undefined) return one(cell(doc, t, r, col));
  }
  const run = heading(/^[一二三四五六七八九十]+、机关运行经费/);
  if (run >= 0 && subj === '机关运行经费') return sumRows(doc, t, below(run), col);
  return null;
}

/** With no unit on the table (nor the document), a table sum that is a power of ten (10³ or more)
 * times the narrative's figure means the two are in different units (元 against 万元): not checked,
 * never failed. */
export function unitMismatch(x: Operand, ops: Operand[]): boolean {
  if (x.value.isZero()) return false;
  const sum = ops.reduce((a, o) => a.plus(o.value), new Decimal(0));
  if (sum.isZero()) return false;
  const ratio = sum.div(x.value).abs();
  return [3, 4, 8].some((k) => {
    const p = new Decimal(10).pow(k);
    return ratio.div(p).minus(1).abs().lt(0.01);
  });
}

/** Counts the tables hold: 表12's projects (one row each under its unit), 公开10's 车辆数合计.
 * Counts are exact. The project count is a warning: 表12 may leave out what the sentence excludes. */
function countFinding(doc: DocModel, st: Statement): Finding | null {
  const c = figure(st, 'count');
  if (!c || c.value == null || !/^\d+(\.0+)?$/.test(c.value)) return null;
  const subj = norm(st.subject);
  const sec = norm(st.section ?? '');
  const exact = (op: Operand): Operand => ({ ...op, interval: exactInterval(op.value) });
  let target: Operand | null = null;
  let severity: 'error' | 'warning' = 'error';
  const t12 = doc.kind === 'budget' ? table(doc, 'budget.performance') : undefined;
  const t10 = doc.kind === 'final' ? table(doc, 'final.info') : undefined;
  if (t12 && subj === '项目' && /绩效/.test(sec) && /个/.test(c.unit ?? '')) {
    const nameCol = findColumn(t12, /项目名称/);
    if (nameCol < 0) return null;
    const levels = levelsOf(t12);
    const n = t12.rows.filter((r, i) => levels[i] === 'unit' && (r.cells[nameCol] ?? '').trim() !== '').length;
    if (n === 0) return null;
    const v = new Decimal(n);
    target = { value: v, interval: exactInterval(v), display: String(n), decimals: 0, label: `${tableShortName(t12)} 项目行数`, ref: { table: t12.id, row: null, col: nameCol, page: t12.page ?? null, text: null, value: String(n) } };
    severity = 'warning';
  } else if (t10 && /^车辆$|公务用车保有量/.test(subj) && !/购置|更新/.test(subj) && c.unit === '辆') {
    const r = rowBy(t10, /车辆数?合计/);
    const op = r >= 0 ? cell(doc, t10, r, t10.columns.findIndex((x) => /统计数|数量/.test(norm(x)))) : null;
    target = op ? exact(op) : null;
  }
  if (!target) return null;
  const x = figureOperand(st, c, null, `说明“${st.subject}”`);
  if (!x) return null;
  return evaluate({ rule: RULE, context: '说明与表格：', printed: exact(x), terms: [{ op: target }], failSeverity: severity });
}

/** Whether the total column equals the sum of the part columns (within rounding) on the total row. */
function addsUp(doc: DocModel, t: Table, total: number, parts: number[]): boolean {
  if (total < 0 || parts.some((p) => p < 0)) return false;
  const r = firstDataRow(t);
  const printed = cell(doc, t, r, total);
  const ops = parts.map((p) => cell(doc, t, r, p));
  if (!printed || ops.some((o) => !o)) return false;
  return statusOf(printed, (ops as Operand[]).map((op) => ({ op }))).status !== 'fail';
}

/** 公开09 prints one data row (the department), sometimes under a 合计 label. */
function firstDataRow(t: Table): number {
  const tr = totalRow(t);
  return tr >= 0 ? tr : t.rows.findIndex((r) => r.cells.some((c) => c != null && /\d/.test(c)));
}

export function narrativeVsTablesFindings(doc: DocModel): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const sts = doc.narrative?.statements ?? [];
  const byId = new Map(sts.map((s) => [s.id, s]));
  const parentOf = new Map<string, Statement>();
  for (const s of sts) for (const c of s.components ?? []) parentOf.set(c, byId.get(s.id)!);
  for (const st of sts) {
    // "行政运行1,173.40万元，其中：基本支出…、项目支出…" — the parts of one item, not the department's totals.
    const parent = parentOf.get(st.id);
    if (parent && (parent.path?.length || functionClassCode(parent.subject))) continue;
    const amount = figure(st, 'amount');
    if (!amount) {
      const c = countFinding(doc, st);
      if (c) out.push(c);
      continue;
    }
    if (unitOfFigure(amount) === null) continue;
    const target = doc.kind === 'final' ? finalTarget(doc, st) : budgetTarget(doc, st);
    if (!target || target.ops.length === 0) continue;
    const unit = cellsOf(doc).unitOf(doc.tables.find((t) => t.id === target.ops[0]!.ref.table)!);
    const x = figureOperand(st, amount, unit, `说明“${st.subject}”`);
    if (!x) continue;
    if (!unit && unitMismatch(x, target.ops)) continue;
    const f = evaluate({ rule: RULE, context: '说明与表格：', printed: x, terms: target.ops.map((op) => ({ op })), failSeverity: target.severity, unit });
    if (target.note && f.status === 'fail') f.message += `（${target.note}）`;
    // The same sentence restated (derived statements copy the figure under another id) gives the
    // same finding once: the figure is known by where it is printed.
    const key = `${amount.start}:${amount.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** A function class's listed uses ("科学技术支出…用于人员基本工资118.06万元、津贴补贴…") are parts
 * of the department's 人员经费 款 in 表6 / 公开06 (301xx, 303xx): one class's share cannot exceed the
 * department's whole 款. Not an equality (other classes pay their part), and project funds may pay
 * wages too: a warning (docs/domain.md: 004 人员基本工资 118.06 vs 30101 基本工资 113.20). */
export function partsWithinDepartment(doc: DocModel): Finding[] {
  const sts = doc.narrative?.statements ?? [];
  const basic = doc.tables.filter((t) => t.kind === 'final.generalBasic' || t.kind === 'budget.generalBasic');
  if (!basic.length) return [];
  const byName = new Map<string, { t: Table; row: number }>();
  for (const t of basic)
    t.rows.forEach((r, i) => {
      if (/^30[13]\d\d$/.test(r.code?.trim() ?? '')) byName.set(norm(r.label), { t, row: i });
    });
  const out: Finding[] = [];
  const byId = new Map(sts.map((x) => [x.id, x]));
  for (const whole of sts) {
    if (!functionClassCode(whole.subject) || !whole.components?.length) continue;
    for (const id of whole.components) {
      const st = byId.get(id);
      const f = st && figure(st, 'amount');
      if (!st || !f) continue;
      const hit = byName.get(norm(st.subject).replace(/^人员/, '').replace(/支出$/, ''));
      if (!hit) continue;
      const col = hit.t.rows[hit.row]!.cells.findIndex((c, i) => c != null && c.trim() !== '' && isAmountColumnName(hit.t.columns[i] ?? ''));
      const dept = col >= 0 ? cell(doc, hit.t, hit.row, col) : null;
      const x = dept ? figureOperand(st, f, cellsOf(doc).unitOf(hit.t), `说明“${whole.subject}”中的“${st.subject}”`) : null;
      if (!dept || !x) continue;
      const above = x.interval.lo.gt(dept.interval.hi);
      out.push({
        id: findingId('narrative.partOfWhole', [x.ref, dept.ref]),
        rule: 'narrative.partOfWhole',
        status: above ? 'fail' : 'pass',
        severity: above ? 'warning' : 'info',
        message: `说明与表格： ${x.label} ${x.display} ${above ? '>' : '≤'} ${dept.label} ${dept.display}${above ? '（一个功能分类中的该项支出超过了全部门的同一经济分类款，值得核实）' : ''}`,
        messageEn: `${st.subject} ${x.display} of ${whole.subject} ${above ? 'exceeds' : 'is within'} the department's whole ${dept.label} ${dept.display}`,
        expected: `≤ ${dept.display}`,
        actual: x.display,
        difference: above ? formatAmount(x.value.minus(dept.value), Math.max(x.decimals, dept.decimals)) : null,
        refs: [x.ref, dept.ref],
      });
    }
  }
  return out;
}

/** Shares whose base is only in a table ("占“三公”经费的26.86%" where the narrative never prints the
 * 三公 total): the base is looked up like a narrative amount of that subject in the same section
 * would be (same table targets, same conservatism), and P% = part ÷ table figure. */
export function sharesOfTableBases(doc: DocModel): Finding[] {
  const sts = doc.narrative?.statements ?? [];
  const out: Finding[] = [];
  sts.forEach((st, i) => {
    const amount = figure(st, 'amount');
    const s = figure(st, 'share');
    if (!amount || !s || !st.shareOf) return;
    const base = normaliseSubject(st.shareOf).subject;
    if (!base) return;
    // A base the narrative prints is narrativeSelf's.
    if (sts.some((o, j) => j !== i && norm(o.subject) === norm(base) && figure(o, 'amount'))) return;
    const pseudo: Statement = { ...st, subject: base, shareOf: null, path: null, figures: [] };
    const target = doc.kind === 'final' ? finalTarget(doc, pseudo) : budgetTarget(doc, pseudo);
    if (!target || target.ops.length === 0 || target.severity === 'warning') return;
    const t = doc.tables.find((x) => x.id === target.ops[0]!.ref.table);
    const unit = t ? cellsOf(doc).unitOf(t) : null;
    const x = figureOperand(st, amount, unit, `说明“${st.subject}”`);
    const p = figureOperand(st, s, null, '占比');
    if (!x || !p || (!unit && unitMismatch(x, target.ops))) return;
    const den = { value: target.ops.reduce((a, o) => a.plus(o.value), new Decimal(0)), interval: addIntervals(...target.ops.map((o) => o.interval)) };
    const label = target.ops.map((o) => `${o.label} ${o.display}`).join(' + ');
    const f = evaluateRatio({
      rule: 'narrative.share',
      context: `说明“${st.subject}” 占${st.shareOf}（基数取自表格）`,
      printed: p,
      num: x,
      den,
      formula: `${x.display} ÷ ${label}`,
      refs: [p.ref, x.ref, ...target.ops.map((o) => o.ref)],
    });
    if (f) out.push(f);
  });
  return out;
}

export const narrativeVsTables: Rule = {
  id: RULE,
  family: 'narrativeVsTables',
  title: { zh: '说明文字与表格一致', en: 'The narrative agrees with the tables' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    return [...narrativeVsTablesFindings(doc), ...partsWithinDepartment(doc), ...sharesOfTableBases(doc)];
  },
};
