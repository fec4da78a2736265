// What the worker sends back to a page: only what the overlay uses. A multi-megabyte message
// holds the page's main thread for seconds (10,000-row fixture: ~5 s for 7 MB), so the payload
// drops table cell values (refs carry their values), English messages, labels of rows and anchors
// no finding uses, and — on very large pages — passing findings beyond a limit (only counted).
import type { RawCheckResult } from './checkRaw';
import { findingGroupKey } from '../findingGroups';

/** Passing findings sent one by one at most; beyond, they are counted (summary and panel say so). */
export const PAGE_PASS_LIMIT = 2000;

export interface PagePayload extends RawCheckResult {
  /** Passing findings left out (counted in report.summary.pass, not listed). */
  omittedPass: number;
  /** The left-out passing findings per panel group (lib/page/findingGroups), when any were. */
  passByGroup?: Record<string, number>;
}

export function pagePayload(result: RawCheckResult, passLimit = PAGE_PASS_LIMIT): PagePayload {
  const { report, anchors } = result;
  const passes = report.findings.filter((f) => f.status === 'pass').length;
  const keepPass = passes <= passLimit;
  const findings = report.findings
    .filter((f) => keepPass || f.status !== 'pass')
    .map(({ messageEn: _en, ...f }) => f);
  const used = new Set<string>();
  const usedRows = new Set<string>();
  for (const f of findings) {
    for (const r of f.refs) {
      if (r.table == null) continue;
      used.add(`${r.table}:${r.row}:${r.col ?? -1}`);
      usedRows.add(`${r.table}:${r.row}`);
    }
  }
  let passByGroup: Record<string, number> | undefined;
  if (!keepPass) {
    const groupKey = findingGroupKey(report);
    passByGroup = {};
    for (const f of report.findings) if (f.status === 'pass') passByGroup[groupKey(f)] = (passByGroup[groupKey(f)] ?? 0) + 1;
  }
  const cells = anchors.cells.filter(([key]) => used.has(key) || used.has(key.replace(/:-2$/, ':-1')));
  return {
    // Rows keep their place (refs index them) but only referenced rows keep their labels.
    report: {
      ...report,
      findings,
      tables: report.tables.map((t) => ({ ...t, rows: t.rows.map((r, i) => (usedRows.has(`${t.id}:${i}`) ? { ...r, cells: [] } : { code: null, label: '', cells: [] })) })),
    },
    anchors: { cells, text: anchors.text },
    omittedPass: keepPass ? 0 : passes,
    ...(passByGroup ? { passByGroup } : {}),
  };
}
