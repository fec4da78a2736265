// pdf.js text items → boxes in display space. An item's transform maps text space to user space:
// (a, b) is the baseline direction, (c, d) the "up" direction, both scaled by the font size; the
// item's width is its advance along the baseline. Glyph boxes are approximated as ascent 0.8 /
// descent 0.2 of the size: enough to cluster lines and place items in cells.
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { repairPdfText } from './producerGlyphs';
import { toDisplayBox } from './pageGeometry';
import type { PlacedItem } from './types';

// pdf.js merges runs separated by 0.1–0.6 em into one item with a space inserted ("10,312.28
// 2,547.75" from two neighbouring cells). Items are split back at those spaces; the parts' positions
// are estimated from typical glyph widths (em), the rest of the item's width going to the gaps.
function glyphEm(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x2e80) return 1; // CJK, full-width forms
  if (ch >= '0' && ch <= '9') return 0.556;
  if (ch === ',' || ch === '.' || ch === ':' || ch === ';' || ch === '!' || ch === '|' || ch === "'") return 0.278;
  if (ch === '(' || ch === ')' || ch === '-' || ch === '[' || ch === ']') return 0.333;
  if (ch === '%' || ch === 'M' || ch === 'W' || ch === 'm' || ch === 'w') return 0.889;
  return 0.556;
}

/** Words of an item with their [start, end) offsets along the baseline, in user-space units. */
export function splitAtSpaces(text: string, width: number, size: number): { text: string; s0: number; s1: number }[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= 1) return [{ text: text.trim(), s0: 0, s1: width }];
  const ems = words.map((w) => Array.from(w).reduce((a, ch) => a + glyphEm(ch), 0));
  const glyphs = ems.reduce((a, b) => a + b, 0) * size;
  // pdf.js put a space there because the gap was at least 0.1 em: keep at least that much, and
  // scale the glyph estimate to what is left (condensed fonts, narrow digits).
  const minGap = 0.25 * size;
  const room = Math.max(width - minGap * (words.length - 1), 0);
  const scale = glyphs > room ? room / glyphs : 1;
  const gap = Math.max(minGap, (width - glyphs * scale) / (words.length - 1));
  const out: { text: string; s0: number; s1: number }[] = [];
  let s = 0;
  words.forEach((w, i) => {
    const len = ems[i]! * size * scale;
    out.push({ text: w, s0: s, s1: s + len });
    s += len + gap;
  });
  return out;
}

export function placeItems(content: TextContent, viewport: readonly number[]): PlacedItem[] {
  const out: PlacedItem[] = [];
  let order = 0;
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItem;
    const text = repairPdfText(item.str);
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
    const tall = asc + desc;
    for (const part of splitAtSpaces(text, w, h)) {
      const px = bx + ux * part.s0, py = by + uy * part.s0;
      const len = part.s1 - part.s0;
      const box = toDisplayBox(viewport, [
        [px, py],
        [px + ux * len, py + uy * len],
        [px + vx * tall, py + vy * tall],
        [px + ux * len + vx * tall, py + uy * len + vy * tall],
      ]);
      out.push({ text: part.text, ...box, size: h, order: order++ });
    }
  }
  return out;
}
