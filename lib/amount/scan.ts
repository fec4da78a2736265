// scanNumbers: every number-like token in a sentence, with offsets into the original text, so
// the narrative extractor can tell an amount (547.82万元) from a year (2024年), a list marker
// ("1、", "（一）"), a code (2080505), a count (21个) or a date. PDF-damaged pieces
// ("547. 82", "10, 312, 28") are joined and repaired by parseAmount.
import type { Amount, MoneyUnit } from './index';
import { MAX_FRAC_DIGITS, MAX_INT_DIGITS, parseAmount } from './parse';
import { toHalfWidth } from './repair';

export type NumberTokenKind =
  /** Followed by 元 / 万元 / 亿元. */
  | 'amount'
  /** Followed by % (or ％). */
  | 'percent'
  /** Followed by 个百分点 (a change in percentage points). */
  | 'points'
  /** A bare number with nothing after it that says what it is (a table cell, "前500"). */
  | 'number'
  /** A number with a measure word: 21个, 5辆, 264人次, 0.00辆. */
  | 'count'
  /** 2024年, 2023年度, the 2022 in "(2022)568号", the 2016 in "〔2016〕". */
  | 'year'
  /** Month or day (12月31日), a full date (2024-01-01), or the start of a range "1-9月". */
  | 'date'
  /** List markers: "1、", "1.", "(1)", "（一）", "一、", "第1". */
  | 'ordinal'
  /** Subject / department / unit codes: bare 3, 5, 6 or 7 digit integers (2080505, 405); and
   * digit runs longer than any amount (account numbers, a hostile 1 MB run). */
  | 'code'
  /** A document number: the 568 of "568号". */
  | 'docno'
  /** 0772-2801234, 13812345678. */
  | 'phone'
  /** Looks numeric but cannot be repaired safely ("172. 4" under expectDecimals, "1,23.45"). */
  | 'damaged';

export interface NumberToken {
  kind: NumberTokenKind;
  /** Offsets into the original text; [start, end) covers sign, digits and what follows (unit, %, measure word). */
  start: number;
  end: number;
  /** text.slice(start, end). */
  text: string;
  /** The parsed number for amount / percent / points / number / count; null for the other kinds. */
  amount: Amount | null;
  unit: MoneyUnit | null;
  percent: boolean;
  /** The measure word of a count ("个", "辆", "人次"), or 年/月/日/号 for years, dates, docnos. */
  measure?: string;
  /** Why a token is damaged. */
  reason?: string;
  /** The figure is a bound or an estimate, not an exact statement: "≥90%", "100万元以上",
   * "约3万元", "不超过5个". Checks must not compare such figures as equalities. */
  qualifier?: string;
}

export interface ScanOptions {
  /** Decimals the amounts, percentages and bare numbers (table cells) of this text are printed
   * with (2 in these disclosures): a *spaced* fraction with fewer digits ("172. 4") is then
   * reported as damaged. Unspaced short fractions ("1.3万元") are printed precision, kept. */
  expectDecimals?: number;
}

/** Digits with separators; PDF extraction may put up to two spaces around a separator. */
const NUMBER = /\d+(?: {0,2}[,.] {0,2}\d+)*/g;
const MONEY = /^ ?(万元|亿元|元)/;
const PERCENT = /^ ?%/;
/** 万 / 亿 without 元 and not before a measure word ("3万人" is a count). */
const BARE_MYRIAD = /^ ?(万|亿)(?![元人户个次台辆名家项平公亩吨])/;
const POINTS = /^ ?个百分点/;
// Longer words first. 年/月/日/号 are handled separately (years, dates, document numbers).
const MEASURE =
  /^ ?(万?(?:人次|批次|台\(套\)|平方米|公里|小时|个月|个|辆|人|台|套|次|项|名|家|类|批|天|处|户|条|所|件|份|篇|期|场|张|座|间|亩|岁|周))/;
const CN_ORDINAL = /[(（][一二三四五六七八九十]+[)）]|(?<=^|[\s\-、。；;：:,，])[一二三四五六七八九十]+、/gm;
const CODE_LENGTHS = new Set([3, 5, 6, 7]);

/** Full-width "，" is a thousands separator only between full-width digits ("１，２３４");
 * elsewhere it is punctuation and must not join two numbers. Same length, so offsets hold. */
function normalizeForScan(text: string): string {
  const masked = text.replace(/(?<![０-９])，|，(?![０-９])/g, '；');
  return toHalfWidth(masked);
}

function digitCount(compact: string): number {
  let n = 0;
  for (let i = 0; i < compact.length; i++) if (compact.charCodeAt(i) >= 48 && compact.charCodeAt(i) <= 57) n++;
  return n;
}

const isYear = (digits: string): boolean => /^(19|20)\d\d$/.test(digits);

export function scanNumbers(text: string, options: ScanOptions = {}): NumberToken[] {
  const s = normalizeForScan(text);
  const tokens: NumberToken[] = [];

  for (const m of s.matchAll(CN_ORDINAL)) {
    tokens.push(plain('ordinal', text, m.index, m.index + m[0].length));
  }

  const numbers = new RegExp(NUMBER); // own lastIndex: the loop skips ahead by setting it
  let m: RegExpExecArray | null;
  while ((m = numbers.exec(s)) !== null) {
    let start = m.index;
    const core = m[0];
    // "1. 2024年…", "指标1.2022年…": a list marker before a year, not 1.2024 (amounts are never followed by 年).
    const markerBeforeYear = /^(\d{1,2})\. {0,2}((?:19|20)\d\d)$/.exec(core);
    if (markerBeforeYear && /^ ?年/.test(s.slice(start + core.length))) {
      const markerEnd = start + markerBeforeYear[1]!.length + 1;
      tokens.push(plain('ordinal', text, start, markerEnd));
      numbers.lastIndex = markerEnd;
      continue;
    }
    let end = start + core.length;
    const before = s.slice(Math.max(0, start - 2), start);
    const after = s.slice(end);
    const compact = core.replace(/ /g, '');
    const integer = /^\d+$/.test(compact);

    // Glued to letters (GB2312, "A12"): an identifier, never a figure of the document. More
    // digits than any amount has: an account number or junk, never parsed (and never grouped).
    if (/[A-Za-z_]$/.test(before) || digitCount(compact) > MAX_INT_DIGITS + MAX_FRAC_DIGITS) {
      tokens.push(plain('code', text, start, end));
      continue;
    }

    // Phone numbers: 0772-2801234, 13812345678.
    const landline = /^-\d{7,8}(?!\d)/.exec(after);
    if (integer && /^0\d{2,3}$/.test(compact) && landline) {
      end += landline[0].length;
      numbers.lastIndex = end;
      tokens.push(plain('phone', text, start, end));
      continue;
    }
    if (integer && /^1[3-9]\d{9}$/.test(compact)) {
      tokens.push(plain('phone', text, start, end));
      continue;
    }

    // Dates: 2024-01-01, 2024/1/1, 2024.01.01 (the dot form is matched as one number).
    if (/^\d{4}\.\d{1,2}\.\d{1,2}$/.test(compact)) {
      tokens.push(plain('date', text, start, end));
      continue;
    }
    const dateTail = /^([-/])\d{1,2}\1\d{1,2}(?!\d)/.exec(after);
    if (integer && core.length === 4 && dateTail) {
      end += dateTail[0].length;
      numbers.lastIndex = end;
      tokens.push(plain('date', text, start, end));
      continue;
    }

    // A sign directly before the digits (not a hyphen between two numbers: "1-9月").
    const sign = /(?:^|[^\dA-Za-z.])([-△▲])$/.exec(s.slice(Math.max(0, start - 2), start));
    const signed = sign !== null;
    if (signed) start -= 1;

    const inParens = /[(（]$/.test(before) && /^[)）]/.test(after);
    const inDocBrackets = /[〔[【]$/.test(before) && /^[〕\]】]/.test(after);
    if (integer && (inDocBrackets || inParens) && isYear(compact)) {
      tokens.push(plain('year', text, start, end, undefined, '年'));
      continue;
    }
    if (integer && inParens && compact.length <= 2) {
      tokens.push(plain('ordinal', text, start - 1, end + 1));
      continue;
    }
    if (integer && /第 ?$/.test(before)) {
      tokens.push(plain('ordinal', text, start, end));
      continue;
    }
    if (integer && /^、/.test(after) && compact.length <= 2) {
      tokens.push(plain('ordinal', text, start, end + 1));
      continue;
    }
    // "1." / "1. " starting an item ("。3.合理利用资源", "- 1. 行政单位"): a dot not followed by digits.
    if (integer && compact.length <= 2 && /^\.(?! {0,2}\d)/.test(after) && !/\.$/.test(before)) {
      tokens.push(plain('ordinal', text, start, end + 1));
      continue;
    }

    // "公开01表", "（表3）", "详见表12": table numbers.
    if (integer && (/^ ?表/.test(after) || /表 ?$/.test(before))) {
      tokens.push(plain('ordinal', text, start, end));
      continue;
    }
    // Leading zeros ("01", "0101"): numbering or codes, never an amount.
    if (integer && compact.length > 1 && compact.startsWith('0')) {
      tokens.push(plain('code', text, start, end));
      continue;
    }

    let u: RegExpExecArray | null;
    if (integer && (u = /^ ?(年度|年)/.exec(after)) && isYear(compact)) {
      tokens.push(plain('year', text, start, end + u[0].length, undefined, '年'));
      continue;
    }
    if (integer && (u = /^ ?(月|日)/.exec(after)) && Number.parseInt(compact, 10) <= 31) {
      // parseInt on a ≤2-digit calendar field, never on an amount.
      tokens.push(plain('date', text, start, end + u[0].length, undefined, u[1]));
      continue;
    }
    if (integer && (u = /^ ?号/.exec(after))) {
      tokens.push(plain('docno', text, start, end + u[0].length, undefined, '号'));
      continue;
    }
    // Ranges "1-9月", "2022-2024年": the first end takes the second's kind.
    const range = /^[-~～至到](\d+) ?(年度|年|月|日)/.exec(after);
    if (integer && range) {
      const k: NumberTokenKind = range[2]!.startsWith('年') ? (isYear(compact) ? 'year' : 'count') : 'date';
      tokens.push(plain(k, text, start, end, undefined, range[2]));
      continue;
    }

    const numberText = text.slice(start, end);
    if ((u = MONEY.exec(after))) {
      end += u[0].length;
      tokens.push(parsed('amount', text, start, end, numberText + u[1], options.expectDecimals));
    } else if ((u = BARE_MYRIAD.exec(after))) {
      // "职业年金缴费7.96万", "≥60亿": the 元 is left out, the amount is still money.
      end += u[0].length;
      tokens.push(parsed('amount', text, start, end, numberText + u[1] + '元', options.expectDecimals, u[1]));
    } else if ((u = PERCENT.exec(after))) {
      end += u[0].length;
      tokens.push(parsed('percent', text, start, end, numberText + '%', options.expectDecimals));
    } else if ((u = POINTS.exec(after))) {
      end += u[0].length;
      tokens.push(parsed('points', text, start, end, numberText, undefined, '个百分点'));
    } else if ((u = MEASURE.exec(after))) {
      end += u[0].length;
      tokens.push(parsed('count', text, start, end, numberText, undefined, u[1]));
    } else if ((u = /^ ?年/.exec(after))) {
      // A non-calendar number of years ("3年") is a duration.
      end += u[0].length;
      tokens.push(parsed('count', text, start, end, numberText, undefined, '年'));
    } else if (integer && !signed && CODE_LENGTHS.has(compact.length)) {
      tokens.push(plain('code', text, start, end));
    } else {
      tokens.push(parsed('number', text, start, end, numberText, options.expectDecimals));
    }
  }
  for (const t of tokens) {
    if (t.amount === null) continue;
    // Matched on the normalised text, reported as the original prints it.
    const w = Math.max(0, t.start - 4);
    const before = QUALIFIER_BEFORE.exec(s.slice(w, t.start));
    const after = before ? null : QUALIFIER_AFTER.exec(s.slice(t.end));
    if (before) t.qualifier = text.slice(w + before.index, w + before.index + before[1]!.length);
    else if (after) t.qualifier = text.slice(t.end + after[0].length - after[1]!.length, t.end + after[0].length);
  }
  return tokens.sort((a, b) => a.start - b.start);
}

const QUALIFIER_BEFORE = /(≥|≤|>=|<=|>|<|约|近|逾|超过|不超过|不低于|不少于|不高于|不多于|低于|高于|大于|小于)\s*$/;
const QUALIFIER_AFTER = /^\s*((?:\(含\)|（含）)?(?:以上|以下|以内|左右))/;

function plain(
  kind: NumberTokenKind,
  text: string,
  start: number,
  end: number,
  reason?: string,
  measure?: string,
): NumberToken {
  const t: NumberToken = { kind, start, end, text: text.slice(start, end), amount: null, unit: null, percent: false };
  if (measure) t.measure = measure;
  if (reason) t.reason = reason;
  return t;
}

function parsed(
  kind: NumberTokenKind,
  text: string,
  start: number,
  end: number,
  parseText: string,
  expectDecimals?: number,
  measure?: string,
): NumberToken {
  const o = parseAmount(parseText, expectDecimals === undefined ? {} : { expectDecimals });
  if (o.kind !== 'amount') {
    return plain('damaged', text, start, end, o.kind === 'damaged' ? o.reason : `not a number (${o.kind})`, measure);
  }
  const t: NumberToken = {
    kind,
    start,
    end,
    text: text.slice(start, end),
    amount: o.amount,
    unit: o.amount.unit,
    percent: o.amount.percent,
  };
  if (measure) t.measure = measure;
  return t;
}
