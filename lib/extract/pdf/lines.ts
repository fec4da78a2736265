// Text items → lines → text. Lines are clusters of items whose vertical extents overlap enough
// (tolerates superscripts and baseline jitter of a point or two); items are joined left to right
// with the gap deciding: CJK glyphs set one per item and numbers broken into `10,` `312.` `28`
// are glued back, wider gaps become one space.
import { unionBox } from './pageGeometry';
import type { Box, PlacedItem } from './types';

export interface Line extends Box {
  items: PlacedItem[];
  /** Dominant glyph size of the line. */
  size: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const NUM_END = /[\d,.，．]$/;
const NUM_START = /^[\d,.，．%]/;

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/** Cluster items into lines, top to bottom, each line's items left to right. */
export function groupLines(items: readonly PlacedItem[]): Line[] {
  const sorted = [...items].sort((p, q) => p.top + p.bottom - (q.top + q.bottom) || p.x0 - q.x0);
  const lines: Line[] = [];
  // Only the last few lines can still take an item: items come sorted by vertical centre.
  for (const it of sorted) {
    let best: Line | null = null;
    let bestOv = 0;
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
      const ln = lines[i]!;
      // Compare with the line's core (its dominant size), not its grown extent, to avoid chaining.
      const ov = overlap(ln.top, ln.bottom, it.top, it.bottom);
      const need = 0.5 * Math.min(ln.size, it.size);
      if (ov >= need && ov > bestOv) {
        best = ln;
        bestOv = ov;
      }
    }
    if (best) {
      best.items.push(it);
      if (it.size > best.size) {
        best.size = it.size;
        best.top = it.top;
        best.bottom = it.bottom;
      }
    } else {
      lines.push({ items: [it], size: it.size, top: it.top, bottom: it.bottom, x0: it.x0, x1: it.x1 });
    }
  }
  for (const ln of lines) {
    ln.items.sort((p, q) => p.x0 - q.x0);
    const box = unionBox(ln.items)!;
    ln.x0 = box.x0;
    ln.x1 = box.x1;
    ln.top = box.top;
    ln.bottom = box.bottom;
  }
  lines.sort((p, q) => p.top - q.top);
  return lines;
}

/** Drop the second copy of text drawn twice at nearly the same place (fake bold, shadows). */
export function dedupeItems(items: readonly PlacedItem[]): PlacedItem[] {
  // Only items with the same text can be copies: compare within those (linear for real pages).
  const byText = new Map<string, PlacedItem[]>();
  const out: PlacedItem[] = [];
  for (const it of items) {
    const same = byText.get(it.text);
    const dup = same?.some((o) => Math.abs(o.x0 - it.x0) < 0.3 * it.size && Math.abs(o.top - it.top) < 0.3 * it.size);
    if (dup) continue;
    if (same) same.push(it);
    else byText.set(it.text, [it]);
    out.push(it);
  }
  return out;
}

/** What goes between two neighbouring pieces of text on one line, from the gap between them. */
export function joiner(left: string, right: string, gap: number, size: number): string {
  const l = left.slice(-1), r = right.charAt(0);
  // A finished decimal (2,547.75) followed by a digit is the next number, however close.
  if (/\d[.．]\d+$/.test(left) && /^\d/.test(right) && gap > 0.05 * size) return ' ';
  if (gap <= 0.15 * size) return '';
  // Number fragments (`10,` `312.` `28`): glue when close, the parser must not see a space.
  if (NUM_END.test(left) && NUM_START.test(right) && gap <= 0.6 * size) return '';
  // Letter-spaced CJK (项  目) reads as one word.
  if (CJK.test(l) && CJK.test(r) && gap <= 1.5 * size) return '';
  // Office suites' auto-space between Chinese and digits/Latin (到 2024 年) is layout, not text.
  if ((CJK.test(l) || CJK.test(r)) && gap <= 0.5 * size) return '';
  return ' ';
}

/** Join items (already left to right, one line) into text. */
export function joinItems(items: readonly PlacedItem[]): string {
  let text = '';
  let prev: PlacedItem | null = null;
  for (const it of items) {
    if (prev) text += joiner(text, it.text, it.x0 - prev.x1, Math.max(prev.size, it.size));
    text += it.text;
    prev = it;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Join the lines of one cell or paragraph. Chinese wraps anywhere with no space implied, and so
 * do numbers and codes in narrow cells (office suites wrap 30,688.06 as `30,688.0` / `6`,
 * 2080501 as `208050` / `1`); only Latin words keep a space between lines.
 */
export function joinLines(texts: readonly string[]): string {
  let out = '';
  for (const t of texts) {
    if (!t) continue;
    if (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z]/.test(t)) out += ' ';
    out += t;
  }
  return out;
}

/** Split a line into segments where the gap is wider than `gapEm` times the glyph size. */
export function segmentLine(line: Line, gapEm = 1.2): PlacedItem[][] {
  const segs: PlacedItem[][] = [];
  let cur: PlacedItem[] = [];
  for (const it of line.items) {
    const prev = cur[cur.length - 1];
    if (prev && it.x0 - prev.x1 > gapEm * Math.max(prev.size, it.size)) {
      segs.push(cur);
      cur = [];
    }
    cur.push(it);
  }
  if (cur.length) segs.push(cur);
  return segs;
}
