// The side panel's model: findings grouped by the table they mark (the narrative as one group),
// in document order, each group listing root causes (lib/report/rootCauses: one entry per
// misprinted cell, the identities it breaks folded under it); and the order keyboard walks.
import { rootCauses, type RootCause } from '../report/rootCauses';
import type { Finding, Report, Status } from '../report/schema';
import { isShown, markedRefIndex, type MarkSettings } from './markers';
import { tableName } from './refLabel';

export interface FindingGroup {
  key: string;
  title: string;
  /** Findings (identities) per status, shown or not, counted passes included. */
  counts: Record<Status, number>;
  /** Root causes per status (fail / rounding: what the group header shows). */
  causes: Record<Status, number>;
  /** Causes listed under the group (fails always; rounding / pass when shown), fails first. */
  listed: RootCause[];
  /** The table was not recognised (its role unknown: 未识别); its numbers were not checked by role. */
  unrecognised: boolean;
}

const NARRATIVE = 'narrative';
const ORDER: Record<Status, number> = { fail: 0, rounding: 1, pass: 2 };
const zero = (): Record<Status, number> => ({ fail: 0, rounding: 0, pass: 0 });

/** The group a finding is listed under: its marked ref's table group, or the narrative. */
export function findingGroupKey(report: Pick<Report, 'tables'>): (f: Finding) => string {
  // Two-sided tables' parts (t1.income, t1.expense) share their table's group.
  const tableOf = new Map(report.tables.map((t) => [t.id, t]));
  return (f) => {
    const r = f.refs[markedRefIndex(f)];
    if (!r || r.table == null) return NARRATIVE;
    return tableOf.get(r.table)?.group ?? r.table;
  };
}

/**
 * `countedPass`: passing findings per group that the page was not sent (yet, or on very large
 * pages at all), so a group's counts and its place in the panel do not change when they arrive.
 * `withUnrecognised`: keep groups of tables the engine did not recognise even when nothing was
 * checked in them, so the panel can say 未识别.
 */
export function groupFindings(
  report: Pick<Report, 'tables' | 'findings'>,
  settings: MarkSettings,
  countedPass: Readonly<Record<string, number>> = {},
): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { findings: Finding[] }>();
  const groupKey = findingGroupKey(report);
  for (const t of report.tables) {
    const key = t.group ?? t.id;
    const g = groups.get(key);
    if (g) g.unrecognised &&= t.recognisedBy === 'none';
    else groups.set(key, { key, title: tableName(t), counts: zero(), causes: zero(), listed: [], unrecognised: t.recognisedBy === 'none', findings: [] });
  }
  const groupOf = (key: string) => {
    let g = groups.get(key);
    if (!g) {
      g = { key, title: key === NARRATIVE ? '情况说明' : key, counts: zero(), causes: zero(), listed: [], unrecognised: false, findings: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const f of report.findings) {
    const g = groupOf(groupKey(f));
    g.counts[f.status] += 1;
    g.findings.push(f);
  }
  for (const [key, n] of Object.entries(countedPass)) {
    const g = groupOf(key);
    g.counts.pass += n;
    g.causes.pass += n;
  }
  const out: FindingGroup[] = [];
  for (const { findings, ...g } of groups.values()) {
    if (g.counts.fail + g.counts.rounding + g.counts.pass === 0 && !g.unrecognised) continue;
    for (const c of rootCauses(findings)) {
      g.causes[c.status] += 1;
      if (isShown(c.primary, settings)) g.listed.push(c);
    }
    g.listed.sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.primary.severity === 'error' ? 0 : 1) - (b.primary.severity === 'error' ? 0 : 1));
    out.push(g);
  }
  return out;
}

/** Keyboard order: groups in document order, each cause's finding as listed. */
export const navigationOrder = (groups: readonly FindingGroup[]): Finding[] => groups.flatMap((g) => g.listed.map((c) => c.primary));
