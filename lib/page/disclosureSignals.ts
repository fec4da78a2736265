// The content script's cheap first pass: does this page look like a budget / final-account
// disclosure? It reads only the title, headings and table headers (no full text walk), so a
// non-disclosure page costs well under 2 ms and gets nothing else done to it.

const TITLE_WORDS = /部门预算|部门决算|预算公开|决算公开|三公经费|“三公”经费|"三公"经费|预算情况说明|决算情况说明/;
const HEADER_WORDS = /科目编码|功能分类|经济分类|科目代码|基本支出|项目支出|本年收入|本年支出|一般公共预算/;
const UNIT_WORDS = /单位[:：]\s*(万元|元)|金额单位/;

export interface DisclosureSignals {
  title: boolean;
  headings: boolean;
  tableHeaders: number;
  unitLines: boolean;
  /** Links that look like disclosure PDFs. */
  pdfLinks: { url: string; text: string }[];
}

const PDF_LINK_TEXT = /预算|决算|三公/;

export function readSignals(doc: Document): DisclosureSignals {
  const title = TITLE_WORDS.test(doc.title);
  let headings = false;
  for (const h of doc.querySelectorAll('h1, h2, h3, .title, [class*="title"]')) {
    if (TITLE_WORDS.test(h.textContent ?? '')) {
      headings = true;
      break;
    }
  }
  let tableHeaders = 0;
  for (const table of doc.querySelectorAll('table')) {
    // Only the first rows: headers live there, and reading whole tables here would not be cheap.
    const rows = table.rows;
    let head = '';
    for (let i = 0; i < Math.min(rows.length, 4); i++) head += rows[i]?.textContent ?? '';
    if (HEADER_WORDS.test(head)) tableHeaders += 1;
  }
  const unitLines = UNIT_WORDS.test(doc.body?.textContent?.slice(0, 20_000) ?? '');
  return { title, headings, tableHeaders, unitLines, pdfLinks: findPdfLinks(doc) };
}

export function findPdfLinks(doc: Document): { url: string; text: string }[] {
  const out: { url: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const href = a.href;
    if (!/^https?:|^file:/i.test(href)) continue;
    const isPdf = /\.pdf($|[?#])/i.test(href);
    if (!(isPdf && (PDF_LINK_TEXT.test(text) || PDF_LINK_TEXT.test(decodeURIComponent(href)))) && !(isPdf && TITLE_WORDS.test(doc.title))) continue;
    if (seen.has(href)) continue;
    seen.add(href);
    out.push({ url: href, text });
  }
  return out;
}

export function looksLikeDisclosure(s: DisclosureSignals): boolean {
  if (s.tableHeaders >= 1 && (s.title || s.headings || s.unitLines)) return true;
  return s.tableHeaders >= 2;
}
