// Splits a RawDoc's blocks into table drafts (a grid with its heading lines and notes) and the
// narrative blocks left over. One pass over the blocks: linear in their number.
import type { RawBlock, RawGrid, RawText } from '../raw';
import { peelHeadingRows } from './gridHeading';
import { isContextText, isNoteText, isTableNumber, isTableTitle, readContext, splitNumberedTitle, splitTitleUnit, type TableContext } from './tableContext';
import { fold, looksLikeAmount } from './textForms';

export interface TableDraft<A> {
  grids: RawGrid<A>[];
  context: TableContext;
  /** The draft's heading named a table (title or number): it cannot continue the one before. */
  hasHeading: boolean;
  /** Narrative text stood between this grid and the previous one. */
  afterNarrative: boolean;
}

export interface Segmented<A> {
  tables: TableDraft<A>[];
  narrative: RawText<A>[];
  /** TOC lines and list items that name tables ("一、收入支出决算总表", "（表1）"). */
  tocLines: string[];
}

const MAX_HEADING_LINES = 6;

/** A table of contents laid out as a grid: label + page number per row, no amounts. */
function isTocGrid<A>(g: RawGrid<A>): boolean {
  if (g.rows.length < 3) return false;
  let pageRows = 0;
  for (const row of g.rows) {
    const vals = row.map((c) => c.text.trim()).filter((t) => t !== '');
    if (vals.some((v) => looksLikeAmount(v))) return false;
    if (vals.length > 2) return false;
    if (vals.length === 2 && /^[0-9]{1,3}$/.test(vals[1]!)) pageRows++;
  }
  return pageRows >= g.rows.length * 0.8;
}

/** A few characters with no sentence punctuation: a heading line's wrapped tail, never a sentence. */
function isHeadingFragment(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 12 && !/[。，,；;:：]/.test(t) && !isPageFurniture(t);
}

/** A running page number or page label, printed by the layout rather than written. */
export function isPageFurniture(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return /^[-—–－]?[0-9]{1,4}[-—–－]?$/.test(t) || /^第[0-9]{1,4}页([,，/／]?共[0-9]{1,4}页)?$/.test(t) || /^共[0-9]{1,4}页$/.test(t) || /^[0-9]{1,4}[/／][0-9]{1,4}$/.test(t);
}

const isTitleLine = (t: string): boolean => isTableTitle(t) || !!splitNumberedTitle(t);

/** The second line of a wrapped title: a short piece ending in 表 (a qualifier or the unit may follow). */
function isTitleTail(text: string): boolean {
  const t = splitTitleUnit(text).text.trim();
  return /表([（(][^()（）]{1,12}[)）])?$/.test(t) && isHeadingFragment(t) && !splitNumberedTitle(t) && !isTableNumber(t);
}

/** Whether line a may be the first half of a title wrapped onto line b: never a marked heading (the
 * page's own <h1>), and never when both name a year (the document title above a table title). */
function mayWrap(a: { text: string; heading?: number }, b: { text: string }): boolean {
  if (a.heading !== undefined) return false;
  return !(/[0-9]{4}\s*年/.test(a.text) && /[0-9]{4}\s*年/.test(b.text));
}

/** Heading lines with a title wrapped over two of them joined ("2026年一般公" + "共预算支出表"). */
function joinWrappedTitle(lines: { text: string; heading?: number }[]): string[] {
  const out = lines.map((l) => ({ text: l.text, heading: l.heading }));
  for (let k = 0; k + 1 < out.length; k++) {
    const [a, b] = [out[k]!.text.trim(), out[k + 1]!.text.trim()];
    if (isTitleLine(a) || isTableNumber(a) || isPageFurniture(a) || /[。；;：:]/.test(a) || !mayWrap(out[k]!, out[k + 1]!)) continue;
    if (!(isTitleLine(b) || isTitleTail(b)) || splitNumberedTitle(b) || !isTitleLine(a + b)) continue;
    out.splice(k, 2, { text: a + b, heading: undefined });
  }
  return out.map((l) => l.text);
}

export function segment<A>(blocks: RawBlock<A>[]): Segmented<A> {
  const tables: TableDraft<A>[] = [];
  const narrative: RawText<A>[] = [];
  const tocLines: string[] = [];
  let pending: RawText<A>[] = [];

  const takeNotes = () => {
    // Notes right after a table belong to it.
    let i = 0;
    const last = tables[tables.length - 1];
    const furniture: RawText<A>[] = [];
    if (last) {
      // a page number or footer between the table and its note does not part them
      while (i < pending.length && (isNoteText(pending[i]!.text) || isPageFurniture(pending[i]!.text))) {
        if (isNoteText(pending[i]!.text)) last.context.notes.push(pending[i]!.text.trim());
        else furniture.push(pending[i]!);
        i++;
      }
      // furniture after the last note stays where it was (it may separate a continuation)
      while (i > 0 && isPageFurniture(pending[i - 1]!.text) && furniture.length > 0) {
        i--;
        furniture.pop();
      }
    }
    pending = [...furniture, ...pending.slice(i)];
  };

  for (const b of blocks) {
    if (b.type === 'text') {
      pending.push(b);
      continue;
    }
    if (isTocGrid(b)) {
      for (const row of b.rows) {
        const line = row.map((c) => c.text.trim()).filter((t) => t).join(' ');
        tocLines.push(line);
        pending.push({ type: 'text', text: line, page: b.page, anchor: row[0]?.anchor });
      }
      continue;
    }
    takeNotes();
    let start = pending.length;
    while (start > 0 && pending.length - start < MAX_HEADING_LINES) {
      if (isContextText(pending[start - 1]!.text)) start--;
      // the page's number between a heading left at a page's foot and its grid on the next page
      else if (start > 1 && isPageFurniture(pending[start - 1]!.text) && isContextText(pending[start - 2]!.text)) start -= 2;
      // a title wrapped so that neither line is a title alone ("2026年部门项目支" / "出表（主要项目）"): joined
      else if (start > 1 && isTitleTail(pending[start - 1]!.text) && mayWrap(pending[start - 2]!, pending[start - 1]!) && isTitleLine(pending[start - 2]!.text.trim() + pending[start - 1]!.text.trim())) {
        pending[start - 2] = { ...pending[start - 2]!, text: pending[start - 2]!.text.trim() + pending[start - 1]!.text.trim() };
        pending.splice(start - 1, 1);
        start -= 2;
      }
      // a short fragment wrapped out of a heading line ("部门名称：江苏省人大" / "常委会办公厅")
      else if (start > 1 && isHeadingFragment(pending[start - 1]!.text) && isContextText(pending[start - 2]!.text)) start -= 2;
      else break;
    }
    // A title broken over two lines ("…“三公”经费、会" / "议费、培训费支出预算表"): its first line joins it.
    // A line that opens with its table number ("附表1-3 …表") starts the title: nothing joins in front.
    if (start > 0 && start < pending.length && isTableTitle(pending[start]!.text) && !splitNumberedTitle(pending[start]!.text) && !isPageFurniture(pending[start - 1]!.text) && mayWrap(pending[start - 1]!, pending[start]!)
      && isTableTitle(pending[start - 1]!.text.trim() + pending[start]!.text.trim())
      && !/[。；;]$/.test(pending[start - 1]!.text.trim())) {
      const first = pending[start - 1]!;
      pending[start] = { ...pending[start]!, text: first.text.trim() + pending[start]!.text.trim() };
      pending.splice(start - 1, 1);
      start--;
    }
    // One table has one title: of several title lines in a row (the end of a 目录 list right above
    // the first table), only the last belongs to the table; the others stay in the text.
    let lastTitle = -1;
    for (let k = pending.length - 1; k >= start; k--) if (isTitleLine(pending[k]!.text)) { lastTitle = k; break; }
    if (lastTitle > start) {
      let first = lastTitle;
      // keep a number line ("公开01表") printed right above its title
      if (first - 1 >= start && isTableNumber(pending[first - 1]!.text)) first--;
      if (pending.slice(start, first).some((b) => isTitleLine(b.text))) start = first;
    }
    const heading = pending.slice(start);
    const before = pending.slice(0, start);
    // page furniture between two grids ("22", "- 23 -", "第 5 页") does not separate a table from its continuation
    const narrativeBetween = before.some((b) => !isPageFurniture(b.text));
    narrative.push(...before);
    pending = [];
    const inGrid = peelHeadingRows(b);
    const headingTexts = [...joinWrappedTitle(heading), ...inGrid.lines];
    const context = readContext(headingTexts, []);
    tables.push({
      grids: [inGrid.grid],
      context,
      hasHeading: headingTexts.some((h) => isTableTitle(h) || /表$/.test(fold(h))),
      afterNarrative: narrativeBetween,
    });
  }
  takeNotes();
  narrative.push(...pending);
  // 目录 lines: "一、部门收支总体情况表", "…情况表（表1）", "1. 2026年部门财务收支预算总表", "表7：2026年…预算表"
  // The numbered forms ("1. …表", "表7：…表") count only inside a list of them: a lone one is the
  // heading of a table whose grid was not read (an empty 表9 on its own page), not a 目录 entry.
  const numbered = narrative.map((n) => {
    const f = fold(n.text);
    return (/^[0-9]{1,2}[.．、].+表$/.test(f) && isTableTitle(f.replace(/^[0-9]{1,2}[.．、]/, ''))) || !!splitNumberedTitle(n.text);
  });
  narrative.forEach((n, i) => {
    const f = fold(n.text);
    const listed = numbered[i] && (numbered[i - 1] || numbered[i + 1]);
    if (/[（(]表\s*[0-9]+[)）]\s*$/.test(n.text) || /^[一二三四五六七八九十]+、.+表$/.test(f) || listed) tocLines.push(n.text);
  });
  return { tables, narrative, tocLines };
}
