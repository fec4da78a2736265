// pdf.js document → RawDoc, independent of how the document was loaded (Node or extension).
// Per page: text items placed in display space → ruled tables (operator lists, read only for
// pages whose text looks like a table: that is what keeps the cost near bare text extraction)
// → aligned tables for what is not ruled → the rest as text blocks, all in reading order.
import type { PDFDocumentProxy, PDFPageProxy, TextContent } from 'pdfjs-dist/types/src/display/api';
import { ExtractError } from '../errors';
import type { GridCell, RawBlock, RawGrid } from '../raw';
import { alignedTables } from './alignedTables';
import { dedupeItems, groupLines, type Line, segmentLine } from './lines';
import { toExtractError } from './loadErrors';
import { invert, toAnchor } from './pageGeometry';
import { ruledTables, type PageTable } from './ruledTables';
import { IMAGE_OPS, PDFJS_OPS } from './pdfjsOps';
import { extractRulings, type Rulings } from './rulings';
import { textBlocks } from './textBlocks';
import { mergeRowFragments } from './rowFragments';
import { placeItems } from './textItems';
import type { ExtractPdfOptions, PdfAnchor, PdfPageInfo, PdfRawDoc, PlacedItem } from './types';
import { BudgetClock, budgetOf, tooComplex } from './workBudget';

const NUMBER = /^[-−+]?[\d,，.．\s]*\d[\d,，.．\s]*%?$/;

/** Whether a page's lines look like a table: several lines broken into columns or carrying numbers. */
export function looksTabular(lines: readonly Line[]): boolean {
  let rowsLike = 0;
  for (const ln of lines) {
    const segs = segmentLine(ln);
    const numeric = segs.filter((s) => NUMBER.test(s.map((i) => i.text).join(''))).length;
    // One line with several numbers is enough: a table's last row alone on a page is a table.
    if (numeric >= 2) return true;
    // A header line of four or more columns: a table even with no figures in it (empty tables).
    if (segs.length >= 4) return true;
    if (segs.length >= 3 || (segs.length >= 2 && numeric >= 1)) rowsLike++;
    if (rowsLike >= 2) return true;
  }
  return false;
}

function gridBlock(t: PageTable, page: number, inverse: readonly number[], wrapped: WeakSet<GridCell>): RawGrid<PdfAnchor> {
  const rows: GridCell<PdfAnchor>[][] = t.rows.map((row) =>
    row.map(({ box, full, ...cell }) => {
      const out = { ...cell, anchor: toAnchor(inverse, page, box) };
      if (full) wrapped.add(out);
      return out;
    }),
  );
  return { type: 'grid', rows, page };
}

export async function extractPdfRaw(pdf: PDFDocumentProxy, source: string, options: ExtractPdfOptions = {}): Promise<PdfRawDoc> {
  const pageNumbers = options.pages ?? Array.from({ length: pdf.numPages }, (_, i) => i + 1);
  // Pages and time: checked per page, and every pdf.js call is abandoned when the time runs out.
  const clock = options.clock ?? new BudgetClock(budgetOf(options.budget));
  clock.checkPages(pageNumbers.length);
  const blocks: RawBlock<PdfAnchor>[] = [];
  const pageInfo: PdfPageInfo[] = [];
  const imageOnlyPages: number[] = [];
  const blankPages: number[] = [];
  let textPages = 0;
  let title: string | null = null;
  try {
    const meta = await pdf.getMetadata();
    const t = (meta.info as { Title?: unknown } | undefined)?.Title;
    if (typeof t === 'string' && t.trim()) title = t.trim();
  } catch {
    // Metadata is optional: a damaged info dictionary must not stop extraction.
  }
  let done = 0;
  const wrapped = new WeakSet<GridCell>();
  // The worker reads page n+1's text while this thread lays out page n: requests are queued
  // so that page n's operator list (when wanted) goes first, then the next page's text.
  const fetchText = (n: number): Promise<{ page: PDFPageProxy; content: TextContent }> => {
    const p = pdf.getPage(n).then(async (page) => ({ page, content: await page.getTextContent() }));
    p.catch(() => undefined); // awaited (and thrown) in turn; no unhandled rejection meanwhile
    return p;
  };
  let pending = pageNumbers.length ? fetchText(pageNumbers[0]!) : null;
  for (const [index, n] of pageNumbers.entries()) {
    let page: PDFPageProxy, content: TextContent;
    try {
      ({ page, content } = await clock.within(pending!));
    } catch (err) {
      throw toExtractError(err);
    }
    const viewport = page.getViewport({ scale: 1 });
    const vt = viewport.transform;
    const inverse = invert(vt);
    pageInfo.push({ page: n, width: viewport.width, height: viewport.height, rotation: page.rotate, view: [...page.view] });
    const items: PlacedItem[] = dedupeItems(placeItems(content, vt));
    const lines = groupLines(items);
    const wantRulings =
      items.length === 0 || options.rulings === 'always' || (options.rulings !== 'never' && looksTabular(lines));
    // The drawing read from the content streams where the reader can (far cheaper than pdf.js's
    // operator list, which also carries every glyph); pdf.js's list otherwise, and for pages
    // without text (whose images tell a scan from a blank page).
    const own = wantRulings && items.length > 0 ? ((await options.drawings?.page(n, clock.budget.maxOperators)) ?? null) : null;
    const opsPromise = wantRulings && !own ? page.getOperatorList() : null;
    opsPromise?.catch(() => undefined);
    const nextNumber = pageNumbers[index + 1];
    pending = nextNumber !== undefined ? fetchText(nextNumber) : null;
    let ops: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> } | null = own;
    try {
      ops ??= opsPromise ? await clock.within(opsPromise) : null;
    } catch (err) {
      throw toExtractError(err);
    }
    // Form XObjects drawn many times multiply a page's operators past what its bytes showed.
    if (ops && (own ? own.operators : ops.fnArray.length) > clock.budget.maxOperators) {
      throw tooComplex(`第 ${n} 页的绘图指令超过 ${clock.budget.maxOperators} 条 (operators on a page)`);
    }
    if (items.length === 0) {
      // No text: a scanned page when it paints images.
      if (ops && Array.from(ops.fnArray).some((f) => IMAGE_OPS.has(f))) imageOnlyPages.push(n);
      else blankPages.push(n);
      page.cleanup();
      options.onProgress?.(++done, pageNumbers.length);
      continue;
    }
    textPages++;
    const rulings: Rulings = ops ? extractRulings(ops.fnArray, ops.argsArray, PDFJS_OPS, vt) : { horizontal: [], vertical: [] };
    const ruled = ruledTables(rulings, items);
    const used = new Set<PlacedItem>();
    for (const t of ruled) for (const it of t.items) used.add(it);
    const restLines = groupLines(items.filter((it) => !used.has(it)));
    const aligned = alignedTables(restLines, rulings.horizontal);
    const alignedLines = new Set<Line>();
    for (const t of aligned) for (const ln of t.lines) alignedLines.add(ln);
    const extent = { x0: Math.min(...items.map((i) => i.x0)), x1: Math.max(...items.map((i) => i.x1)) };
    const texts = textBlocks(restLines.filter((ln) => !alignedLines.has(ln)), viewport.width, extent);

    const pageBlocks: { top: number; block: RawBlock<PdfAnchor> }[] = [];
    for (const t of [...ruled, ...aligned]) pageBlocks.push({ top: t.box.top, block: gridBlock(t, n, inverse, wrapped) });
    for (const t of texts) {
      pageBlocks.push({
        top: t.box.top,
        block: { type: 'text', text: t.text, page: n, ...(t.align ? { align: t.align } : {}), anchor: toAnchor(inverse, n, t.box) },
      });
    }
    pageBlocks.sort((a, b) => a.top - b.top);
    for (const b of pageBlocks) blocks.push(b.block);
    page.cleanup();
    options.onProgress?.(++done, pageNumbers.length);
    clock.check();
  }
  mergeRowFragments(blocks, (cell) => wrapped.has(cell));
  if (textPages === 0) {
    throw new ExtractError('no-text-layer', imageOnlyPages.length ? `${imageOnlyPages.length} page(s) of images` : 'no text on any page');
  }
  // Pages that are only a picture (a table printed and scanned back in) are named as pictures.
  const images = imageOnlyPages.map((page) => ({ src: `第${page}页`, page }));
  return { source, format: 'pdf', title, pages: pdf.numPages, blocks, pageInfo, imageOnlyPages, blankPages, ...(images.length ? { images } : {}) };
}
