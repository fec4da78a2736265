// A table printed over several pages or <table>s comes as several grids: the later ones repeat
// the header (or carry none). Merge a grid into the table before it when nothing names a new
// table in between and the columns agree.
import type { GridCell } from '../raw';
import type { TableDraft } from './segment';
import { countHeaderRows, isLabelHeaderRow } from './headerRows';
import { fold, isColumnNumberRow, looksLikeAmount } from './textForms';

/** Columns up to the last one holding any text (trailing empty tab columns do not count). */
export function effectiveWidth<A>(rows: GridCell<A>[][]): number {
  let w = 0;
  for (const r of rows) {
    if (isColumnNumberRow(r.map((c) => c.text))) continue; // column numbers are often misaligned
    for (let c = r.length - 1; c >= w; c--) if (r[c]!.text.trim() !== '') { w = c + 1; break; }
  }
  return w;
}

/** The header's last text row (the column titles proper), folded, for comparing two headers. */
export function headerSignature<A>(rows: GridCell<A>[][], headerRows: number): string {
  for (let r = headerRows - 1; r >= 0; r--) {
    const texts = rows[r]!.map((c) => c.text);
    if (isColumnNumberRow(texts)) continue;
    return texts.map((t) => fold(t)).join('|').replace(/\|+$/, '');
  }
  return '';
}

/** Two header rows name the same columns: most of their titled cells agree (garbled text allowed). */
function rowsAgree(a: string[], b: string[]): boolean {
  let same = 0;
  let titled = 0;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = fold(a[i] ?? '');
    const y = fold(b[i] ?? '');
    if (x || y) titled++;
    if (x && x === y) same++;
  }
  return titled > 0 && same >= titled * 0.6;
}

/** A repeated header: some text row of the later header agrees with a row of the earlier one
 * (a page may repeat only part of a multi-row header). */
export function headersAgree<A>(prev: GridCell<A>[][], prevHeader: number, next: GridCell<A>[][], nextHeader: number): boolean {
  const textRows = (rows: GridCell<A>[][], h: number) =>
    rows.slice(0, h).map((r) => r.map((c) => c.text)).filter((t) => !isColumnNumberRow(t) && t.some((x) => x.trim()));
  const a = textRows(prev, prevHeader);
  return textRows(next, nextHeader).some((row) => a.some((p) => rowsAgree(p, row)));
}

export interface MergedTable<A> {
  rows: GridCell<A>[][];
  headerRows: number;
  draft: TableDraft<A>;
  page: number | null;
  pageEnd: number | null;
  /** Cached effectiveWidth(rows) and row width: recomputing them per page would be quadratic. */
  width: number;
  slots: number;
}

/** The draft's heading repeats the previous table's title (and number, when printed). */
function sameHeading<A>(prev: TableDraft<A>, next: TableDraft<A>): boolean {
  const a = prev.context.title;
  const b = next.context.title;
  if (!a || !b || fold(a) !== fold(b)) return false;
  return (prev.context.number ?? null) === null || next.context.number === null || fold(prev.context.number!) === fold(next.context.number!);
}

export function mergeContinuations<A>(drafts: TableDraft<A>[]): MergedTable<A>[] {
  const out: MergedTable<A>[] = [];
  for (const d of drafts) {
    const g = d.grids[0]!;
    const texts = g.rows.map((r) => r.map((c) => c.text));
    let rows = g.rows;
    // 公开10: a caption row ("一、政府采购情况") above the header row "项目 | 行次 | 统计数"
    const late = texts.slice(1, 3).findIndex((t) => isLabelHeaderRow(t));
    if (late >= 0 && countHeaderRows(texts) === 0) {
      rows = [g.rows[late + 1]!, ...g.rows.slice(0, late + 1), ...g.rows.slice(late + 2)];
    }
    const h = rows !== g.rows ? 1 : countHeaderRows(texts, g.rows.map((r) => r.every((c) => c.text.trim() === '' || c.header === true) && r.some((c) => c.header)));
    const prev = out[out.length - 1];
    // Some templates print the table's number and title again on every page (佛山 表1 … 表8):
    // the same title right after the table is its continuation, not a new table.
    // A heading marked 续表 / （续） continues the table before it, unless it names another one.
    const marked = !!prev && d.context.continued === true && (!d.context.title || !prev.draft.context.title || fold(d.context.title) === fold(prev.draft.context.title));
    const titleAgain = !!prev && (sameHeading(prev.draft, d) || marked);
    // A note closes a table: what follows it is another table, even without a title.
    if (prev && ((!d.hasHeading && !d.afterNarrative) || titleAgain) && (prev.draft.context.notes.length === 0 || titleAgain)) {
      // A repeated header settles it; without one, the column count must agree.
      const sameHeader = h > 0 && headersAgree(prev.rows, prev.headerRows, g.rows, h);
      const w = effectiveWidth(g.rows);
      const bare = h === 0 && w <= prev.width;
      // A garbled repeated header (OCR) still spans exactly the same columns.
      const sameShape = h > 0 && w === prev.width && h <= prev.headerRows + 1;
      if (sameHeader || bare || sameShape) {
        // A header left alone at a page's foot (its rows on the next page): counted again with them.
        const headerOnly = !prev.rows.some((r) => r.some((c) => looksLikeAmount(c.text)));
        for (const row of rows.slice(h)) {
          const padded = row.slice();
          while (padded.length < prev.slots) padded.push({ text: '', originRow: 0, originCol: padded.length });
          prev.rows.push(padded);
        }
        // keep rows rectangular when a continuation is wider (trailing empty columns): rare,
        // and it widens the table once for good
        prev.width = Math.max(prev.width, w);
        const wider = rows.reduce((m, r) => Math.max(m, r.length), 0);
        if (wider > prev.slots) {
          prev.slots = wider;
          for (const r of prev.rows) while (r.length < wider) r.push({ text: '', originRow: 0, originCol: r.length });
        }
        if (headerOnly) prev.headerRows = Math.max(prev.headerRows, countHeaderRows(prev.rows.map((r) => r.map((c) => c.text))));
        prev.pageEnd = g.pageEnd ?? g.page ?? prev.pageEnd;
        // notes and units printed with the continuation are the table's own
        prev.draft.context.notes.push(...d.context.notes);
        prev.draft.context.unit ??= d.context.unit;
        continue;
      }
    }
    out.push({
      rows: rows.map((r) => r.slice()),
      headerRows: h,
      draft: d,
      page: g.page,
      pageEnd: g.pageEnd ?? g.page,
      width: effectiveWidth(rows),
      slots: rows.reduce((m, r) => Math.max(m, r.length), 0),
    });
  }
  return out;
}
