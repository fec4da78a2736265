// Pages with nothing on them but page furniture (issue 15: reviewers mark "an empty table page after
// the 目录"): blank pages the extractor names, and pages whose only text is a running page number.
// Each is given what was printed before it — the 目录, the table, or the last section heading — so
// a reader (and the inspection sheet) knows where the page sits. A page stating "本页无内容" or a
// part's title page ("第四部分 名词解释") has text and is not empty.
import type { RawBlock } from '../raw';
import type { DocModel } from '../../report/schema';
import { isPageFurniture } from './segment';
import { fold } from './textForms';

export type EmptyPage = NonNullable<DocModel['emptyPages']>[number];

interface TableSpan {
  id: string;
  title: string;
  page: number | null;
  pageEnd: number | null;
}

/** A line that heads a section: short, no sentence punctuation, not a 目录 entry with leader dots,
 * centred or numbered (a paragraph's wrapped tail is neither). */
function isHeading(b: { text: string; align?: string }): boolean {
  const t = fold(b.text);
  if (!t || t.length > 40 || /[。，,；;:：]|…|\.{3}|·{3}/.test(t) || isPageFurniture(t)) return false;
  return b.align === 'center' || /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/.test(t);
}

export function emptyPagesOf<A>(blocks: RawBlock<A>[], blankPages: readonly number[] | undefined, tables: readonly TableSpan[]): EmptyPage[] {
  const byPage = new Map<number, RawBlock<A>[]>();
  for (const b of blocks) if (b.page != null) (byPage.get(b.page) ?? byPage.set(b.page, []).get(b.page)!).push(b);
  const furnitureOnly = [...byPage].filter(([, bs]) => bs.every((b) => b.type === 'text' && isPageFurniture(b.text))).map(([p]) => p);
  const empty = [...new Set([...(blankPages ?? []), ...furnitureOnly])].sort((a, b) => a - b);
  if (!empty.length) return [];
  const emptySet = new Set(empty);
  const content = blocks.filter((b) => b.page != null && !emptySet.has(b.page));

  // One pass forward: what an empty page follows is the last table, 目录 title or heading met
  // before it (linear in blocks and tables, however many pages are empty).
  const spans = tables.filter((t) => t.page != null);
  const after = new Map<number, EmptyPage['after']>();
  let state: EmptyPage['after'] = null;
  let bi = 0;
  let ti = -1;
  for (const page of empty) {
    for (; bi < content.length && content[bi]!.page! < page; bi++) {
      const b = content[bi]!;
      if (b.type === 'grid') {
        while (ti + 1 < spans.length && spans[ti + 1]!.page! <= b.page!) ti++;
        const t = spans[ti];
        // A grid outside every table is a 目录 laid out as a grid: its title was met already.
        if (t && b.page! <= (t.pageEnd ?? t.page!)) state = { text: t.title || `第${t.page}页的表格`, page: b.page!, table: t.id };
      } else if (/^目录$/.test(fold(b.text))) state = { text: '目录', page: b.page! };
      else if (isHeading(b)) state = { text: b.text.trim(), page: b.page! };
    }
    after.set(page, state);
  }

  const last = content.length ? content[content.length - 1]!.page! : 0;
  return empty.map((page) => ({ page, after: after.get(page) ?? null, followed: page < last }));
}
