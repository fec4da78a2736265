// The batch CSVs (UTF-8 with BOM, see lib/report/csv): one row per document (--summary) and one
// row per finding (--findings). Column names are stable identifiers for scripts and spreadsheets.
import { csvField } from '../lib/report/csv';
import type { Outcome } from './checkTask';

export const SUMMARY_HEADER = ['source', 'department', 'year', 'kind', 'tables_recognised', 'tables_present', 'checks', 'pass', 'rounding', 'fail', 'warnings', 'seconds', 'error'];
export const FINDINGS_HEADER = ['source', 'department', 'year', 'kind', 'finding', 'rule', 'status', 'severity', 'message', 'expected', 'actual', 'difference', 'tables', 'pages', 'group'];

export const csvLine = (fields: (string | number | null | undefined)[]): string =>
  fields.map((f) => csvField(f === null || f === undefined ? null : String(f))).join(',') + '\r\n';

export function summaryRow(o: Outcome, lang: 'zh' | 'en'): string {
  const seconds = o.seconds.toFixed(2);
  const r = o.report;
  if (!r) return csvLine([o.source, null, null, null, null, null, null, null, null, null, null, seconds, o.error ? (lang === 'zh' ? o.error.zh : o.error.en) : null]);
  const recognised = r.coverage?.recognised ?? r.tables.filter((t) => t.kind !== 'other').length;
  const present = r.coverage?.tables ?? r.tables.length;
  const warnings = r.findings.filter((f) => f.status === 'fail' && f.severity === 'warning').length;
  const s = r.summary;
  return csvLine([r.source, r.department, r.year, r.kind, recognised, present, s.checks, s.pass, s.rounding, s.fail, warnings, seconds, null]);
}

export function findingRows(o: Outcome, lang: 'zh' | 'en'): string {
  const r = o.report;
  if (!r) return '';
  return r.findings
    .map((f) => {
      const tables = [...new Set(f.refs.map((x) => x.table).filter((t) => t !== null))].join(' ');
      const pages = [...new Set(f.refs.map((x) => x.page).filter((p) => p !== null))].join(' ');
      const message = lang === 'en' ? f.messageEn ?? f.message : f.message;
      return csvLine([r.source, r.department, r.year, r.kind, f.id, f.rule, f.status, f.severity, message, f.expected, f.actual, f.difference, tables, pages, f.group]);
    })
    .join('');
}
