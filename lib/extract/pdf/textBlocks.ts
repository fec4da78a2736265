// Lines outside tables → RawText blocks. Consecutive lines of one paragraph are joined (a
// sentence wrapped over two lines must reach the narrative parser whole): a line continues the
// previous one when the previous line runs to the right edge of the text column, the sizes match
// and the spacing is a normal line pitch. Centred lines (titles) and right-aligned ones
// (单位：万元) are marked.
import { joinItems, joinLines, type Line, segmentLine } from './lines';
import type { Box } from './types';

export interface PageText {
  text: string;
  box: Box;
  align?: 'left' | 'center' | 'right';
}

/** `content` is the extent of everything on the page (tables included): the text column. */
export function textBlocks(lines: readonly Line[], pageWidth: number, content?: { x0: number; x1: number }): PageText[] {
  if (lines.length === 0) return [];
  const left = Math.min(content?.x0 ?? Infinity, ...lines.map((l) => l.x0));
  const right = Math.max(content?.x1 ?? -Infinity, ...lines.map((l) => l.x1));
  const out: PageText[] = [];
  let cur: { texts: string[]; box: Box; last: Line } | null = null;
  const alignOf = (l: Line): PageText['align'] => {
    const centre = (l.x0 + l.x1) / 2;
    const width = l.x1 - l.x0;
    const fullWidth = width > 0.85 * (right - left);
    if (!fullWidth && Math.abs(centre - pageWidth / 2) < Math.max(2 * l.size, 0.04 * pageWidth) && l.x0 > left + 2 * l.size) return 'center';
    if (!fullWidth && l.x1 > right - l.size && l.x0 > pageWidth / 2) return 'right';
    return undefined;
  };
  const flush = (): void => {
    if (!cur) return;
    const text = joinLines(cur.texts);
    if (text) {
      const align = cur.texts.length === 1 ? alignOf(cur.last) : undefined;
      out.push(align ? { text, box: cur.box, align } : { text, box: cur.box });
    }
    cur = null;
  };
  for (const ln of lines) {
    const text = joinItems(ln.items);
    if (cur) {
      const prev: Line = cur.last;
      const pitch = ln.top - prev.top;
      // The previous line was full if the next line's first word would not have fitted on it.
      const firstWord = segmentLine(ln, 0.3)[0] ?? [];
      const firstWordWidth = firstWord.length ? firstWord[firstWord.length - 1]!.x1 - firstWord[0]!.x0 : 0;
      const continues =
        right - left > 0.5 * pageWidth &&
        prev.x1 >= right - Math.max(1.5 * prev.size, Math.min(firstWordWidth, 8 * prev.size) + 0.5 * prev.size) &&
        Math.abs(ln.size - prev.size) < 0.15 * prev.size &&
        pitch > 0 &&
        pitch < 2.2 * prev.size &&
        ln.x0 <= left + 0.5 * ln.size &&
        alignOf(prev) === undefined;
      if (continues) {
        cur.texts.push(text);
        cur.box = { x0: Math.min(cur.box.x0, ln.x0), x1: Math.max(cur.box.x1, ln.x1), top: cur.box.top, bottom: ln.bottom };
        cur.last = ln;
        continue;
      }
      flush();
    }
    cur = { texts: [text], box: { x0: ln.x0, x1: ln.x1, top: ln.top, bottom: ln.bottom }, last: ln };
  }
  flush();
  return out;
}
