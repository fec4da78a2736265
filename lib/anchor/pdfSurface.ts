// The Surface (lib/anchor/surface) of the PDF viewer: refs resolve to boxes on their pdf.js page
// (lib/anchor/pdfMarks, scale 1), placed on the page's element as displayed at `scale`.
import type { PdfAnchor, PdfPageInfo } from '../extract/pdf/types';
import type { AnchorIndex } from '../extract/raw';
import { boxAt, type Box } from '../page/boxTracker';
import type { Narrative, Ref } from '../report/schema';
import { refRect } from './pdfMarks';
import type { Rect, Surface } from './surface';

export interface PdfSurfaceInput {
  /** The element standing for a page (mounted or not), by page number. */
  pageElement: (page: number) => Element | null;
  /** The page under a window point. */
  pageAt: (x: number, y: number) => number | null;
  scale: number;
  narrative: Narrative | undefined;
  anchors: AnchorIndex<PdfAnchor> | null;
  pages: ReadonlyMap<number, PdfPageInfo>;
  /** Mark boxes per page at scale 1, by mark key. */
  marksOnPage: ReadonlyMap<number, ReadonlyMap<string, Box>>;
}

export function pdfSurface({ pageElement, pageAt, scale, narrative, anchors, pages, marksOnPage }: PdfSurfaceInput): Surface {
  const placed = (ref: Ref) => {
    const at = anchors ? refRect(ref, narrative, anchors, pages) : null;
    const el = at && pageElement(at.page);
    return at && el ? { rect: at.rect, page: el.getBoundingClientRect() } : null;
  };
  return {
    rectOf(ref: Ref): Rect | null {
      const p = placed(ref);
      return p && { left: p.page.left + p.rect.left * scale, top: p.page.top + p.rect.top * scale, width: p.rect.width * scale, height: p.rect.height * scale };
    },
    reveal(ref: Ref): void {
      const p = placed(ref);
      if (!p) return;
      const top = p.page.top + window.scrollY + (p.rect.top + p.rect.height / 2) * scale - window.innerHeight / 2;
      window.scrollTo({ top: Math.max(0, top), behavior: 'instant' as ScrollBehavior });
    },
    markAt(x: number, y: number): string | null {
      const n = pageAt(x, y);
      const boxes = n === null ? undefined : marksOnPage.get(n);
      const el = boxes && pageElement(n!);
      if (!boxes || !el) return null;
      const o = el.getBoundingClientRect();
      return boxAt(boxes, (x - o.left) / scale, (y - o.top) / scale);
    },
  };
}
