// The content script's cheap first pass: does this page look like a budget / final-account
// disclosure? It reads only the title, headings and table headers (no full text walk), so a
// non-disclosure page costs well under 2 ms and gets nothing else done to it. Its second half,
// after extraction and on every source, is the document gate beside it (./documentGate).

const TITLE_WORDS = /部门预算|部门决算|预算公开|决算公开|三公经费|“三公”经费|"三公"经费|预算情况说明|决算情况说明/;
const HEADER_WORDS = /科目编码|功能分类|经济分类|科目代码|基本支出|项目支出|本年收入|本年支出|一般公共预算/;
/** Standard table names (docs/domain.md): a page may be just one of the tables, titled in bold. */
const TABLE_TITLE_WORDS = /(收支|收入|支出|财政拨款)[^，。]{0,8}(总体情况|决算|预算)[^，。]{0,6}表|三公[^，。]{0,6}表|政府采购预算表|政府购买服务预算表/;
/** Phrases of the 情况说明 (a narrative-only page, like seed 002, has no table to go by). */
const NARRATIVE_WORDS = /(收入|支出|收支)(决算|预算)(总体)?情况|财政拨款收、?支|[“"]?三公[”"]?经费|机关运行经费|基本支出|项目支出|政府采购/g;
const UNIT_WORDS = /单位[:：]\s*(万元|元)|金额单位/;

export interface DisclosureSignals {
  title: boolean;
  headings: boolean;
  tableHeaders: number;
  /** Tables on the page. */
  tables: number;
  unitLines: boolean;
  /** Distinct 情况说明 phrases in the page's first 20,000 characters. */
  narrativePhrases: number;
  /** Links that look like disclosure PDFs or office attachments (.xls/.xlsx/.et/.docx), with their elements (for the "核查" buttons). */
  pdfLinks: PdfLink[];
}

export interface PdfLink {
  el: HTMLAnchorElement;
  url: string;
  text: string;
}

const PDF_LINK_TEXT = /预算|决算|三公/;

export function readSignals(doc: Document): DisclosureSignals {
  const title = TITLE_WORDS.test(doc.title);
  let headings = TABLE_TITLE_WORDS.test(doc.title);
  for (const h of doc.querySelectorAll('h1, h2, h3, .title, [class*="title"]')) {
    if (headings) break;
    const t = h.textContent ?? '';
    if (TITLE_WORDS.test(t) || TABLE_TITLE_WORDS.test(t)) headings = true;
  }
  // Word-made pages title their tables with a bold or centred paragraph: look at the first few.
  if (!headings) {
    const bold = doc.querySelectorAll('b, strong, p[align="center"], p[align=center]');
    for (let i = 0; i < Math.min(bold.length, 60) && !headings; i++) {
      const t = bold[i]!.textContent ?? '';
      if (t.length < 60 && TABLE_TITLE_WORDS.test(t)) headings = true;
    }
  }
  let tableHeaders = 0;
  const tables = doc.querySelectorAll('table');
  for (const table of tables) {
    // Only the first rows: headers live there, and reading whole tables here would not be cheap.
    const rows: ArrayLike<Element> = table.rows ?? table.querySelectorAll('tr'); // linkedom has no .rows
    let head = '';
    for (let i = 0; i < Math.min(rows.length, 4); i++) head += rows[i]?.textContent ?? '';
    if (HEADER_WORDS.test(head)) tableHeaders += 1;
  }
  const head = doc.body?.textContent?.slice(0, 20_000) ?? '';
  const unitLines = UNIT_WORDS.test(head);
  const narrativePhrases = new Set(head.match(NARRATIVE_WORDS) ?? []).size;
  return { title, headings, tableHeaders, tables: tables.length, unitLines, narrativePhrases, pdfLinks: findPdfLinkElements(doc) };
}

const ATTACHMENT_TEXT = /附件|\.(?:pdf|xlsx?|et|docx)\b/i;
/** Files the viewer checks: PDFs, and the workbooks and Word files many departments attach instead. */
const CHECKABLE_FILE = /\.(?:pdf|xlsx?|et|docx)($|[?#])/i;
const CHECKABLE_NAME = /\.(?:pdf|xlsx?|et|docx)(?![a-z])/i;

/** Links to disclosure PDFs and office attachments, with their elements (for the "核查" buttons beside them). */
export function findPdfLinkElements(doc: Document): PdfLink[] {
  const out: PdfLink[] = [];
  const seen = new Set<string>();
  const titled = TITLE_WORDS.test(doc.title);
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = a.href;
    if (!/^https?:|^file:/i.test(href)) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    let decoded = href;
    try {
      decoded = decodeURIComponent(href);
    } catch {
      // a malformed escape: match on the raw href
    }
    const isFile = CHECKABLE_FILE.test(href);
    // A .pdf/.xlsx/… href named 预算/决算 (in its text or path), or on a page that is itself a
    // disclosure; or an attachment link whose text names such a file ("附件：2025年部门预算公开表.xlsx").
    const named = PDF_LINK_TEXT.test(text) || PDF_LINK_TEXT.test(decoded);
    if (!((isFile && (named || titled)) || (ATTACHMENT_TEXT.test(text) && CHECKABLE_NAME.test(text) && PDF_LINK_TEXT.test(text)))) continue;
    if (seen.has(href)) continue;
    seen.add(href);
    out.push({ el: a, url: href, text });
  }
  return out;
}

export function looksLikeDisclosure(s: DisclosureSignals): boolean {
  if (s.tableHeaders >= 1 && (s.title || s.headings || s.unitLines)) return true;
  // A page that is one standard table with its own headers (部门（单位）代码 …) under a 单位：万元 line.
  if ((s.title || s.headings) && s.unitLines && s.tables >= 1) return true;
  // The 情况说明 alone (no tables): several of its standard phrases. The full check decides.
  if (s.narrativePhrases >= 4) return true;
  return s.tableHeaders >= 2;
}
