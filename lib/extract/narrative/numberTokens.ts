// The figures of a sentence: lib/amount's scanNumbers reads the number tokens (joining PDF damage
// like "547. 82万元", telling years, list markers, document numbers and codes apart); this file
// keeps those that can be figures and places them in the sentence's compact form.
// Only numbers with a unit are figures: money, %, and counts of projects / vehicles / visits.
import { parseAmount, scanNumbers, type NumberToken as ScannedToken } from '../../amount/index';
import { compactIndex, type Sentence } from './textView';

export interface NumberToken {
  /** Compact range of the number (sign and digits). */
  from: number;
  to: number;
  /** Compact index just past the unit. */
  unitEnd: number;
  /** 万元 | 亿元 | 元 | % | 个 | 辆 | 批次 | 人次. */
  unit: string;
  /** The number as displayed (no unit), and its offsets into the original text. */
  text: string;
  start: number;
  end: number;
  /** Plain decimal string ("10312.28"); null when the digits are damaged beyond safe repair, or
   * when the figure is not exact (approximate, a bound, or digits split by a space). */
  value: string | null;
  /** "约230万元", "近20万元", "230万余元", "20万元左右", "超过5万元": not an exact figure. */
  approximate?: boolean;
}

const COUNT_MEASURES = new Set(['个', '辆', '批次', '人次']);
const UNIT_SUFFIX = /\s*(万元|亿元|元|万|亿|%|％|人次|批次|个|辆)$/;
/** Thresholds ("100万元以上"), not figures. */
const THRESHOLD_AFTER = /^(\(含\))?(以上|以下|以内)/;
/** Targets in performance text ("≥90%"). */
const COMPARATOR_BEFORE = /[≥≤><＞＜]$/;

/** Words that make a figure approximate or a bound, just before it ("约", "近", "超过") or just
 * after its unit ("万余元", "万多元", "左右"). */
export const APPROX_BEFORE = /(?:大约|约为?|将近|接近|近|逾|超过|不足|不到|不超过|不低于|不少于)$/;
// "万余元" / "万多元" only: "230.00万元多用于…" says nothing about the figure.
const APPROX_AFTER = /^(?:[余多]元|左右|上下)/;

/** A unit the compact form shows right after a bare number: "445.69\n万元" (a PDF line break between them). */
const UNIT_AFTER = /^(万元|亿元|元|%|人次|批次|个|辆)/;

function unitOf(t: ScannedToken): string | null {
  if (t.kind === 'amount') return t.unit ?? '万元';
  if (t.kind === 'percent') return '%';
  if (t.kind === 'count') return t.measure && COUNT_MEASURES.has(t.measure) ? t.measure : null;
  if (t.kind === 'damaged') {
    const u = UNIT_SUFFIX.exec(t.text);
    if (!u) return null;
    return u[1] === '％' ? '%' : u[1] === '万' ? '万元' : u[1] === '亿' ? '亿元' : u[1]!;
  }
  return null;
}

/** "0.\n7%": a figure the PDF wrapped right after its decimal point reads as a spaced short fraction,
 * which the scanner takes for damage ("172. 4" may have lost a digit). A bare line break lost
 * nothing: the figure is read without it. */
function wrappedFigure(numberText: string, t: ScannedToken): ScannedToken['amount'] {
  if (t.kind !== 'damaged' || !/^[\d,.]+\r?\n[\d,.]+$/.test(numberText)) return null;
  const o = parseAmount(numberText.replace(/\r?\n/, ''));
  return o.kind === 'amount' ? o.amount : null;
}

export function numberTokens(s: Sentence, original: string): NumberToken[] {
  const { c } = s;
  if (c.s.length === 0) return [];
  const from0 = c.map[0]!;
  const to0 = c.map[c.map.length - 1]! + 1;
  const compactAt = (orig: number): number | undefined => {
    const i = compactIndex(c, orig);
    return i < 0 ? undefined : i;
  };

  const out: NumberToken[] = [];
  // A PDF line break inside a figure ("230.\n00万元", "20.00万\n元") reads as the space the scanner
  // already joins across; same length, so offsets hold.
  const slice = original.slice(from0, to0).replace(/[\r\n]/g, ' ');
  for (const t of scanNumbers(slice, { expectDecimals: 2 })) {
    let unit = unitOf(t);
    const start = from0 + t.start;
    const numberText = original.slice(start, from0 + t.end).replace(UNIT_SUFFIX, '').trimEnd();
    const end = start + numberText.length;
    const from = compactAt(start);
    const last = compactAt(end - 1);
    let unitLast = compactAt(from0 + t.end - 1);
    if (from === undefined || last === undefined || unitLast === undefined) continue;
    if (!unit && t.kind === 'number' && t.amount) {
      const u = UNIT_AFTER.exec(c.s.slice(last + 1, last + 3));
      if (u) {
        unit = u[1]!;
        unitLast = last + u[1]!.length;
      }
    }
    if (!unit) continue;
    if (COMPARATOR_BEFORE.test(c.s.slice(Math.max(0, from - 1), from))) continue;
    // "1,080.00万 元" / "万\n元": the 元 a break parted from 万 is part of the unit.
    const unitEnd = unitLast + 1 + (/[万亿]/.test(c.s[unitLast] ?? '') && c.s[unitLast + 1] === '元' ? 1 : 0);
    if (THRESHOLD_AFTER.test(c.s.slice(unitEnd, unitEnd + 6))) continue;
    const approximate = !!t.qualifier || APPROX_BEFORE.test(c.s.slice(Math.max(0, from - 4), from)) || APPROX_AFTER.test(c.s.slice(unitEnd, unitEnd + 2));
    // "2 30.00万元": a digit right before the number in the compact form is the same figure split
    // by a space the scanner could not join; what it reads would be a part of the figure.
    const split = from > 0 && /\d/.test(c.s[from - 1]!);
    const amount = t.amount ?? wrappedFigure(original.slice(start, end), t);
    const value = amount && !approximate && !split ? amount.value.toFixed(amount.decimals) : null;
    out.push({ from, to: last + 1, unitEnd, unit, text: numberText, start, end, value, ...(approximate ? { approximate } : {}) });
  }
  return out;
}
