// "生成检查表": the reviewers' inspection sheet (lib/sheet) of the report on show, as an .xlsx file
// with its name. Built where the report is — the viewer page imports this lazily, a page's
// content script gets it injected (entrypoints/sheet-builder) — because SheetJS is far larger
// than the content script's whole budget.
import { inspectionSheet } from '../../lib/sheet/inspectionSheet';
import { sheetsToXlsx } from '../../lib/sheet/writeSheet';
import type { Report } from '../../lib/report/schema';

export interface SheetFile {
  name: string;
  bytes: Uint8Array;
}

/** `检查表-<department or document title>-<year>.xlsx`, without characters no file system takes. */
export function sheetFileName(report: Pick<Report, 'department' | 'title' | 'year' | 'source'>): string {
  const fromSource = report.source.split(/[\\/?#]/).filter(Boolean).pop() ?? '';
  const who = [report.department, report.title, fromSource.replace(/\.[a-z0-9]{2,5}$/i, '')]
    .map((s) => (s ?? '').replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_').replace(/\s+/g, ' ').replace(/^[\s._]+|[\s._]+$/g, '').slice(0, 60))
    .find((s) => s.length > 0);
  return ['检查表', who ?? '文档', report.year != null ? String(report.year) : null].filter(Boolean).join('-') + '.xlsx';
}

export function inspectionSheetFile(report: Report): SheetFile {
  return { name: sheetFileName(report), bytes: sheetsToXlsx([inspectionSheet(report)]) };
}
