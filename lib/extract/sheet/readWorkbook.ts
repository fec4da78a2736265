// Workbook bytes → the visible sheets as resolved cell matrices, through SheetJS (@e965/xlsx, the
// maintained 0.20 line). The format is decided from the bytes before SheetJS sees them: SheetJS
// reads almost anything as CSV, so a PDF renamed .xls would otherwise come back as a "sheet".
import { read, type CellObject, type Range, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { ExtractError } from '../errors';
import { collapseWhitespace } from '../html/displayedText';
import { sniffOfficeFormat } from '../officeFormat';

/** Disclosure workbooks are tens of kilobytes to a few megabytes; past this it is not one. */
export const MAX_SHEET_BYTES = 30 * 1024 * 1024;
/** Slots (rows × columns of the used ranges) over all sheets: bounds memory whatever the merges. */
export const MAX_SHEET_SLOTS = 4_000_000;

export interface SheetCell {
  text: string;
  /** The merge's top-left cell (the cell itself when not merged). */
  originRow: number;
  originCol: number;
}

export interface SheetMatrix {
  name: string;
  /** Index among the workbook's sheets (hidden ones included), for anchors. */
  index: number;
  /** rows[r][c], every slot present, merged slots repeating their origin's text. Absolute
   * sheet coordinates: row 0 is the sheet's row 1 whatever the used range starts at. */
  rows: SheetCell[][];
}

export function readWorkbook(bytes: Uint8Array): SheetMatrix[] {
  if (bytes.length > MAX_SHEET_BYTES) throw new ExtractError('too-large', `${(bytes.length / 1024 / 1024).toFixed(0)} MB`);
  const format = sniffOfficeFormat(bytes);
  if (format === 'encrypted-ooxml') throw new ExtractError('password');
  if (format !== 'xlsx' && format !== 'xls' && format !== 'spreadsheet-xml') {
    throw new ExtractError(format === 'doc' || format === 'docx' ? 'unsupported' : 'not-spreadsheet');
  }
  let wb: WorkBook;
  try {
    wb = read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellStyles: false, cellDates: false });
  } catch (e) {
    const msg = (e as Error).message ?? '';
    if (/password|encrypt/i.test(msg)) throw new ExtractError('password');
    throw new ExtractError('corrupt', msg || null);
  }
  const sheets: SheetMatrix[] = [];
  let slots = 0;
  wb.SheetNames.forEach((sheetName, index) => {
    if (wb.Workbook?.Sheets?.[index]?.Hidden) return; // not shown to readers: not the disclosure
    const ws = wb.Sheets[sheetName];
    if (!ws) return;
    const range = usedRange(ws);
    if (!range) return;
    slots += (range.e.r + 1) * (range.e.c + 1);
    if (slots > MAX_SHEET_SLOTS) throw new ExtractError('too-large', `${sheetName}: ${range.e.r + 1} × ${range.e.c + 1}`);
    sheets.push({ name: sheetName, index, rows: resolve(ws, range) });
  });
  return sheets;
}

/** The range cells with a value actually reach (a declared !ref may run to XFD1048576 for one
 * formatted blank cell); null for an empty sheet. Sparse rows are skipped, not walked. */
function usedRange(ws: WorkSheet): Range | null {
  const data = (ws['!data'] ?? []) as (CellObject | undefined)[][];
  let maxR = -1;
  let maxC = -1;
  data.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cellText(cell) === '') return;
      if (r > maxR) maxR = r;
      if (c > maxC) maxC = c;
    });
  });
  if (maxR < 0) return null;
  for (const m of (ws['!merges'] ?? []) as Range[]) {
    if (m.s.r > maxR || m.s.c > maxC) continue; // a merge starting past the data holds nothing
    maxR = Math.max(maxR, m.e.r);
    maxC = Math.max(maxC, m.e.c);
  }
  return { s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } };
}

/** Every slot up to the used range's end, merges resolved like rowspan/colspan. */
function resolve(ws: WorkSheet, range: Range): SheetCell[][] {
  const data = (ws['!data'] ?? []) as (CellObject | undefined)[][];
  const rows: SheetCell[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const src = data[r] ?? [];
    const row: SheetCell[] = new Array(range.e.c + 1);
    for (let c = 0; c <= range.e.c; c++) row[c] = { text: cellText(src[c]), originRow: r, originCol: c };
    rows.push(row);
  }
  for (const m of (ws['!merges'] ?? []) as Range[]) {
    const origin = rows[m.s.r]?.[m.s.c];
    if (!origin) continue;
    for (let r = m.s.r; r <= Math.min(m.e.r, range.e.r); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, range.e.c); c++) {
        if (r === m.s.r && c === m.s.c) continue;
        rows[r]![c] = { text: origin.text, originRow: m.s.r, originCol: m.s.c };
      }
    }
  }
  return rows;
}

/** The text as Excel shows it: the formatted value (thousands separators, fixed decimals). */
function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.t === 'z') return '';
  return collapseWhitespace(cell.w ?? (cell.v === undefined || cell.v === null ? '' : String(cell.v)));
}
