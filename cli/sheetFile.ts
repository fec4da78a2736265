// The inspection-sheet file, shared by `sheet -o` and `check/crawl --sheet`: opened (created empty)
// before any work so a bad path is said at once, filled once every document is done — an .xlsx
// workbook (one sheet per document, 汇总 first when several, unreadable inputs listed there) or a
// UTF-8 CSV with BOM.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { InspectionSheet } from '../lib/sheet/inspectionSheet';

export interface FailedInput {
  source: string;
  error: string;
}

/** Throws the file system's error when the path cannot be written. */
export function openSheetFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '');
}

/** SheetJS (~0.5 MB to compile) is imported here, when a sheet is written, not by every check. */
export async function writeSheetFile(path: string, sheets: InspectionSheet[], failed: FailedInput[]): Promise<void> {
  const { sheetsToCsv, sheetsToXlsx } = await import('../lib/sheet/writeSheet');
  writeFileSync(path, /\.csv$/i.test(path) ? sheetsToCsv(sheets) : sheetsToXlsx(sheets, failed));
}

/** The closing stderr line: where the sheet is and how many items are 否. */
export function sheetDoneLine(path: string, sheets: InspectionSheet[], failed: FailedInput[]): string {
  const no = sheets.reduce((n, s) => n + s.rows.filter((r) => r.verdict === '否').length, 0);
  return `budget-lens: 检查表 ${path}：${sheets.length} 份文档，${no} 项不符合要求${failed.length ? `，${failed.length} 份无法核查` : ''}\n`;
}
