// Where the finding card goes: under its mark, or above it when there is no room below, and
// always inside the window. One definition for the page and the viewer.
import type { Rect } from '../../lib/anchor/surface';

export const CARD_WIDTH = 380;
/** The card's usual height (it scrolls inside beyond 60vh). */
export const CARD_HEIGHT = 220;
const GAP = 6;
const MARGIN = 8;

/** `mark`: the marked place in viewport coordinates. */
export function cardPlacement(mark: Rect, viewport: { width: number; height: number }): { left: number; top: number } {
  const left = Math.max(MARGIN, Math.min(viewport.width - CARD_WIDTH - MARGIN, mark.left));
  const below = mark.top + mark.height + GAP;
  const top = below + CARD_HEIGHT + MARGIN <= viewport.height ? below : Math.max(MARGIN, mark.top - CARD_HEIGHT - GAP);
  return { left, top };
}
