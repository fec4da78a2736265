// A ref on a live HTML page: its cell element, or a Range over the figure's characters in its
// text block — what the page overlay measures and scrolls to.
import type { AnchorIndex } from '../extract/raw';
import type { Measurable } from '../page/boxTracker';
import type { Narrative, Ref } from '../report/schema';
import { resolveRef } from './resolveRef';
import { locateText } from './textPosition';

export type { Measurable };

export function htmlTargetOf(ref: Ref, narrative: Narrative | undefined, anchors: AnchorIndex<Node>): Measurable | null {
  const t = resolveRef(ref, narrative, anchors);
  if (!t) return null;
  const node = t.anchor;
  if (t.kind === 'cell') return node.nodeType === 1 ? (node as Element) : null;
  const where = locateText(node, t.text, t.start);
  if (!where) return node.nodeType === 1 ? (node as Element) : null;
  const range = node.ownerDocument!.createRange();
  range.setStart(where.start.node, where.start.offset);
  range.setEnd(where.end.node, where.end.offset);
  return range;
}

/** The element to scroll into view for a target. */
export const scrollTargetOf = (m: Measurable): Element | null => ('nodeType' in m ? (m as unknown as Element) : ((m as unknown as Range).startContainer.parentElement ?? null));
