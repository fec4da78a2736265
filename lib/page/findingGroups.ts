// The side panel's model: findings grouped by the table they mark (the narrative as one group),
// in document order, with counts per status; and the flat order keyboard navigation walks.
import type { Finding, Report, Status } from '../report/schema';
import { isShown, markedRefIndex, type MarkSettings } from './markers';
import { tableName } from './refLabel';

export interface FindingGroup {
  key: string;
  title: string;
  counts: Record<Status, number>;
  /** Findings listed under the group (fails always; rounding / pass when shown), fails first. */
  listed: Finding[];
}

const NARRATIVE = 'narrative';
const ORDER: Record<Status, number> = { fail: 0, rounding: 1, pass: 2 };

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
 */
export function groupFindings(report: Pick<Report, 'tables' | 'findings'>, settings: MarkSettings, countedPass: Readonly<Record<string, number>> = {}): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const groupKey = findingGroupKey(report);
  for (const t of report.tables) {
    const key = t.group ?? t.id;
    if (!groups.has(key)) groups.set(key, { key, title: tableName(t), counts: { fail: 0, rounding: 0, pass: 0 }, listed: [] });
  }
  const groupOf = (key: string): FindingGroup => {
    let g = groups.get(key);
    if (!g) {
      g = { key, title: key === NARRATIVE ? '情况说明' : key, counts: { fail: 0, rounding: 0, pass: 0 }, listed: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const f of report.findings) {
    const g = groupOf(groupKey(f));
    g.counts[f.status] += 1;
    if (isShown(f, settings)) g.listed.push(f);
  }
  for (const [key, n] of Object.entries(countedPass)) groupOf(key).counts.pass += n;
  const out = [...groups.values()].filter((g) => g.counts.fail + g.counts.rounding + g.counts.pass > 0);
  for (const g of out) g.listed.sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1));
  return out;
}

/** Keyboard order: groups in document order, findings as listed. */
export const navigationOrder = (groups: readonly FindingGroup[]): Finding[] => groups.flatMap((g) => g.listed);
