// pdf.js text items → boxes in display space. An item's transform maps text space to user space:
// (a, b) is the baseline direction, (c, d) the "up" direction, both scaled by the font size; the
// item's width is its advance along the baseline. Glyph boxes are approximated as ascent 0.8 /
// descent 0.2 of the size: enough to cluster lines and place items in cells.
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { fixRadicals } from '../../text/cjkNormalize';
import { toDisplayBox } from './pageGeometry';
import type { PlacedItem } from './types';

export function placeItems(content: TextContent, viewport: readonly number[]): PlacedItem[] {
  const out: PlacedItem[] = [];
  let order = 0;
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItem;
    const text = fixRadicals(item.str);
    // Spaces carry no position we need: gaps between boxes say the same.
    if (!text.trim()) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    const along = Math.hypot(a!, b!) || 1;
    const upLen = Math.hypot(c!, d!) || 1;
    const ux = a! / along, uy = b! / along;
    const vx = c! / upLen, vy = d! / upLen;
    const h = item.height > 0 ? item.height : upLen;
    const w = item.width;
    const asc = 0.8 * h, desc = 0.2 * h;
    const bx = e! - vx * desc, by = f! - vy * desc; // bottom-left (below the baseline)
    const box = toDisplayBox(viewport, [
      [bx, by],
      [bx + ux * w, by + uy * w],
      [bx + vx * (asc + desc), by + vy * (asc + desc)],
      [bx + ux * w + vx * (asc + desc), by + uy * w + vy * (asc + desc)],
    ]);
    // Vertical text (rare in these documents) would have a tall thin box; its size is still h.
    out.push({ text, ...box, size: h, order: order++ });
  }
  return out;
}
