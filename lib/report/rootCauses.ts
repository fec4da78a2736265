// What a reader means by "an error": one root cause (a misprinted cell, a wrong statement) breaks
// several identities — its row, its column, an equality between tables. Findings the engine
// grouped (`group`) share a cause; otherwise findings marking the same place do. The headline,
// the badge and the lists count and show causes; the JSON contract keeps every finding.
import { markedRefIndex, refKeyOf } from '../page/markers';
import type { Finding, Report, Status } from './schema';

export interface RootCause {
  key: string;
  /** The finding shown for the cause: the most severe, first in report order. */
  primary: Finding;
  /** The other identities the same cause breaks, in report order. */
  also: Finding[];
  status: Status;
}

const RANK: Record<Status, number> = { fail: 3, rounding: 2, pass: 1 };
const rank = (f: Finding) => RANK[f.status] * 2 + (f.severity === 'error' ? 1 : 0);

/** The cause a finding belongs to (status is part of it: a passing check is no cause of a failure). */
export function causeKeyOf(f: Finding): string {
  const where = f.group ?? (f.refs.length ? `ref:${refKeyOf(f.refs[markedRefIndex(f)]!)}` : `id:${f.id}`);
  return `${f.status === 'fail' ? 'fail' : f.status}|${where}`;
}

/** Findings folded into causes, in the order of each cause's first finding. */
export function rootCauses(findings: readonly Finding[]): RootCause[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = causeKeyOf(f);
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  return [...byKey].map(([key, list]) => {
    const primary = list.reduce((best, f) => (rank(f) > rank(best) ? f : best), list[0]!);
    return { key, primary, also: list.filter((f) => f !== primary), status: primary.status };
  });
}

export interface CauseCounts {
  /** Causes of failing errors: 疑似错误. */
  errors: number;
  /** Causes of failing checks that are only suspicious (severity warning / info): 存疑. */
  doubts: number;
  /** Failing identities (report.summary.fail): 核对不成立. */
  failing: number;
}

export function causeCounts(report: Pick<Report, 'findings' | 'summary'>): CauseCounts {
  let errors = 0;
  let doubts = 0;
  for (const c of rootCauses(report.findings.filter((f) => f.status === 'fail'))) {
    if (c.primary.severity === 'error') errors++;
    else doubts++;
  }
  return { errors, doubts, failing: report.summary.fail };
}

/** "5 处疑似错误 · 16 项核对不成立" (and "· 1 处存疑"); English with `en`. */
export function causeHeadline(c: CauseCounts, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'en') {
    const parts = [`${c.errors} suspected error${c.errors === 1 ? '' : 's'}`, `${c.failing} identit${c.failing === 1 ? 'y' : 'ies'} broken`];
    if (c.doubts) parts.push(`${c.doubts} doubtful`);
    return parts.join(' · ');
  }
  const parts = [`${c.errors} 处疑似错误`, `${c.failing} 项核对不成立`];
  if (c.doubts) parts.push(`${c.doubts} 处存疑`);
  return parts.join(' · ');
}
