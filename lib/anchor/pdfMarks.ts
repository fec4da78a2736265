// Marks placed on PDF pages: each mark's anchor (a cell box, or the text block of a narrative
// figure) as a rectangle on its page at scale 1, grouped by page.
import { resolveRef } from './resolveRef';
import { pdfAnchorRect, type CssRect } from './pdfRect';
import type { PdfAnchor, PdfPageInfo } from '../extract/pdf/types';
import type { AnchorIndex } from '../extract/raw';
import type { Mark } from '../page/markers';
import type { Narrative, Ref } from '../report/schema';

export interface PageMark {
  mark: Mark;
  /** At scale 1 on the page as displayed. */
  rect: CssRect;
}

export function refRect(ref: Ref, narrative: Narrative | undefined, anchors: AnchorIndex<PdfAnchor>, pages: ReadonlyMap<number, PdfPageInfo>): { page: number; rect: CssRect } | null {
  const t = resolveRef(ref, narrative, anchors);
  if (!t) return null;
  const info = pages.get(t.anchor.page);
  if (!info) return null;
  return { page: t.anchor.page, rect: pdfAnchorRect(t.anchor, info, 1) };
}

export function marksByPage(marks: readonly Mark[], narrative: Narrative | undefined, anchors: AnchorIndex<PdfAnchor>, pageInfo: readonly PdfPageInfo[]): Map<number, PageMark[]> {
  const pages = new Map(pageInfo.map((p) => [p.page, p]));
  const out = new Map<number, PageMark[]>();
  for (const mark of marks) {
    const r = refRect(mark.ref, narrative, anchors, pages);
    if (!r) continue;
    const list = out.get(r.page) ?? [];
    list.push({ mark, rect: r.rect });
    out.set(r.page, list);
  }
  return out;
}
