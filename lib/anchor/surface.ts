// What the shared findings UI (components/surface) needs from a view of a document: where a
// ref's mark is now, how to bring it into view, and which mark is under a point. One
// implementation per view, beside its anchoring: htmlSurface (page elements and text ranges),
// pdfSurface (boxes on pdf.js pages). All coordinates are the window's (viewport) pixels.
import type { Ref } from '../report/schema';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Surface {
  /** The ref's place in the window now, or null when it is not laid out (not found, not rendered). */
  rectOf(ref: Ref): Rect | null;
  /** Scroll so the ref is in view (centred). */
  reveal(ref: Ref): void;
  /** Key (lib/page/markers refKeyOf) of the mark under a window point, the smallest when marks nest. */
  markAt(x: number, y: number): string | null;
}
