// The narrative as the parser sees it: logical lines (PDF-broken lines joined back), each as
// a "compact" string — full-width forms made ASCII, whitespace and markdown marks dropped — with
// a map from every compact character back to its offset in the original text. Patterns stay
// simple on the compact form; offsets handed out always point into the original text.

export interface Compact {
  /** Compact text. */
  s: string;
  /** map[i] = offset in the original text of compact character i. */
  map: number[];
}

export type MarkerKind = 'part' | 'cn' | 'paren' | 'arabic';

export interface LogicalLine {
  /** Offset of the first and one past the last original character of the line. */
  start: number;
  end: number;
  compact: Compact;
  /** List / heading marker at the line start ("（一）", "1.", "一、", "第三部分"), if any. */
  marker: MarkerKind | null;
  /** Length of the marker in `compact.s`. */
  markerLength: number;
  heading: boolean;
  /** Heading level (part 0, 一、 1, （一） 2, 1、 3) when `heading`. */
  level: number;
  /** Split off a paragraph at an inline list marker ("…。（二）…"): may continue the paragraph's list, never ends one. */
  inline?: boolean;
}

/** One character of the source to its parse form ('' drops it). Length-preserving per character. */
function compactChar(code: number): string {
  if (code >= 0xff01 && code <= 0xff5e) return compactChar(code - 0xfee0);
  // Kangxi radicals that PDF fonts put for ordinary characters (⽀ for 支, ⾏ for 行): NFKC maps each to one character.
  if (code >= 0x2f00 && code <= 0x2fdf) return String.fromCharCode(code).normalize('NFKC');
  // Whitespace (incl. the ideographic space and NBSP) and markdown emphasis / heading marks.
  if (code <= 0x20 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003 || code === 0x2009 || code === 0x202f) return '';
  if (code === 0x2a || code === 0x23 || code === 0x7c || code === 0x60) return ''; // * # | `
  if (code === 0x3014 || code === 0x3010) return '('; // 〔 【
  if (code === 0x3015 || code === 0x3011) return ')'; // 〕 】
  return String.fromCharCode(code);
}

export function compactOf(text: string, start: number, end: number): Compact {
  let s = '';
  const map: number[] = [];
  for (let i = start; i < end; i++) {
    const out = compactChar(text.charCodeAt(i));
    if (out) {
      s += out;
      map.push(i);
    }
  }
  return { s, map };
}

/** Compact index of an original offset, or -1 when the compact form dropped that character. */
export function compactIndex(c: Compact, orig: number): number {
  let lo = 0;
  let hi = c.map.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = c.map[mid]!;
    if (v === orig) return mid;
    if (v < orig) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function sliceCompact(c: Compact, from: number, to: number): Compact {
  return { s: c.s.slice(from, to), map: c.map.slice(from, to) };
}

/** Original offsets [start, end) of compact range [from, to). */
export function originalSpan(c: Compact, from: number, to: number): { start: number; end: number } {
  return { start: c.map[from]!, end: c.map[to - 1]! + 1 };
}

const CN_NUM = '[一二三四五六七八九十百]+';
const MARKERS: { kind: MarkerKind; re: RegExp; level: number }[] = [
  { kind: 'part', re: new RegExp(`^第${CN_NUM}部分`), level: 0 },
  { kind: 'cn', re: new RegExp(`^${CN_NUM}、`), level: 1 },
  { kind: 'paren', re: new RegExp(`^\\(${CN_NUM}\\)`), level: 2 },
  // "1." / "1、" but not "1.20万元": the marker is not followed by a digit.
  { kind: 'arabic', re: /^\d{1,2}[、.](?!\d)/, level: 3 },
];

export function markerOf(s: string): { kind: MarkerKind; length: number; level: number } | null {
  for (const m of MARKERS) {
    const r = m.re.exec(s);
    if (r) return { kind: m.kind, length: r[0].length, level: m.level };
  }
  return null;
}

/** A sentence or clause end: the line is complete, the next physical line starts afresh. */
const TERMINAL = /[。;；:：!?！？]$/;
/** A figure inside a line: headings carry none. */
const HAS_FIGURE = /\d(万元|亿元|%|元)/;
/** A line a PDF broke inside a figure ("…收入10,228.08万", "…下降23.", "…支出1,234.56"): the figure
 * goes on on the next line, so the line is no heading. */
const BROKEN_FIGURE = /\d(万|亿)$|\d\.\d*$/;

function isHeading(s: string, marker: ReturnType<typeof markerOf>): boolean {
  if (!marker) return false;
  if (TERMINAL.test(s) || HAS_FIGURE.test(s) || BROKEN_FIGURE.test(s)) return false;
  // "(五)科学技术支出(类)应用研究(款)其他应用研究支" is a list item broken by the PDF, not a heading.
  if (/\((类|款|项)\)/.test(s)) return false;
  return s.length - marker.length <= 45;
}

/** Drops a leading markdown bullet ("- ", "> ") from a physical line's compact form. */
function dropBullet(text: string, lineStart: number, c: Compact): Compact {
  if (c.s.length === 0) return c;
  const first = c.map[0]!;
  const ch = text[first];
  if ((ch === '-' || ch === '>' || ch === '•' || ch === '·') && /\s/.test(text[first + 1] ?? '') && first >= lineStart) {
    return sliceCompact(c, 1, c.s.length);
  }
  return c;
}

/** A running page number on a line of its own ("3", "- 3 -", "第3页", "第 3 页 共 40 页", "3/40"). */
const PAGE_NUMBER = /^(?:[-—–]*\d{1,4}[-—–]*|第\d{1,4}页(?:,?共\d{1,4}页)?|\d{1,4}\/\d{1,4})$/;

/** Page furniture: page numbers, and short lines printed again and again (running headers and
 * footers) that carry no figure and end no sentence. They leave the narrative before any sentence
 * is read, so "比上年执行数增加\n3\n7,331.92万元" across a page break reads as 7,331.92. */
function furniture(phys: { c: Compact }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of phys) counts.set(p.c.s, (counts.get(p.c.s) ?? 0) + 1);
  const out = new Set<string>();
  for (const [s, n] of counts) {
    if (PAGE_NUMBER.test(s)) out.add(s);
    else if (n >= 3 && s.length <= 40 && !TERMINAL.test(s) && !HAS_FIGURE.test(s) && !BROKEN_FIGURE.test(s) && !markerOf(s) && !/[,，、]/.test(s)) out.add(s);
  }
  return out;
}

/** Splits the text into logical lines: a physical line that stops mid-sentence continues on the next one. */
export function logicalLines(text: string): LogicalLine[] {
  const all: { start: number; end: number; c: Compact }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const c = dropBullet(text, pos, compactOf(text, pos, nl));
    if (c.s.length > 0) all.push({ start: pos, end: nl, c });
    pos = nl + 1;
  }
  const drop = furniture(all);
  const phys = drop.size ? all.filter((p) => !drop.has(p.c.s)) : all;
  const out: LogicalLine[] = [];
  let i = 0;
  while (i < phys.length) {
    let c: Compact = { s: phys[i]!.c.s, map: [...phys[i]!.c.map] };
    const start = phys[i]!.start;
    let end = phys[i]!.end;
    i++;
    // A marker alone on its line ("（一）") belongs to the next line.
    while (i < phys.length && markerOf(c.s)?.length === c.s.length) {
      c = { s: c.s + phys[i]!.c.s, map: c.map.concat(phys[i]!.c.map) };
      end = phys[i]!.end;
      i++;
    }
    const marker = markerOf(c.s);
    const heading = isHeading(c.s, marker);
    if (!heading) {
      while (i < phys.length && !TERMINAL.test(c.s)) {
        const next = phys[i]!.c.s;
        if (markerOf(next)) break;
        c = { s: c.s + next, map: c.map.concat(phys[i]!.c.map) };
        end = phys[i]!.end;
        i++;
      }
    }
    if (heading) {
      out.push({ start, end, compact: c, marker: marker!.kind, markerLength: marker!.length, heading, level: marker!.level });
      continue;
    }
    splitAtInlineMarkers(c).forEach((piece, k) => {
      const m = markerOf(piece.s);
      const span = originalSpan(piece, 0, piece.s.length);
      out.push({
        start: span.start,
        end: span.end,
        compact: piece,
        marker: m?.kind ?? null,
        markerLength: m?.length ?? 0,
        heading: false,
        level: -1,
        ...(k > 0 ? { inline: true } : {}),
      });
    });
  }
  return out;
}

/** A list item that starts inside a paragraph ("…。（二）单位资金…", "其中：（一）…": HTML pages
 * often put a whole list in one paragraph) starts a line of its own. */
const INLINE_MARKER = new RegExp(`[。;:](?=\\(${CN_NUM}\\)|\\d{1,2}[、.](?!\\d))`, 'g');

function splitAtInlineMarkers(c: Compact): Compact[] {
  const cuts: number[] = [];
  for (const m of c.s.matchAll(INLINE_MARKER)) cuts.push(m.index! + 1);
  if (cuts.length === 0) return [c];
  const out: Compact[] = [];
  let from = 0;
  for (const to of [...cuts, c.s.length]) {
    if (to > from) out.push(sliceCompact(c, from, to));
    from = to;
  }
  return out;
}

export interface Sentence {
  /** Compact text of the sentence (line marker excluded), ending with its terminator if any. */
  c: Compact;
  start: number;
  end: number;
  line: number;
  /** First sentence of its line. */
  first: boolean;
}

/** Splits a logical line into sentences on 。；; (terminator kept). */
export function sentencesOf(line: LogicalLine, lineIndex: number): Sentence[] {
  const c = line.compact;
  const out: Sentence[] = [];
  let from = line.markerLength;
  const push = (to: number): void => {
    if (to > from) {
      const sub = sliceCompact(c, from, to);
      const span = originalSpan(c, from, to);
      out.push({ c: sub, start: span.start, end: span.end, line: lineIndex, first: out.length === 0 });
    }
    from = to;
  };
  for (let i = line.markerLength; i < c.s.length; i++) {
    if ('。;；!?！？'.includes(c.s[i]!)) push(i + 1);
  }
  push(c.s.length);
  return out;
}
