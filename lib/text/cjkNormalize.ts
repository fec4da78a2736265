// PDF producers (Chromium/Skia, office suites) often give CJK glyphs a ToUnicode entry that points
// at a radical code point instead of the ideograph drawn: ⽬ (U+2F6C) for 目, ⻔ (U+2ED4) for 门.
// Kangxi Radicals (U+2F00–2FDF) have compatibility decompositions, so NFKC repairs them; the CJK
// Radicals Supplement (U+2E80–2EFF) has none, so it needs the explicit table below.
//
// Two levels, because NFKC does more than we want for display (（）→(), ，→, …→...):
//   fixRadicals(s)        display text: only radicals → ideographs, one UTF-16 unit for one,
//                         so offsets and lengths stay valid;
//   normalizeCjk(s)       NFKC + the supplement table (full-width forms folded).
// Keys for matching (brackets, quotes, whitespace) are built in ./matchKey, the one normaliser.

/**
 * CJK Radicals Supplement → the unified ideograph with the same glyph, as pairs "radical ideograph".
 * Taken from Unicode's CJKRadicals.txt (the simplified forms: ⻔门, ⻓长, ⻅见 …) and the forms
 * whose glyph is a character of its own (⻄西, ⻘青, ⻝食 …). Pure component shapes that no font
 * would confuse with a whole character (⺌, ⺗, ⻊ …) are left alone.
 */
const SUPPLEMENT_PAIRS =
  '⺁厂 ⺅亻 ⺆冂 ⺉刂 ⺊卜 ⺋㔾 ⺎兀 ⺏尣 ⺐尢 ⺒巳 ⺓幺 ⺔彑 ⺖忄 ⺘扌 ⺙攵 ⺛旡 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ' +
  '⺣灬 ⺤爫 ⺦丬 ⺨犭 ⺩王 ⺪疋 ⺫罒 ⺬示 ⺭礻 ⺯糹 ⺰纟 ⺲罒 ⺳㓁 ⺹耂 ⺼月 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ' +
  '⻄西 ⻅见 ⻆角 ⻈讠 ⻉贝 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏阝 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻖阝 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ' +
  '⻝食 ⻟飠 ⻠饣 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟';

export const RADICAL_SUPPLEMENT: ReadonlyMap<string, string> = new Map(
  SUPPLEMENT_PAIRS.split(' ').map((pair) => {
    const [radical, ideograph] = Array.from(pair);
    return [radical!, ideograph!] as const;
  }),
);

const RADICALS = /[\u2E80-\u2EFF\u2F00-\u2FDF]/g;

function radicalToIdeograph(ch: string): string {
  const supplement = RADICAL_SUPPLEMENT.get(ch);
  if (supplement) return supplement;
  const code = ch.charCodeAt(0);
  // Kangxi radicals: NFKC gives exactly one BMP ideograph for each.
  if (code >= 0x2f00 && code <= 0x2fdf) {
    const n = ch.normalize('NFKC');
    if (n.length === 1) return n;
  }
  return ch;
}

/** Display text: radicals replaced by their ideographs, everything else untouched, length kept. */
export function fixRadicals(s: string): string {
  return s.replace(RADICALS, radicalToIdeograph);
}

/** NFKC (full-width ASCII → ASCII, Kangxi radicals → ideographs) plus the supplement table. */
export function normalizeCjk(s: string): string {
  return s.normalize('NFKC').replace(RADICALS, radicalToIdeograph);
}

/** Whether s contains any code point that `fixRadicals` would change. */
export function hasRadicals(s: string): boolean {
  RADICALS.lastIndex = 0;
  const found = RADICALS.test(s);
  RADICALS.lastIndex = 0;
  return found;
}
