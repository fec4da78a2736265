// The document's own "同比…" / "比上年…" / "与上年持平" statements about its key figures. Saved with
// the snapshot so that, once last year's document is saved too, they can be checked against
// last year's printed figures — a check no single page can do.
import { parseAmount } from '../amount/index';
import type { ChangeClaim, Printed } from '../library/snapshot';
import type { Figure, Report, Statement } from '../report/schema';
import { keyForSubject, printedOf, sentenceOf } from './keyFigures';

function printedPct(f: Figure | undefined): Printed | null {
  if (!f) return null;
  const o = parseAmount(f.value ?? f.text);
  if (o.kind !== 'amount') return null;
  return { value: o.amount.value.abs().toFixed(o.amount.decimals), decimals: o.amount.decimals };
}

function printedAbs(f: Figure | undefined): Printed | null {
  const p = printedOf(f ? (f.value ?? f.text) : null);
  return p ? { value: p.value.replace(/^-/, ''), decimals: p.decimals } : null;
}

const LAST_YEAR = /同比|上年|去年|上一年度?|[比较]\d{4}年/g;
const SAME_YEAR_BUDGET = /年初预算|全年预算|预算数|预算为|调整预算/g;

function lastIndex(re: RegExp, s: string): { at: number; text: string } | null {
  let m: RegExpExecArray | null;
  let found: { at: number; text: string } | null = null;
  re.lastIndex = 0;
  while ((m = re.exec(s))) found = { at: m.index, text: m[0] };
  return found;
}

/**
 * Whether a figure compares with last year: the nearest comparison words before it say 同比 /
 * 上年 / 比{year−1}年, not 年初预算 / 全年预算 (a final account's comparison with its own budget,
 * which is no year-over-year claim). Unsure means no: a wrong base would be a false alarm.
 */
function versusLastYear(report: Report, st: Statement, f: Figure, from: number): boolean {
  if (f.year != null) return report.year != null && f.year === report.year - 1;
  // Spaces removed: PDF text breaks words ("同 比增加").
  const before = report.narrative!.text.slice(from, f.start).replace(/\s+/g, '');
  const last = lastIndex(LAST_YEAR, before);
  if (!last) return false;
  const year = /(\d{4})年/.exec(last.text);
  if (year && report.year != null && Number(year[1]) !== report.year - 1) return false;
  const budget = lastIndex(SAME_YEAR_BUDGET, before);
  return !budget || budget.at < last.at || st.figures.indexOf(f) < 0;
}

export function changeClaims(report: Report): ChangeClaim[] {
  const claims: ChangeClaim[] = [];
  for (const st of report.narrative?.statements ?? []) {
    const yoy = (f: Figure | undefined) => (f && versusLastYear(report, st, f, st.start) ? f : undefined);
    const delta = yoy(st.figures.find((f) => f.role === 'delta'));
    const pct = yoy(st.figures.find((f) => f.role === 'changePct'));
    const previous = yoy(st.figures.find((f) => f.role === 'previous'));
    // "与上年持平/相同/无变化" — not "决算数与预算数持平".
    const flat = st.flat && /(上年|去年|同比)[^，。；]{0,12}(持平|相同|无变化|一致)|(持平|相同|无变化)[^，。；]{0,4}于?上年/.test(sentenceOf(report, st));
    if (!delta && !pct && !previous && !flat) continue;
    // Statements about another year ("2023年…") are not this document's year-over-year claims.
    if (st.year != null && report.year != null && st.year !== report.year) continue;
    const key = keyForSubject(st.subject);
    if (!key) continue;
    const amount = st.figures.find((f) => f.role === 'amount');
    const claim: ChangeClaim = {
      key,
      sentence: sentenceOf(report, st),
      amount: printedOf(amount ? (amount.value ?? amount.text) : null),
      previous: printedAbs(previous),
      delta: printedAbs(delta),
      pct: printedPct(pct),
      direction: delta?.direction ?? pct?.direction ?? null,
      flat,
    };
    // 收支总预算 and 收入总预算 say the same thing about the same figure: keep one.
    const same = (c: ChangeClaim) => JSON.stringify({ ...c, sentence: '' }) === JSON.stringify({ ...claim, sentence: '' });
    if (!claims.some(same)) claims.push(claim);
  }
  return claims;
}
