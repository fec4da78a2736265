// Chromium (Skia) writes each glyph's ToUnicode from the font's cmap in reverse, so when a font
// draws two code points with one glyph the PDF names the other one: with Noto Sans CJK SC, 户
// comes out as 戶, — as ― (U+2015), and the three-em-dash ligature that shaping makes of
// `———` (not applicable, in final-account tables) as the single ⸻. Undo those, after the
// radical repair (../../text/cjkNormalize). Seen on the fixture PDFs; extend when others appear.
import { fixRadicals } from '../../text/cjkNormalize';

const GLYPH_FIXES: Record<string, string> = {
  '\u2E3B': '———', // ⸻ three-em dash (ligature of ———)
  '\u2E3A': '——', // ⸺ two-em dash (ligature of ——)
  '\u2015': '—', // ― horizontal bar, drawn with the em dash glyph
  '\u6236': '户', // 戶, drawn with the simplified glyph
};
const GLYPHS = /[\u2E3A\u2E3B\u2015\u6236]/g;

/** Text of a PDF text item as the document displays it. */
export function repairPdfText(s: string): string {
  return fixRadicals(s).replace(GLYPHS, (ch) => GLYPH_FIXES[ch] ?? ch);
}
