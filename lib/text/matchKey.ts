// The one text normaliser for matching: every key the engine compares labels, headers and titles
// on is built here. Display text never goes through it (see cjkNormalize.fixRadicals for that).
//
// Three callers need three slightly different keys, and the differences are deliberate, so they
// are options of one function rather than three copies:
//   layoutKey   the table assembler's fold: the source's own characters (no NFKC, so 【】 and
//               full-width digits stay), only （）：决 and double quotes unified, spaces dropped;
//   labelKey    the checks' names: NFKC, every bracket form to (), quotes dropped;
//   titleKey    titles and labels across documents: NFKC + radicals, brackets to (), quotes
//               unified to " and ' (kept, since “三公” and 三公 may both be printed).
import { normalizeCjk } from './cjkNormalize';

export interface MatchKeyOptions {
  /** 'none': as printed; 'nfkc': compatibility forms folded (full-width → ASCII); 'cjk': also CJK radicals → ideographs. */
  width: 'none' | 'nfkc' | 'cjk';
  /** Also fold 〔〕【】［］ to (), not only the full-width （）. */
  allBrackets: boolean;
  /** 'unify-double': “”" → "; 'unify': all double and single quote forms → " and '; 'drop': quotes removed. */
  quotes: 'unify-double' | 'unify' | 'drop';
  /** The traditional 決 (as some producers print 決算) read as 决. */
  simplifyJue: boolean;
}

const ALL_OPEN = /[（〔【［]/g;
const ALL_CLOSE = /[）〕】］]/g;
const DOUBLE_QUOTES = /[“”„‟″「」『』]/g;
const SINGLE_QUOTES = /[‘’‚‛′]/g;
const DROPPED_QUOTES = /[“”"'‘’「」]/g;

export function matchKey(s: string, o: MatchKeyOptions): string {
  let t = o.width === 'cjk' ? normalizeCjk(s) : o.width === 'nfkc' ? s.normalize('NFKC') : s;
  t = t.replace(/\s+/g, '');
  if (o.allBrackets) t = t.replace(ALL_OPEN, '(').replace(ALL_CLOSE, ')');
  else t = t.replace(/（/g, '(').replace(/）/g, ')');
  t = t.replace(/：/g, ':');
  if (o.simplifyJue) t = t.replace(/決/g, '决');
  if (o.quotes === 'drop') t = t.replace(DROPPED_QUOTES, '');
  else if (o.quotes === 'unify') t = t.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
  else t = t.replace(/[“”"]/g, '"');
  return t;
}

const LAYOUT: MatchKeyOptions = { width: 'none', allBrackets: false, quotes: 'unify-double', simplifyJue: true };
const LABEL: MatchKeyOptions = { width: 'nfkc', allBrackets: true, quotes: 'drop', simplifyJue: false };
const TITLE: MatchKeyOptions = { width: 'cjk', allBrackets: true, quotes: 'unify', simplifyJue: false };

/** What layoutKey changes; most cells hold none of it (figures, plain names). */
const LAYOUT_CHANGES = /[\s（）：決“”"]/;
/** The table assembler's fold: no spaces, half-width （）and ：, simplified 決, one double quote. */
export function layoutKey(text: string): string {
  // Called for every cell and header many times over: a string it would not change is returned as is.
  return LAYOUT_CHANGES.test(text) ? matchKey(text, LAYOUT) : text;
}

// Headers and labels repeat across documents; bound the cache so long sessions stay small.
const LABEL_CACHE = new Map<string, string>();
/** The checks' key for names: NFKC (full-width → half-width), no whitespace, one kind of bracket, no quotes. */
export function labelKey(s: string): string {
  const hit = LABEL_CACHE.get(s);
  if (hit !== undefined) return hit;
  const out = matchKey(s, LABEL);
  if (LABEL_CACHE.size > 20000) LABEL_CACHE.clear();
  LABEL_CACHE.set(s, out);
  return out;
}

/** Key for matching titles and labels across documents: NFKC + radicals, brackets/colons/quotes unified, no whitespace. */
export function titleKey(s: string): string {
  return matchKey(s, TITLE);
}
