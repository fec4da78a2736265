// Narrative against itself (issue 4, family 6): within a sentence, the change percentage agrees
// with the amount and the change (pct = delta / (current − delta), sign by the direction word);
// "比上年A" gives delta = current − A; 持平 means 0; 完成预算的 P% = amount / budget; shares are
// part / whole; listed components add up to their total; direction words agree with each other.
import { noteFinding } from './noteFinding';
import Decimal from 'decimal.js';
import { addIntervals, exactInterval, overlaps, subIntervals, type Interval } from '../amount/interval';
import type { DocModel, Finding, Statement } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import type { Operand } from './cells';
import { evaluate, findingId, formatAmount, statusOf } from './identity';
import { figure, figureOperand, unitOfFigure } from './figures';
import { evaluateRatio } from './ratio';

const UP_WORD = /增加|增长|上升|提高|新增|增多/g;
const DOWN_WORD = /减少|下降|降低|压减|压缩|减小/g;

function where(st: Statement): string {
  return `说明“${st.subject}”`;
}

/** Change percentage: Z = Y / (X − Y) when up, Y / (X + Y) when down. */
function changePct(st: Statement): Finding[] {
  const amount = figure(st, 'amount');
  const delta = figure(st, 'delta');
  const pctF = figure(st, 'changePct');
  if (!amount || !delta || !pctF) return [];
  const dir = delta.direction ?? pctF.direction;
  if (!dir) return [];
  const unit = unitOfFigure(amount);
  const x = figureOperand(st, amount, unit, `${st.subject}`);
  const y = figureOperand(st, delta, unit, '变动额');
  const z = figureOperand(st, pctF, null, '变动率');
  if (!x || !y || !z) return [];
  const base: { value: Decimal; interval: Interval } =
    dir === 'up'
      ? { value: x.value.minus(y.value), interval: subIntervals(x.interval, y.interval) }
      : { value: x.value.plus(y.value), interval: addIntervals(x.interval, y.interval) };
  const d = Math.max(x.decimals, y.decimals);
  const formula = `${y.display} ÷ (${x.display} ${dir === 'up' ? '−' : '+'} ${y.display}) = ${formatAmount(y.value, d)} ÷ ${formatAmount(base.value, d)}`;
  const f = evaluateRatio({
    rule: 'narrative.changePct',
    context: `${where(st)} ${dir === 'up' ? '增长' : '下降'}`,
    printed: z,
    num: { value: y.value, interval: y.interval },
    den: base,
    formula,
    refs: [z.ref, x.ref, y.ref],
  });
  return f ? [f] : [];
}

/** Whether a 'previous' figure is last year's figure ("比上年", "比2023年预算", "上年为"), not
 * this year's 年初预算 / 全年预算 (which final accounts print beside the 决算). */
function lastYearBase(text: string, f: Statement['figures'][number]): boolean {
  const lead = text.slice(Math.max(0, f.start - 16), f.start).replace(/\s+/g, '');
  if (/(年初|全年)预算(数)?(为|是)?$/.test(lead)) return false;
  return /(比|较|与)(上年|上一年|去年|\d{4}年)|(上年|去年|上一年)(度)?(同期)?的?(预算|决算)?(执行)?(数)?(为|是)?$/.test(lead);
}

/** "比上年A" / "上年为A": delta = X − A (only where no 完成预算 rate makes A a budget figure). */
function deltaVsPrevious(st: Statement, text: string): Finding[] {
  const amount = figure(st, 'amount');
  const prev = figure(st, 'previous');
  const delta = figure(st, 'delta');
  if (!amount || !prev || figure(st, 'rate') || !lastYearBase(text, prev)) return [];
  const unit = unitOfFigure(amount);
  const x = figureOperand(st, amount, unit, '本年');
  const a = figureOperand(st, prev, unit, '上年');
  if (!x || !a) return [];
  if (st.flat && !delta) {
    // 持平: the two amounts are equal.
    return [evaluate({ rule: 'narrative.flat', context: `${where(st)} 持平：`, printed: x, terms: [{ op: a }] })];
  }
  if (!delta || !delta.direction) return [];
  const y = figureOperand(st, delta, unit, delta.direction === 'up' ? '增加' : '减少');
  if (!y) return [];
  return [evaluate({ rule: 'narrative.delta', context: `${where(st)}：`, printed: x, terms: [{ op: a }, { op: y, sign: delta.direction === 'up' ? 1 : -1 }] })];
}

/** 持平 with a printed change: the change must be 0. */
function flatDelta(st: Statement): Finding[] {
  const delta = figure(st, 'delta');
  if (!st.flat || !delta) return [];
  const y = figureOperand(st, delta, undefined, '变动额');
  if (!y) return [];
  const zero: Operand = { ...y, value: new Decimal(0), interval: { lo: new Decimal(0), hi: new Decimal(0) }, display: '0', label: '持平' };
  const { status } = statusOf(y, [{ op: zero }]);
  return [
    {
      id: findingId('narrative.flat', [y.ref]),
      rule: 'narrative.flat',
      status,
      severity: status === 'fail' ? 'warning' : 'info',
      message: `${where(st)} 称“持平”，变动额 ${y.display}${status === 'fail' ? ' 不为 0' : ''}`,
      messageEn: `${st.subject}: "unchanged" but the change is ${y.display}`,
      expected: '0',
      actual: y.display,
      difference: y.value.toString(),
      refs: [y.ref],
    },
  ];
}

const BASE_WORD = /年初预算|全年预算|调整(后的)?预算|上年(度)?(预算)?执行数|上年(度)?决算/;

/** The base a comparison names when the sentence prints several (年初预算 0 beside 全年预算 321.02):
 * the one whose words the comparison repeats; with no such word, the only base, or bases that
 * agree. Otherwise null: which base is meant is not certain, and nothing is checked. */
export function namedBase(st: Statement, text: string, words: string): Statement['figures'][number] | undefined {
  const prevs = st.figures.filter((f) => f.role === 'previous' && f.value != null);
  if (prevs.length <= 1) return prevs[0];
  const lead = (f: Statement['figures'][number]) => text.slice(Math.max(0, f.start - 16), f.start).replace(/\s+/g, '');
  const word = BASE_WORD.exec(words.replace(/\s+/g, ''))?.[0];
  if (word) {
    const key = word.slice(0, 2);
    const hits = prevs.filter((f) => lead(f).includes(key));
    return hits.length === 1 ? hits[0] : undefined;
  }
  return prevs.every((f) => f.value === prevs[0]!.value) ? prevs[0] : undefined;
}

/** 完成预算的 P% = amount / budget. */
function rate(st: Statement, text: string): Finding[] {
  const amount = figure(st, 'amount');
  const r0 = figure(st, 'rate');
  const prev = r0 ? namedBase(st, text, text.slice(Math.max(0, r0.start - 12), r0.start)) : undefined;
  const r = figure(st, 'rate');
  // "上年决算210.00万元，完成年初预算的92%": last year's figure is no budget to execute.
  if (!amount || !prev || !r || lastYearBase(text, prev)) return [];
  const unit = unitOfFigure(amount);
  const x = figureOperand(st, amount, unit);
  const a = figureOperand(st, prev, unit);
  const p = figureOperand(st, r, null);
  if (!x || !a || !p) return [];
  const f = evaluateRatio({
    rule: 'narrative.rate',
    context: `${where(st)} 完成预算`,
    printed: p,
    num: x,
    den: a,
    formula: `${x.display} ÷ ${a.display}`,
    refs: [p.ref, x.ref, a.ref],
  });
  return f ? [f] : [];
}

/** "决算数大于/小于/等于预算数" against the two figures the sentence prints. "基本持平" is approximate
 * wording and is not held to equality. Equal printed figures pass "等于"; figures whose rounding
 * intervals overlap cannot contradict the wording (rounding); otherwise a wrong word is an error. */
function versusBudget(st: Statement, text: string): Finding[] {
  const vb = st.versusBudget;
  if (!vb || (vb.relation === 'equal' && /基本|大体|大致|略/.test(vb.text))) return [];
  const amount = figure(st, 'amount');
  const prev = namedBase(st, text, vb.text);
  if (!amount || !prev) return [];
  const unit = unitOfFigure(amount);
  const x = figureOperand(st, amount, unit);
  const b = figureOperand(st, prev, unit);
  if (!x || !b) return [];
  const cmp = x.value.cmp(b.value);
  const holds = vb.relation === 'greater' ? cmp > 0 : vb.relation === 'less' ? cmp < 0 : cmp === 0;
  const status = holds ? 'pass' : overlaps(x.interval, b.interval) ? 'rounding' : 'fail';
  const sym = cmp > 0 ? '>' : cmp < 0 ? '<' : '=';
  const symEn = cmp > 0 ? 'greater than' : cmp < 0 ? 'less than' : 'equal to';
  const refs = [x.ref, b.ref];
  const wording = vb.text.replace(/\s+/g, ''); // the sentence may wrap inside the phrase
  const verdict = status === 'pass' ? '' : status === 'rounding' ? '（在四舍五入尾数误差范围内）' : '，与说法不符';
  return [
    {
      id: findingId('narrative.versusBudget', refs),
      rule: 'narrative.versusBudget',
      status,
      severity: 'error',
      message: `${where(st)} 称“${wording}”：决算数 ${x.display} ${sym} 预算数 ${b.display}${verdict}`,
      messageEn: `${st.subject}: says "${wording}"; the outturn ${x.display} is ${symEn} the budget ${b.display}`,
      expected: null,
      actual: wording,
      difference: formatAmount(x.value.minus(b.value), Math.max(x.decimals, b.decimals)),
      refs,
    },
  ];
}

/** Shares: 占 P% = part / whole, the whole being the parent list's statement or the latest statement about `shareOf`. */
function share(st: Statement, whole: Statement | undefined): Finding[] {
  const amount = figure(st, 'amount');
  const s = figure(st, 'share');
  const wAmount = whole && figure(whole, 'amount');
  if (!amount || !s || !whole || !wAmount) return [];
  const unit = unitOfFigure(wAmount);
  const x = figureOperand(st, amount, unit);
  const w = figureOperand(whole, wAmount, unit);
  const p = figureOperand(st, s, null);
  if (!x || !w || !p) return [];
  const f = evaluateRatio({
    rule: 'narrative.share',
    context: `${where(st)} 占${st.shareOf ?? whole.subject}`,
    printed: p,
    num: x,
    den: w,
    formula: `${x.display} ÷ ${w.display}（${whole.subject}）`,
    refs: [p.ref, x.ref, w.ref],
  });
  return f ? [f] : [];
}

/** Lists that name every part of a closed partition: their sum must reach the total, not just
 * stay under it. 货物/工程/服务; 基本/项目支出; 人员/公用经费; the three 三公 parts; 购置/运行维护;
 * vehicles by use (the standard statement names every use, zeros included). */
const PARTITIONS: RegExp[][] = [
  [/货物/, /工程/, /服务/],
  [/^基本支出$/, /^项目支出$/],
  [/^人员经费$/, /^公用经费$/],
  [/因公出国/, /公务用车/, /公务接待/],
  [/购置/, /运行(维护)?/],
];

export function closedList(total: Statement, parts: Statement[], role: 'amount' | 'count'): boolean {
  const names = parts.map((p) => p.subject);
  if (PARTITIONS.some((ps) => ps.length === names.length && ps.every((re) => names.some((n) => re.test(n))) && names.every((n) => ps.some((re) => re.test(n)))))
    return true;
  return role === 'count' && /车/.test(total.subject) && parts.length >= 3 && names.every((n) => /车/.test(n));
}

/** Listed components (包括：A、B、C). Parts never exceed their whole; a partial list ("其中") may
 * fall short, so only a sum above the total, or an exact/rounding match, is reported — unless the
 * list names every part of a closed partition (closedList). Counts are exact, never rounded. */
function components(st: Statement, byId: Map<string, Statement>): Finding[] {
  if (!st.components?.length) return [];
  const role = figure(st, 'amount') ? 'amount' : figure(st, 'count') ? 'count' : null;
  if (!role) return [];
  const tf = figure(st, role)!;
  const unit = unitOfFigure(tf);
  const exact = (op: Operand): Operand => (role === 'count' ? { ...op, interval: exactInterval(op.value) } : op);
  const t0 = figureOperand(st, tf, unit);
  if (!t0) return [];
  const total = exact(t0);
  const terms = [];
  const parts: Statement[] = [];
  for (const id of st.components) {
    const c = byId.get(id);
    const cf = c && figure(c, role);
    const op = c && cf ? figureOperand(c, cf, unit, c.subject) : null;
    if (!op) return [];
    terms.push({ op: exact(op) });
    parts.push(c!);
  }
  if (terms.length < 2 && role === 'amount') return [];
  const closed = closedList(st, parts, role);
  const { status, computed } = statusOf(total, terms);
  if (status === 'fail' && computed.lt(total.value) && !closed) return [];
  const f = evaluate({ rule: 'narrative.components', context: `${where(st)}：`, printed: total, terms });
  if (f.status === 'fail') {
    const over = computed.gt(total.value);
    f.message += over ? '（所列各项之和超过总数）' : '（所列各项已是全部组成部分，其和却小于总数）';
    f.messageEn += over ? ' (the listed parts exceed the total)' : ' (the list names every part, yet they fall short of the total)';
  }
  return [f];
}

/** Direction words that disagree: "减少增长", delta up but pct down, a cause clause saying the opposite. */
function directionWords(st: Statement): Finding[] {
  const out: Finding[] = [];
  const dirFigs = st.figures.filter((f) => f.direction);
  for (const f of dirFigs) {
    const w = f.directionWord ?? '';
    if (w.match(UP_WORD) && w.match(DOWN_WORD)) {
      out.push(warn(st, 'narrative.direction', [f.id], `${where(st)} “${w}${f.text}${f.unit ?? ''}”方向用词自相矛盾`, `mixed direction words "${w}"`, f));
    }
  }
  // Words, not values: an approximate change ("增加约2,252万元") still says which way it goes.
  const delta = st.figures.find((f) => f.role === 'delta');
  const pct = st.figures.find((f) => f.role === 'changePct');
  if (delta?.direction && pct?.direction && delta.direction !== pct.direction) {
    out.push(warn(st, 'narrative.direction', [delta.id, pct.id], `${where(st)} 变动额为“${delta.directionWord}”而变动率为“${pct.directionWord}”，方向不一致`, 'the change and its percentage point in opposite directions', delta, pct));
  }
  const cause = (st as Statement & { cause?: { text: string } }).cause;
  const dir = delta?.direction ?? pct?.direction;
  // Only a direction word said of money ("经费增加", "支出有所减少") speaks of the change itself:
  // "新能源汽车占比提高" or "在编人员减少" explain it. A change of 口径 explains any direction.
  if (cause && dir && !/口径/.test(cause.text)) {
    const said = new RegExp(`(?:经费|支出|费用|资金|预算|拨款|收入|费)(?:有所|略有|相应|大幅|明显)?(${UP_WORD.source}|${DOWN_WORD.source})|(${UP_WORD.source}|${DOWN_WORD.source})(?:了)?[。.;；]?$`, 'g');
    // The clause's own opening ("增加的主要原因是") says nothing about the cause.
    const text = cause.text.replace(/\s+/g, '').replace(/^(增加|减少|增长|下降|上升|降低)的/, '');
    const words = [...text.matchAll(said)].map((m) => (m[1] ?? m[2])!);
    const last = words[words.length - 1];
    // A cause that lists changes both ways ("新增…1000万元、…资金减少700万元") does not contradict.
    const agrees = new RegExp(dir === 'up' ? UP_WORD.source : DOWN_WORD.source).test(text);
    if (last && !agrees) {
      const causeDir = new RegExp(UP_WORD.source).test(last) ? 'up' : 'down';
      if (causeDir !== dir) {
        const f = delta ?? pct!;
        out.push(
          warn(st, 'narrative.direction', [f.id], `${where(st)} 称${dir === 'up' ? '增加' : '减少'}，原因说明却以“${last}”作结，方向不一致`, `the stated cause ends with "${last}", opposite to the change`, f),
        );
      }
    }
  }
  return out;
}

function warn(st: Statement, rule: string, ids: string[], message: string, messageEn: string, ...figs: Statement['figures']): Finding {
  const refs = figs.map((f) => ({ table: null, row: null, col: null, page: null, text: f.text, value: f.value, figure: f.id }));
  return noteFinding({ id: `${rule}:${st.id}:${ids.join(',')}`, rule, severity: 'warning', message, messageEn: `${st.subject}: ${messageEn}`, refs });
}

export function narrativeSelfFindings(doc: DocModel): Finding[] {
  const sts = doc.narrative?.statements ?? [];
  const byId = new Map(sts.map((s) => [s.id, s]));
  const parentOf = new Map<string, Statement>();
  for (const s of sts) for (const c of s.components ?? []) parentOf.set(c, s);
  const out: Finding[] = [];
  const shares = new Map<string, { f: Finding; printed: Statement['figures'][number] }[]>();
  sts.forEach((st, i) => {
    out.push(...changePct(st), ...deltaVsPrevious(st, doc.narrative?.text ?? ''), ...flatDelta(st), ...rate(st, doc.narrative?.text ?? ''), ...components(st, byId), ...directionWords(st), ...versusBudget(st, doc.narrative?.text ?? ''));
    if (figure(st, 'share')) {
      const parent = parentOf.get(st.id);
      let whole = parent;
      if (!whole || (st.shareOf && whole.subject !== st.shareOf)) {
        // The latest earlier statement about what the share is of; the list's parent only when the
        // base the share names is that parent under another wording ("占收入预算的" of 收入预算总额),
        // never when it names another whole ("占部门预算的…" in a list of 支出预算).
        whole = parent && st.shareOf && sameWhole(st.shareOf, parent.subject) ? parent : undefined;
        for (let j = i - 1; j >= 0 && st.shareOf; j--) if (sts[j]!.subject === st.shareOf && figure(sts[j]!, 'amount')) { whole = sts[j]; break; }
      }
      const found = share(st, whole);
      if (whole) for (const f of found) (shares.get(whole.id) ?? shares.set(whole.id, []).get(whole.id)!).push({ f, printed: figure(st, 'share')! });
      out.push(...found);
    }
  });
  balancedShares(shares);
  return out;
}

/** Two names of one whole that differ only by a word for "total" ("收入预算" / "收入预算总额"). */
function sameWhole(a: string, b: string): boolean {
  const bare = (x: string): string => x.replace(/(总额|总计|合计|总数|数)$/, '');
  return bare(a) === bare(b);
}

/** Shares of one whole printed to add up to exactly 100% while one of them is off by its last
 * digit: a balancing adjustment (尾差调整). Still not the share, but said so, as a warning. */
function balancedShares(shares: Map<string, { f: Finding; printed: Statement['figures'][number] }[]>): void {
  for (const list of shares.values()) {
    if (list.length < 2) continue;
    const sum = list.reduce((a, x) => a.plus(x.printed.value ?? '0'), new Decimal(0));
    if (!sum.eq(100)) continue;
    for (const { f, printed } of list) {
      if (f.status !== 'fail' || f.severity !== 'error' || f.difference == null) continue;
      const d = printed.value?.includes('.') ? printed.value.split('.')[1]!.length : 0;
      if (!new Decimal(f.difference).abs().eq(new Decimal(10).pow(-d))) continue;
      f.severity = 'warning';
      f.message += '（各项占比之和凑成 100%，疑为尾差调整）';
      f.messageEn = `${f.messageEn ?? ''} (the shares were made to add up to 100%: a balancing adjustment)`;
    }
  }
}

export const narrativeSelf: Rule = {
  id: 'narrative',
  family: 'narrativeSelf',
  title: { zh: '说明文字自身的计算', en: 'The narrative’s own arithmetic' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    return narrativeSelfFindings(doc);
  },
};
