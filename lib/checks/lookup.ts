// Finding the standard tables and their key rows by kind, label and code — never by position.
import type { DocModel, Table } from '../report/schema';
import { isAmountColumnName, norm } from './names';
import { levelOf } from './rowTree';

export function table(doc: DocModel, kind: string, part?: string): Table | undefined {
  return doc.tables.find((t) => t.kind === kind && (part === undefined || t.part === part) && t.rows.length > 0);
}

export function firstAmountCol(t: Table): number {
  return t.columns.findIndex((c) => isAmountColumnName(c));
}

export function totalRow(t: Table): number {
  const i = t.rows.findIndex((r) => r.level === 'total');
  return i >= 0 ? i : t.rows.findIndex((r) => /^(合计|总计)$/.test(norm(r.label)));
}

export function rowBy(t: Table, re: RegExp): number {
  return t.rows.findIndex((r) => re.test(norm(r.label)));
}

/** Rows of `t` whose 7-digit (项) code lies under function class `cls`; the 类 row itself when the table has one. */
export function classRows(t: Table, cls: string): number[] {
  const classRow = t.rows.findIndex((r) => r.code?.trim() === cls && levelOf(r) === 'class');
  if (classRow >= 0) return [classRow];
  return t.rows.map((r, i) => (r.code && r.code.trim().length === 7 && r.code.trim().startsWith(cls) ? i : -1)).filter((i) => i >= 0);
}
