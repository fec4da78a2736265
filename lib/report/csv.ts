// CSV for people who open it in Excel: UTF-8 with a BOM (or Excel guesses GBK), CRLF rows,
// RFC 4180 quoting. Amounts stay the strings the document printed.
import type { Table } from './schema';

const BOM = '\uFEFF';

export function csvField(value: string | null): string {
  if (value === null) return '';
  // A leading = + - @ would make a spreadsheet evaluate the cell; amounts like -3.20 are safe as numbers,
  // but labels are not: prefix those with an apostrophe.
  const safe = /^[=+@]/.test(value) || (/^-/.test(value) && !/^-[\d.,\s]+$/.test(value)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRows(rows: (string | null)[][]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One table as CSV: code, label, then the table's columns. */
export function tableToCsv(table: Table): string {
  const header = ['编码', '项目', ...table.columns];
  return csvRows([header, ...table.rows.map((r) => [r.code, r.label, ...r.cells])]);
}
