// The figures of a sentence: lib/amount's scanNumbers reads the number tokens (joining PDF damage
// like "547. 82万元", telling years, list markers, document numbers and codes apart); this file
// keeps those that can be figures and places them in the sentence's compact form.
// Only numbers with a unit are figures: money, %, and counts of projects / vehicles / visits.
import { scanNumbers, type NumberToken as ScannedToken } from '../../amount/index';
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
  /** Plain decimal string ("10312.28"); null when the digits are damaged beyond safe repair. */
  value: string | null;
}

const COUNT_MEASURES = new Set(['个', '辆', '批次', '人次']);
const UNIT_SUFFIX = /\s*(万元|亿元|元|万|亿|%|％|人次|批次|个|辆)$/;
/** Thresholds ("100万元以上"), not figures. */
const THRESHOLD_AFTER = /^(\(含\))?(以上|以下|以内)/;
/** Targets in performance text ("≥90%"). */
const COMPARATOR_BEFORE = /[≥≤><＞＜]$/;

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
  for (const t of scanNumbers(original.slice(from0, to0), { expectDecimals: 2 })) {
    let unit = unitOf(t);
    const start = from0 + t.start;
    const numberText = t.text.replace(UNIT_SUFFIX, '').trimEnd();
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
    const unitEnd = unitLast + 1;
    if (THRESHOLD_AFTER.test(c.s.slice(unitEnd, unitEnd + 6))) continue;
    const value = t.amount ? t.amount.value.toFixed(t.amount.decimals) : null;
    out.push({ from, to: last + 1, unitEnd, unit, text: numberText, start, end, value });
  }
  return out;
}
