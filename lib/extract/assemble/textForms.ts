// Text shapes shared by the assembly steps: how a header, a label, an amount, a code look.
// Comparisons use a folded form (half-width parentheses, no spaces, 決→决); display keeps the
// source's own characters.

import { layoutKey as fold } from '../../text/matchKey';

// Curly quotes count as CJK here: Chinese text uses them (“三公”经费) and a wrap beside one is still a wrap.
const CJK = '\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2018-\u201d';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');

/** Drops spaces that only a line wrap put between two CJK characters ("公务接待 费"). */
export function joinWrappedCjk(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '').replace(/\s+/g, ' ').trim();
}

// Folded form for matching (no spaces, half-width brackets and colons, simplified 决): the
// assembler's key from the one normaliser in lib/text/matchKey.
export { layoutKey as fold } from '../../text/matchKey';

/** A printed amount, possibly damaged by extraction ("10, 312. 28", "172. 4", "0. 00", "-12.5"). */
const AMOUNT_LIKE = /^[-−]?\s*[0-9０-９][0-9０-９,，. ]*[.．,，]\s*[0-9０-９]+%?$/;
export function looksLikeAmount(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  return AMOUNT_LIKE.test(t);
}

/** Blank, dash or amount: the content an amount column may hold. */
export function isAmountOrEmpty(text: string): boolean {
  const t = text.trim();
  return t === '' || looksLikeAmount(t) || /^[-—–─]+$/.test(t) || /^[0-9]+$/.test(t);
}

/** A subject code printed with its 类, 款, 项 parts spaced apart ("201 01 01") as one code ("2010101"). */
export function joinSpacedCode(text: string): string {
  return text.trim().replace(/^([0-9]{3})\s+([0-9]{2})(?:\s+([0-9]{2}))?$/, (_, a: string, b: string, c?: string) => a + b + (c ?? ''));
}

/** Subject / department codes: 3, 5, 6 or 7 digits (405, 20601, 405001, 2060101). */
export function isCode(text: string): boolean {
  return /^[0-9]{3}$|^[0-9]{5,7}$/.test(text.trim());
}

/** "合计", "总计", "收入总计", "本年收入合计", "人员经费合计", "小计". */
export function isTotalLabel(text: string): boolean {
  const t = fold(text);
  return /^(合计|总计|收入总计|支出总计|收入支出总计)$/.test(t);
}
export function isSubtotalLabel(text: string): boolean {
  const t = fold(text);
  return !isTotalLabel(t) && /(合计|小计|总计)$/.test(t) && t.length <= 16;
}

/** A row of column numbers ("1 2 3 …", "栏次 1 2"), which is no data and no header text. */
export function isColumnNumberRow(cells: string[]): boolean {
  // Cell by cell, stopping at the first that is neither a column number nor a marker.
  let ints = 0;
  for (const c of cells) {
    const v = c ? fold(c) : '';
    if (v === '') continue;
    if (/^[0-9]{1,2}$/.test(v)) ints++;
    else if (v !== '栏次' && v !== '行次' && !/^([*＊#]+|[甲乙丙丁])$/.test(v)) return false;
  }
  return ints >= 2;
}
