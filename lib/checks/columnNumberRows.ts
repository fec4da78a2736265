// Rows of column numbers (栏次 1 2 3 …, "** | 1 | 2"): layout, not data. Shared by the rule families
// that read rows, so that no family imports another.
import type { Table } from '../report/schema';
import { norm } from './names';

/** Rows that carry column numbers (栏次 1 2 3 …) rather than amounts. */
export function isColumnNumberRow(t: Table, r: number): boolean {
  const row = t.rows[r]!;
  if (/^(栏次|行次)$/.test(norm(row.label))) return true;
  // "** | 1 | 2 | 3 …": a marker such as ** or 甲/乙 may stand in the text columns
  const vals = row.cells.filter((c): c is string => c != null && c.trim() !== '' && !/^([*＊#]+|[甲乙丙丁])$/.test(c.trim()));
  return vals.length >= 2 && vals.every((c) => /^\d{1,2}$/.test(c.trim()));
}
