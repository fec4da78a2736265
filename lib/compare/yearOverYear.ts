// Year over year: the same department's documents of the same kind in consecutive years. Shows
// the computed changes, and checks the newer document's own "同比…" claims against the figures
// the older document printed — by the rounding rule (interval overlap), never a fixed tolerance.
import { Decimal } from '../amount/index';
import { divIntervals, overlaps, scaleInterval, subIntervals, type Interval } from '../amount/interval';
import type { ChangeClaim, KeyFigure, Snapshot } from '../library/snapshot';
import { departmentKey } from '../library/snapshot';
import type { Finding, Status } from '../report/schema';
import { display, figureValue, intervalOf, pctDisplay, percentOf, signedDisplay, valueOf, type Valued } from './figureValue';
import { columnTitle } from './compareSnapshots';

export interface YoyChange {
  key: string;
  label: string;
  older: string;
  newer: string;
  difference: string;
  changePct: string;
}

export interface CrossDocSource {
  role: 'newer' | 'older';
  url: string;
  title: string;
}

/** A finding whose evidence sits in two documents. */
export type CrossDocFinding = Finding & { sources: CrossDocSource[] };

export interface YearOverYear {
  older: Snapshot;
  newer: Snapshot;
  changes: YoyChange[];
  findings: CrossDocFinding[];
  /** Claims of the newer document not checked: the older one lacks the figure, or the claim's own figure is of another scope. */
  unmatchedClaims: number;
}

/** Consecutive years, same department, same kind (a budget's 同比 compares with last year's budget). */
export function isYearPair(a: Snapshot, b: Snapshot): boolean {
  return (
    departmentKey(a.department) !== '' &&
    departmentKey(a.department) === departmentKey(b.department) &&
    a.kind === b.kind &&
    a.year !== null &&
    b.year !== null &&
    Math.abs(a.year - b.year) === 1
  );
}

export function yearPairs(snapshots: Snapshot[]): [Snapshot, Snapshot][] {
  const pairs: [Snapshot, Snapshot][] = [];
  for (const a of snapshots) for (const b of snapshots) if (isYearPair(a, b) && a.year! < b.year!) pairs.push([a, b]);
  return pairs;
}

function statusOf(exactEqual: boolean, computed: Interval, printed: Interval): Status {
  if (exactEqual) return 'pass';
  return overlaps(computed, printed) ? 'rounding' : 'fail';
}

function sign(direction: ChangeClaim['direction']): number {
  return direction === 'down' ? -1 : 1;
}

function checkClaim(claim: ChangeClaim, older: Snapshot, newer: Snapshot, oldFig: KeyFigure, newFig: KeyFigure | undefined, n: number): CrossDocFinding[] {
  const unit = newFig?.unit ?? oldFig.unit;
  const oldV = figureValue(oldFig, unit);
  const newV: Valued | null = claim.amount ? valueOf(claim.amount, unit, unit) : newFig ? figureValue(newFig, unit) : null;
  const oldI = intervalOf(oldV);
  const sources: CrossDocSource[] = [
    { role: 'newer', url: newer.url, title: columnTitle(newer) },
    { role: 'older', url: older.url, title: columnTitle(older) },
  ];
  const olderRef = { table: oldFig.from.table, row: oldFig.from.row, col: oldFig.from.col, page: null, text: `${columnTitle(older)}：${oldFig.label}`, value: display(oldV) };
  const out: CrossDocFinding[] = [];
  const push = (part: string, status: Status, expected: string, actual: string, message: string) => {
    out.push({
      id: `yoy-${newer.id}-${older.id}-${n}-${part}`,
      rule: `compare.yoy.${part}`,
      status,
      // Cross-document: last year's figure may since have been adjusted (调整预算), so a mismatch is
      // reported for a person to judge, not as an arithmetic error of one page.
      severity: status === 'fail' ? 'warning' : 'info',
      message,
      expected,
      actual,
      refs: [{ table: null, row: null, col: null, page: null, text: claim.sentence, value: actual }, olderRef],
      sources,
    });
  };
  const who = `${oldFig.label}：${columnTitle(newer)}说`;
  const oldSays = `${columnTitle(older)}印的是 ${display(oldV)}`;

  if (claim.previous) {
    const p = valueOf(claim.previous, unit, unit);
    const st = statusOf(p.value.eq(oldV.value), oldI, intervalOf(p));
    push('previous', st, display(oldV), display(p), `${who}上年为 ${display(p)}，${oldSays}`);
  }
  if (claim.flat && newV) {
    const st = statusOf(newV.value.eq(oldV.value), oldI, intervalOf(newV));
    push('flat', st, display(oldV), display(newV), `${who}“与上年持平”（${display(newV)}），${oldSays}`);
  }
  if (claim.delta && newV) {
    const printed = valueOf(claim.delta, unit, unit);
    const signed = printed.value.times(sign(claim.direction));
    const computed = subIntervals(intervalOf(newV), oldI);
    const printedI = scaleInterval(intervalOf(printed), new Decimal(sign(claim.direction)));
    const exact = newV.value.minus(oldV.value);
    const st = statusOf(exact.eq(signed), computed, printedI);
    push('delta', st, signedDisplay(exact, Math.max(newV.decimals, oldV.decimals)), signedDisplay(signed, printed.decimals),
      `${who}${claim.direction === 'down' ? '减少' : '增加'} ${display(printed)}，按${oldSays}计算为 ${signedDisplay(exact, Math.max(newV.decimals, oldV.decimals))}`);
  }
  if (claim.pct && newV) {
    const printedPct = new Decimal(claim.pct.value).times(sign(claim.direction));
    const exactPct = percentOf(newV.value.minus(oldV.value), oldV.value);
    const ratio = divIntervals(subIntervals(intervalOf(newV), oldI), oldI);
    if (exactPct && ratio) {
      const computed = scaleInterval(ratio, new Decimal(100));
      const printedI = scaleInterval(intervalOf({ value: new Decimal(claim.pct.value), decimals: claim.pct.decimals }), new Decimal(sign(claim.direction)));
      const st = statusOf(exactPct.toFixed(claim.pct.decimals, Decimal.ROUND_HALF_UP) === printedPct.toFixed(claim.pct.decimals), computed, printedI);
      push('pct', st, pctDisplay(exactPct), pctDisplay(printedPct),
        `${who}${claim.direction === 'down' ? '下降' : '增长'} ${claim.pct.value}%，按${oldSays}计算为 ${pctDisplay(exactPct)}`);
    }
  }
  return out;
}

/** Snapshots leave zero function classes out: a class absent from a document that has classes is 0. */
function zeroClass(s: Snapshot, key: string): KeyFigure | undefined {
  const sibling = key.startsWith('class:') ? s.figures.find((f) => f.group === 'functionClass') : undefined;
  if (!sibling) return undefined;
  return { ...sibling, key, label: key.slice('class:'.length), value: (0).toFixed(sibling.decimals), from: { ...sibling.from, row: null, col: null, text: null } };
}

export function yearOverYear(a: Snapshot, b: Snapshot): YearOverYear {
  const [older, newer] = (a.year ?? 0) <= (b.year ?? 0) ? [a, b] : [b, a];
  const unit = newer.unit ?? older.unit;
  const changes: YoyChange[] = [];
  for (const nf of newer.figures) {
    const of = older.figures.find((f) => f.key === nf.key);
    if (!of) continue;
    const o = figureValue(of, of.unit ? unit : null);
    const v = figureValue(nf, nf.unit ? unit : null);
    if (o.value.isZero() && v.value.isZero()) continue;
    const diff = v.value.minus(o.value);
    changes.push({ key: nf.key, label: nf.label, older: display(o), newer: display(v), difference: signedDisplay(diff, Math.max(o.decimals, v.decimals)), changePct: pctDisplay(percentOf(diff, o.value)) });
  }
  const findings: CrossDocFinding[] = [];
  let unmatched = 0;
  newer.claims.forEach((claim, i) => {
    const oldFig = older.figures.find((f) => f.key === claim.key) ?? zeroClass(older, claim.key);
    const newFig = newer.figures.find((f) => f.key === claim.key);
    // A claim whose own figure is not the document's figure speaks of another scope (财政拨款
    // only, one unit…): checking it against last year's whole-department figure would be a false alarm.
    const otherScope = claim.amount && newFig && !new Decimal(claim.amount.value).eq(newFig.value);
    if (!oldFig || otherScope) {
      unmatched++;
      return;
    }
    findings.push(...checkClaim(claim, older, newer, oldFig, newFig, i));
  });
  return { older, newer, changes, findings, unmatchedClaims: unmatched };
}
