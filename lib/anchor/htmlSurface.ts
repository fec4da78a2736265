// The Surface (lib/anchor/surface) of a live HTML page: marks are boxes the overlay measured
// relative to its host (lib/page/boxTracker); anything else is measured on demand.
import type { AnchorIndex } from '../extract/raw';
import { boxAt, measure, type Box } from '../page/boxTracker';
import { refKeyOf } from '../page/markers';
import type { Narrative, Ref } from '../report/schema';
import { htmlTargetOf, scrollTargetOf, type Measurable } from './htmlTarget';
import type { Rect, Surface } from './surface';

export interface HtmlSurfaceInput {
  /** The overlay's host element: boxes are relative to it. */
  host: Element;
  /** Measured boxes of the marks, by mark key. */
  boxes: ReadonlyMap<string, Box>;
  /** Measurable targets of the marks, by mark key (others are resolved when asked for). */
  targets: ReadonlyMap<string, Measurable>;
  narrative: Narrative | undefined;
  anchors: AnchorIndex<Node> | null;
}

export function htmlSurface({ host, boxes, targets, narrative, anchors }: HtmlSurfaceInput): Surface {
  const targetOf = (ref: Ref): Measurable | null => targets.get(refKeyOf(ref)) ?? (anchors ? htmlTargetOf(ref, narrative, anchors) : null);
  return {
    rectOf(ref: Ref): Rect | null {
      const o = host.getBoundingClientRect();
      const b = boxes.get(refKeyOf(ref));
      if (b) return { left: o.left + b.left, top: o.top + b.top, width: b.width, height: b.height };
      const t = targetOf(ref);
      return t && measure(t, { left: 0, top: 0 });
    },
    reveal(ref: Ref): void {
      const t = targetOf(ref);
      if (t) scrollTargetOf(t)?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    },
    markAt(x: number, y: number): string | null {
      const o = host.getBoundingClientRect();
      return boxAt(boxes, x - o.left, y - o.top);
    },
  };
}
