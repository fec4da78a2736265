// The document's own "同比…" / "比上年…" / "与上年持平" statements about its key figures. Saved with
// the snapshot so that, once last year's document is saved too, they can be checked against
// last year's printed figures — a check no single page can do.
import { parseAmount } from '../amount/index';
import type { ChangeClaim, Printed } from '../library/snapshot';
import type { Figure, Report } from '../report/schema';
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

export function changeClaims(report: Report): ChangeClaim[] {
  const claims: ChangeClaim[] = [];
  for (const st of report.narrative?.statements ?? []) {
    const delta = st.figures.find((f) => f.role === 'delta');
    const pct = st.figures.find((f) => f.role === 'changePct');
    const previous = st.figures.find((f) => f.role === 'previous');
    if (!delta && !pct && !previous && !st.flat) continue;
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
      flat: st.flat,
    };
    // 收支总预算 and 收入总预算 say the same thing about the same figure: keep one.
    const same = (c: ChangeClaim) => JSON.stringify({ ...c, sentence: '' }) === JSON.stringify({ ...claim, sentence: '' });
    if (!claims.some(same)) claims.push(claim);
  }
  return claims;
}
