// The per-item budget sentence (Shanghai budgets, one paragraph per 项; read by
// lib/extract/narrative/itemBudget.ts): "<项>X万元。…YYYY年当年预算执行数为A万元，YYYY+1年预算安排B万元，
// 比YYYY年预算执行数增加/减少C%". The sentence states four identities of its own:
//   B = X (the plan is the item's amount), X = the item's row in the 财政拨款 / 一般公共预算 expense
//   table (in the table's unit), C% = |B − A| ÷ A with the direction word giving the sign, and the
//   year compared with is the year of A. 持平 means B = A. A base of 0 has no percentage: not checked.
import { noteFinding } from './noteFinding';
import { subIntervals, type Interval } from '../amount/interval';
import type { DocModel, Finding, Statement, Table } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { cellsOf, type Operand } from './cells';
import { evaluate, formatAmount } from './identity';
import { figure, figureOperand, unitOfFigure } from './figures';
import { evaluateRatio } from './ratio';
import { findColumn, functionClassCode, norm, rowName, tableShortName } from './names';
import { firstAmountCol, table } from './lookup';

const RULE = 'narrative.itemBudget';

/** A plan statement of a per-item sentence: derived from the item's, with A (previous) and C% or 持平. */
export function isItemPlan(st: Statement): boolean {
  return !!st.derivedFrom && st.path?.length === 3 && !!figure(st, 'previous') && (!!figure(st, 'changePct') || st.flat);
}

export interface Skip {
  statement: string;
  what: string;
  reason: string;
  reasonEn: string;
}

interface ItemRow {
  t: Table;
  row: number;
  col: number;
}

/** The item's row: by its printed code when the sentence gives one, else by 类 code + 项 name (+ 款 name
 * when two 项 share a name). Only a table with one row per 项 (no per-unit blocks) is used. */
function itemRow(doc: DocModel, st: Statement): ItemRow | string {
  const t = table(doc, 'budget.fiscalExpense') ?? table(doc, 'budget.generalExpense');
  if (!t) return '没有识别出财政拨款（或一般公共预算）支出功能分类表';
  if (t.rows.some((r) => r.level === 'department' || r.level === 'unit')) return `${tableShortName(t)} 按单位分列，同一项有多行`;
  const col = (() => {
    const c = findColumn(t, /(^|\/)合计$/);
    return c >= 0 ? c : firstAmountCol(t);
  })();
  if (col < 0) return `${tableShortName(t)} 中没有合计列`;
  const code = codeOf(st);
  const [cls, kuan, xiang] = st.path!;
  let rows: number[];
  if (code) rows = t.rows.map((r, i) => (r.code?.trim() === code ? i : -1)).filter((i) => i >= 0);
  else {
    const clsCode = functionClassCode(cls!);
    if (!clsCode) return `类“${cls}”不是已知的功能分类`;
    rows = t.rows
      .map((r, i) => (r.code?.trim().length === 7 && r.code.trim().startsWith(clsCode) && norm(r.label) === norm(xiang!) ? i : -1))
      .filter((i) => i >= 0);
    if (new Set(rows.map((i) => t.rows[i]!.code)).size > 1) {
      rows = rows.filter((i) => {
        const p = t.rows[i]!.parent;
        return p != null && norm(t.rows[p]?.label ?? '') === norm(kuan!);
      });
    }
  }
  if (rows.length === 0) return `${tableShortName(t)} 中找不到该项（${code ?? xiang}）`;
  if (rows.length > 1) return `${tableShortName(t)} 中该项有 ${rows.length} 行，无法确定是哪一行`;
  return { t, row: rows[0]!, col };
}

/** "（204类）司法（06款）行政运行（01项）" → 2040601, from the subject text as printed. */
function codeOf(st: Statement): string | null {
  const m = /\((\d{3})类\).*\((\d{2})款\).*\((\d{2})项\)/.exec(norm(st.subjectText ?? ''));
  return m ? m[1]! + m[2]! + m[3]! : null;
}

/** "城乡社区管理事务·一般行政管理事务": many 项 share a name, the 款 tells them apart. */
function nameOf(st: Statement): string {
  return st.path?.length === 3 ? `${st.path[1]}·${st.path[2]}` : st.subject;
}

function refsOf(...ops: Operand[]): Operand['ref'][] {
  return ops.map((o) => o.ref);
}

function directionFinding(st: Statement, b: Operand, a: Operand, pct: Statement['figures'][number]): Finding {
  const up = b.value.gt(a.value);
  const word = pct.directionWord ?? (pct.direction === 'up' ? '增加' : '减少');
  const real = a.value.isZero() ? null : b.value.minus(a.value).abs().div(a.value).times(100);
  const realText = real ? `，实为${up ? '增加' : '减少'} ${formatAmount(real, 2)}%` : '';
  const refs = refsOf(b, a);
  return noteFinding({
    id: `${RULE}.direction:${st.id}`,
    rule: RULE,
    severity: 'error',
    message: `说明“${nameOf(st)}” 称比上年预算执行数“${word}${pct.text}%”，但预算安排 ${b.display} ${up ? '>' : '<'} 预算执行数 ${a.display}${realText}`,
    messageEn: `${st.subject}: says "${word} ${pct.text}%" against the previous year's outturn, but the plan ${b.display} is ${up ? 'above' : 'below'} the outturn ${a.display}`,
    expected: up ? '增加' : '减少',
    actual: word,
    refs: [{ table: null, row: null, col: null, page: null, text: pct.text, value: pct.value, figure: pct.id }, ...refs],
  });
}

/** C% = |B − A| ÷ A, after the direction word agrees with the sign of B − A. */
function changeFinding(st: Statement, b: Operand, a: Operand, x: Operand | null): Finding | null {
  const pctF = figure(st, 'changePct');
  if (!pctF) return null;
  const p = figureOperand(st, pctF, null, '变动率');
  if (!p) return null;
  const diff = b.value.minus(a.value);
  const diffIv: Interval = subIntervals(b.interval, a.interval);
  const crossesZero = diffIv.lo.lte(0) && diffIv.hi.gte(0);
  if (!crossesZero && (diff.gt(0) ? 'up' : 'down') !== pctF.direction) return directionFinding(st, b, a, pctF);
  const up = pctF.direction === 'up';
  const num = up ? { value: diff, interval: diffIv } : { value: diff.neg(), interval: { lo: diffIv.hi.neg(), hi: diffIv.lo.neg() } };
  const f = evaluateRatio({
    rule: RULE,
    context: `说明“${nameOf(st)}” 比上年预算执行数${up ? '增加' : '减少'}`,
    printed: p,
    num,
    den: { value: a.value, interval: a.interval },
    formula: `(${b.display} − ${a.display}) ÷ ${a.display}`,
    refs: [p.ref, b.ref, a.ref],
  });
  if (f && f.status === 'fail' && x && !x.value.eq(b.value)) {
    // The percentage may follow the item's amount X while B was mistyped: say so.
    const alt = evaluateRatio({ rule: RULE, context: '', printed: p, num: { value: x.value.minus(a.value).abs(), interval: subIntervals(x.interval, a.interval) }, den: a, formula: '', refs: [] });
    if (alt && alt.status !== 'fail') f.message += `（按该项金额 ${x.display} 计算则相符，预算安排数 ${b.display} 疑有误）`;
  }
  return f;
}

/** The rule's findings and what it skipped; made once per check run (the rule and coverage both ask). */
export function itemBudgetFindings(doc: DocModel, ctx: RuleContext = {}): { findings: Finding[]; skips: Skip[] } {
  const made = ctx.memo?.get(itemBudgetFindings) as { findings: Finding[]; skips: Skip[] } | undefined;
  if (made) return { findings: [...made.findings], skips: [...made.skips] };
  const out = makeItemBudgetFindings(doc);
  ctx.memo?.set(itemBudgetFindings, { findings: [...out.findings], skips: [...out.skips] });
  return out;
}

function makeItemBudgetFindings(doc: DocModel): { findings: Finding[]; skips: Skip[] } {
  const sts = doc.narrative?.statements ?? [];
  const byId = new Map(sts.map((s) => [s.id, s]));
  const findings: Finding[] = [];
  const skips: Skip[] = [];
  const skip = (st: Statement, what: string, reason: string, reasonEn: string): void => {
    skips.push({ statement: st.id, what: `“${nameOf(st)}”${what}`, reason, reasonEn });
  };
  for (const st of sts) {
    if (!isItemPlan(st)) continue;
    const own = byId.get(st.derivedFrom!);
    const xf = own && figure(own, 'amount');
    const bf = figure(st, 'amount');
    const af = figure(st, 'previous');
    if (!own || !xf || !bf || !af) continue;
    const unit = unitOfFigure(xf);
    const x = figureOperand(own, xf, unit, `该项金额`);
    const b = figureOperand(st, bf, unit, '预算安排');
    const a = figureOperand(st, af, unit, '预算执行数');
    if (!x || !b || !a) {
      skip(st, '金额', '数字无法读取', 'a figure could not be read');
      continue;
    }
    // B = X.
    findings.push(evaluate({ rule: RULE, context: `说明“${nameOf(st)}” 预算安排与该项金额：`, printed: b, terms: [{ op: x }] }));
    // X = the table's row, in the table's unit.
    const hit = itemRow(doc, own);
    if (typeof hit === 'string') skip(own, '与表格核对', hit, 'the item row was not found in one expense table');
    else {
      const tUnit = cellsOf(doc).unitOf(hit.t);
      if (!tUnit || !unit) skip(own, '与表格核对', `${tableShortName(hit.t)} 的金额单位不明`, 'the table states no money unit');
      else {
        const label = `${tableShortName(hit.t)} ${rowName(hit.t.rows[hit.row]!)}`;
        const cell = cellsOf(doc).operand(hit.t, hit.row, hit.col, tUnit, label);
        const xt = figureOperand(own, xf, tUnit, `说明“${nameOf(own)}”`);
        if (cell && xt) {
          findings.push(evaluate({ rule: RULE, context: '说明与表格：', printed: xt, terms: [{ op: cell }], unit: tUnit }));
          const bt = figureOperand(st, bf, tUnit, '预算安排');
          if (bt && !bt.value.eq(xt.value)) findings.push(evaluate({ rule: RULE, context: `说明“${nameOf(st)}” 预算安排与表格：`, printed: bt, terms: [{ op: cell }], unit: tUnit }));
        } else skip(own, '与表格核对', '表格该行没有可用的金额', 'the table row holds no usable amount');
      }
    }
    // The year compared with is A's year.
    const cf = figure(st, 'changePct');
    const baseYear = cf?.year ? String(cf.year) : null;
    if (baseYear && af.year && Number(baseYear) !== af.year) {
      findings.push(noteFinding({
        id: `${RULE}.year:${st.id}`,
        rule: RULE,
        severity: 'warning',
        message: `说明“${nameOf(st)}” 以 ${baseYear} 年预算执行数作比较，而句中的预算执行数是 ${af.year} 年的`,
        messageEn: `${st.subject}: compares with the ${baseYear} outturn while the outturn given is ${af.year}'s`,
        expected: String(af.year),
        actual: baseYear,
        refs: [{ table: null, row: null, col: null, page: null, text: cf!.text, value: cf!.value, figure: cf!.id }, a.ref],
      }));
    }
    // C% or 持平.
    if (st.flat) findings.push(evaluate({ rule: RULE, context: `说明“${nameOf(st)}” 称与上年预算执行数持平：`, printed: b, terms: [{ op: a }] }));
    else if (a.value.isZero()) skip(st, '变动率', '上年预算执行数为 0，增减百分比无从计算', 'the base is 0: no percentage change');
    else {
      const f = changeFinding(st, b, a, x);
      if (f) findings.push(f);
    }
  }
  return { findings, skips };
}

export const itemBudgetSentence: Rule = {
  id: RULE,
  family: 'itemBudgetSentence',
  title: { zh: '分项预算说明（执行数、预算安排、增减率）', en: 'Per-item budget sentences (outturn, plan, change)' },
  run(doc: DocModel, ctx: RuleContext): Finding[] {
    return itemBudgetFindings(doc, ctx).findings;
  },
};

