// Inspection sheets → bytes: an .xlsx workbook through SheetJS (@e965/xlsx, the library that reads
// the attachments) — one worksheet per document in the reviewers' layout, a 汇总 sheet first when
// there are several — or one UTF-8 CSV with BOM (Excel opens it as Chinese) holding every row.
import { utils, write, type WorkSheet } from '@e965/xlsx';
import type { InspectionSheet, SheetRow } from './inspectionSheet';

export const SHEET_HEADER = ['检查内容', '项目', '符合要求', '问题说明'];

/** Numbered problems, one a line, as reviewers write them ("1.…\n2.…"); a single one unnumbered. */
export function notesText(row: SheetRow): string {
  return row.notes.length > 1 ? row.notes.map((n, i) => `${i + 1}.${n}`).join('\n') : (row.notes[0] ?? '');
}

function documentSheet(s: InspectionSheet): WorkSheet {
  const aoa: string[][] = [
    [s.title, '', '', ''],
    [`部门名称：${s.department ?? '（未识别）'}`, '', '', ''],
    [`公开文件：${s.source}`, '', '', ''],
    SHEET_HEADER,
    ...s.rows.map((r) => [r.group, r.item, r.verdict, notesText(r)]),
  ];
  const ws = utils.aoa_to_sheet(aoa);
  ws['!merges'] = [0, 1, 2].map((r) => ({ s: { r, c: 0 }, e: { r, c: 3 } }));
  ws['!cols'] = [{ wch: 10 }, { wch: 44 }, { wch: 10 }, { wch: 100 }];
  return ws;
}

export interface SummaryRow {
  source: string;
  department: string | null;
  year: number | null;
  no: number;
  yes: number;
  notJudged: number;
  /** The items marked 否, or the reason a document could not be read. */
  items: string;
}

export function summaryRows(sheets: InspectionSheet[]): SummaryRow[] {
  return sheets.map((s) => ({
    source: s.source,
    department: s.department,
    year: s.year,
    no: s.rows.filter((r) => r.verdict === '否').length,
    yes: s.rows.filter((r) => r.verdict === '是').length,
    notJudged: s.rows.filter((r) => r.verdict === '未核对').length,
    items: s.rows.filter((r) => r.verdict === '否').map((r) => r.item).join('、'),
  }));
}

const SUMMARY_HEADER = ['公开文件', '部门', '年度', '否', '是', '未核对', '不符合要求的项目'];

/** Worksheet names: at most 31 characters, none of []:*?/\, unique. */
function sheetName(s: InspectionSheet, taken: Set<string>): string {
  const base = (s.department ?? s.source.split(/[\\/]/).pop() ?? '文档').replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || '文档';
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base.slice(0, 26)}-${k}`;
  taken.add(name);
  return name;
}

export function sheetsToXlsx(sheets: InspectionSheet[], failed: { source: string; error: string }[] = []): Uint8Array {
  const wb = utils.book_new();
  const taken = new Set<string>();
  if (sheets.length + failed.length > 1) {
    const rows = summaryRows(sheets).map((r) => [r.source, r.department ?? '', r.year != null ? String(r.year) : '', String(r.no), String(r.yes), String(r.notJudged), r.items]);
    for (const f of failed) rows.push([f.source, '', '', '', '', '', `无法核查：${f.error}`]);
    utils.book_append_sheet(wb, utils.aoa_to_sheet([SUMMARY_HEADER, ...rows]), '汇总');
    taken.add('汇总');
  }
  for (const s of sheets) utils.book_append_sheet(wb, documentSheet(s), sheetName(s, taken));
  if (!wb.SheetNames.length) utils.book_append_sheet(wb, utils.aoa_to_sheet([SUMMARY_HEADER]), '汇总');
  // SheetJS's 'array' output is an ArrayBuffer.
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function sheetsToCsv(sheets: InspectionSheet[]): string {
  const lines = [['公开文件', '部门', ...SHEET_HEADER]];
  for (const s of sheets) for (const r of s.rows) lines.push([s.source, s.department ?? '', r.group, r.item, r.verdict, notesText(r)]);
  return '\uFEFF' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
