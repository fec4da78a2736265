// Text quality (issue 15): what a reviewer marks in the narrative besides arithmetic — characters
// that do not display, paragraphs printed twice, doubled punctuation, unbalanced quotes and brackets, sentences cut off, a
// budget comparing with its own year's budget, 部门/单位 wording of the other document type.
// Warnings only (status 'fail', severity 'warning'), never arithmetic; each quotes the text and
// refers to it by its span of the narrative. Only patterns that are wrong wherever they occur.
import { noteFinding, textRef } from './noteFinding';
import type { DocModel, Finding } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { shortHash } from './identity';

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const l of text.split('\n')) {
    out.push({ text: l, start });
    start += l.length + 1;
  }
  return out;
}

/** The quoted context: the sentence (or up to 40 characters) around [start, end). */
function around(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 40 && !/[。！？\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 40 && text[b] !== '\n' && !/[。！？]/.test(text[b - 1] ?? '')) b++;
  return text.slice(a, b).trim();
}

function warning(rule: string, text: string, start: number, end: number, message: string, messageEn: string): Finding {
  const quote = around(text, start, end);
  return noteFinding({ id: `${rule}:${start}:${shortHash(quote)}`, rule, severity: 'warning', message, messageEn, actual: text.slice(start, end), refs: [textRef(quote)] });
}

// Replacement character, private-use glyphs (unmapped font codes), radicals and strokes that the
// normalisation leaves when they are not a known stand-in for a unified character.
const UNDISPLAYABLE = /[\uFFFD\uE000-\uF8FF\u2E80-\u2EFF\u2F00-\u2FDF\u31C0-\u31EF]/g;

export function glyphFindings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(UNDISPLAYABLE)) {
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    out.push(warning('text.glyph', text, m.index!, m.index! + 1, `无法正常显示的字符 U+${code}：“${around(text, m.index!, m.index! + 1)}”`, `A character that does not display (U+${code})`));
  }
  // A section whose whole text is one character (000's "一、主要职责\n眀\n二、机构设置情况"): its text did
  // not come through. Only between two numbered headings: table headers broken into lines also
  // leave lone characters ("款", "项"), and "无" is an answer a section may give.
  const lines = linesOf(text).filter((l) => l.text.trim());
  const heading = (l: Line | undefined) => !l || /^\s*([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/.test(l.text);
  lines.forEach((l, i) => {
    // The heading above must be whole (a wrapped "七、文化旅游体育与传媒支\n出" is not).
    const whole = lines[i - 1] && /(职责|职能|情况|说明|设置|解释|概况)\s*$/.test(lines[i - 1]!.text);
    if (!/^\s*[\u3400-\u9FFF]\s*$/.test(l.text) || /[无略]/.test(l.text) || !whole || !heading(lines[i - 1]) || !heading(lines[i + 1])) return;
    const at = l.start + l.text.search(/\S/);
    out.push(warning('text.glyph', text, at, at + 1, `“${lines[i - 1]!.text.trim()}”下只有一个字“${l.text.trim()}”：该部分文字可能未正常显示`, `The section "${lines[i - 1]!.text.trim()}" holds one character "${l.text.trim()}": its text may not have come through`));
  });
  return out;
}

export function doubledPunctuationFindings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/([。，；：！？、])\1+/g)) {
    out.push(warning('text.punctuation', text, m.index!, m.index! + m[0].length, `标点重复“${m[0]}”：“${around(text, m.index!, m.index! + m[0].length)}”`, `Doubled punctuation "${m[0]}"`));
  }
  return out;
}

const PAIRS: [string, string, string][] = [
  ['“', '”', '引号'],
  ['（(', '）)', '括号'],
  ['《', '》', '书名号'],
  ['〔［[', '〕］]', '方括号'],
  ['【', '】', '方头括号'],
];

function net(s: string, open: string, close: string): number {
  let n = 0;
  for (const ch of s) {
    if (open.includes(ch)) n++;
    else if (close.includes(ch)) n--;
  }
  return n;
}

/** Per paragraph; a pair opened at a line's end and closed on the next (a line broken mid-quote) is not flagged. */
export function unbalancedFindings(text: string): Finding[] {
  const out: Finding[] = [];
  const lines = linesOf(text);
  for (const [open, close, name] of PAIRS) {
    const nets = lines.map((l) => net(l.text, open, close));
    lines.forEach((l, i) => {
      const n = nets[i]!;
      if (n === 0) return;
      // A paragraph broken over lines (pdftotext without layout): closed within the next three lines.
      const closedNear = (dir: 1 | -1) => {
        let sum = n;
        for (let k = 1; k <= 3; k++) {
          sum += nets[i + dir * k] ?? 0;
          if (sum === 0) return true;
        }
        return false;
      };
      if (closedNear(n > 0 ? 1 : -1)) return;
      // Point at the first unmatched mark.
      let depth = 0;
      let at = -1;
      for (let k = 0; k < l.text.length; k++) {
        const ch = l.text[k]!;
        if (open.includes(ch)) depth++;
        else if (close.includes(ch)) {
          if (depth === 0) {
            at = k;
            break;
          }
          depth--;
        }
      }
      // No stray closing mark: the unmatched one is the last opening mark left open.
      for (let k = l.text.length - 1, d = 0; at < 0 && k >= 0; k--) {
        const ch = l.text[k]!;
        if (close.includes(ch)) d++;
        else if (open.includes(ch)) {
          if (d === 0) at = k;
          else d--;
        }
      }
      const s = l.start + Math.max(at, 0);
      const mark = l.text[Math.max(at, 0)] ?? '';
      out.push(warning('text.brackets', text, s, s + 1, `${name}不成对（多一个“${mark}”）：“${around(text, s, s + 1)}”`, `Unbalanced ${open[0]}${close[0]} ("${mark}" unmatched)`));
    });
  }
  return out;
}

/** A connective followed at once by the sentence's end: "主要原因是。", "主要用于：；". A bare "其中" /
 * "包括" / "用于" only when it opens a clause ("不再列入其中。" is a whole sentence). */
const CUT_OFF = /(主要原因是|原因是|原因为|主要用于|主要包括|(?<=^|[。；，,：:\n])(?:其中|包括|用于))[：:，,]?\s*[。；;]/g;

export function cutOffFindings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(CUT_OFF)) {
    out.push(warning('text.cutOff', text, m.index!, m.index! + m[0].length, `句子不完整：“${around(text, m.index!, m.index! + m[0].length)}”在“${m[1]}”之后即结束`, `A sentence cut off after "${m[1]}"`));
  }
  return out;
}

/**
 * A cause sentence that ends its paragraph without a full stop, the next paragraph opening a new
 * sentence ("…增加的主要原因是工作量增加\n财政拨款支出主要内容如下："). Only cause sentences: a
 * heading also ends unpunctuated, and a line wrapped mid-sentence does not start like a sentence.
 */
const NEW_SENTENCE = /^\s*(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[、.．]|财政拨款|其中|本部门|本单位|\d{4}年)/;

export function missingStopFindings(text: string): Finding[] {
  const lines = linesOf(text);
  const out: Finding[] = [];
  lines.forEach((l, i) => {
    const t = l.text.trimEnd();
    if (!/原因(是|为)[：:]?[^。；！？：:]{2,}[\u3400-\u9FFF]$/.test(t)) return;
    const next = lines.slice(i + 1).find((x) => x.text.trim());
    if (next && !NEW_SENTENCE.test(next.text)) return;
    const end = l.start + t.length;
    out.push(warning('text.punctuation', text, end - 1, end, `句末缺少句号：“${t.trim().slice(-30)}”`, 'A sentence without its full stop'));
  });
  return out;
}

/**
 * A document compared with itself. In a budget of year Y the comparison base is the previous
 * year's budget: "比Y年预算增加" / "与Y年预算持平" compares the budget with itself (the template's
 * year not updated). Likewise a final account of year Y compared with "Y年度决算" (its base is
 * Y-1's 决算; its own year's 预算 is a legitimate comparison). "比Y-1年预算" is the normal wording
 * and is not matched; nor is "Y年预算安排" (not a comparison).
 */
export function selfYearFindings(doc: Pick<DocModel, 'kind' | 'year'>, text: string): Finding[] {
  if ((doc.kind !== 'budget' && doc.kind !== 'final') || !doc.year) return [];
  const y = doc.year;
  const budget = doc.kind === 'budget';
  const base = budget ? `${y}\\s*年(?:年初)?预算数?` : `${y}\\s*年度?决算数?`;
  const re = new RegExp(`(?:比|较|与|同)${base}(?:相比|比较)?[，,]?(?:增加|减少|增长|下降|降低|上升|持平|基本持平)`, 'g');
  const [word, wordEn] = budget ? ['年预算', 'budget'] : ['年度决算', 'final account'];
  const out: Finding[] = [];
  for (const m of text.matchAll(re)) {
    // The clause quoted: from the previous comma to the next.
    let a = m.index!;
    while (a > 0 && m.index! - a < 40 && !/[，,；;。\n]/.test(text[a - 1]!)) a--;
    let b = m.index! + m[0].length;
    while (b < text.length && b - m.index! < 60 && !/[，,；;。\n]/.test(text[b]!)) b++;
    out.push(warning('text.year', text, m.index!, m.index! + m[0].length, `“${text.slice(a, b)}”：${y}${word}应与${y - 1}${word}比较，而非“${y}${word}”`, `"${text.slice(a, b)}": a ${y} ${wordEn} is compared with the ${y - 1} ${wordEn}, not "the ${y} ${wordEn}"`));
  }
  return out;
}

/**
 * A final account of year Y naming itself with another year: "上海市普陀区财政局 2023年度部门决算情况
 * 说明" in a 2024 决算 (the previous year's file reused). Only the document's own name — a heading
 * line, or "N年度部门决算表/情况说明/编制说明/公开" — never a comparison ("比2023年度决算数增加",
 * "与2023年度决算相比", "无2018年决算数").
 */
export function otherYearNameFindings(doc: Pick<DocModel, 'kind' | 'year'>, text: string): Finding[] {
  if (doc.kind !== 'final' || !doc.year) return [];
  const y = doc.year;
  const out: Finding[] = [];
  for (const l of linesOf(text)) {
    const heading = l.text.trim().length <= 50 && !/[。；;，,]/.test(l.text);
    for (const m of l.text.matchAll(/((?:19|20)\d{2})\s*年度?\s*(?:部门|单位)?\s*决算(?!数)(表|情况说明|编制说明|公开)?/g)) {
      if (Number(m[1]) === y || (!heading && !m[2])) continue;
      // The clause before the year: a comparison word makes it the base of a comparison.
      const clause = l.text.slice(0, m.index!).split(/[，,；;。：:]/).pop()!;
      if (/比|较|与|同|相比|对比|上年|无|截至/.test(clause) || /^\s*(数|相比|比较)/.test(l.text.slice(m.index! + m[0].length))) continue;
      const s = l.start + m.index!;
      const name = l.text.trim();
      out.push(warning('text.year', text, s, s + m[0].length, `${y}年度决算中写作“${m[0].replace(/\s+/g, '')}”：“${heading ? name : around(text, s, s + m[0].length)}”，年度应为${y}年`, `"${m[0].replace(/\s+/g, '')}" in a ${y} final account: the year should be ${y}`));
    }
  }
  return out;
}

/** 部门 or 单位 document, from its first lines (title, cover); null when both or neither are named. */
export function scopeOf(text: string): '部门' | '单位' | null {
  const head = text.slice(0, 200);
  const dept = /部门(预算|决算)/.test(head);
  const unit = /单位(预算|决算)/.test(head.replace(/预算单位|下属单位/g, ''));
  return dept === unit ? null : dept ? '部门' : '单位';
}

/** "部门预算" in a unit's document (the dept's text copied), and a 单位预算 heading in a department's. */
export function scopeWordingFindings(text: string): Finding[] {
  const scope = scopeOf(text);
  if (!scope) return [];
  const out: Finding[] = [];
  if (scope === '单位') {
    // Only the document's own name: "2025年部门预算安排…", "部门预算安排…" — not "深化部门预算改革" nor
    // "部门预算经济分类" (a classification's name).
    for (const m of text.slice(200).matchAll(/(?<=\d{4}年度?)部门(预算|决算)|部门(预算|决算)(?=安排|编制说明|情况说明|公开)/g)) {
      const s = m.index! + 200;
      out.push(warning('text.scope', text, s, s + m[0].length, `单位${m[1] ?? m[2]}中出现“${m[0]}”：“${around(text, s, s + m[0].length)}”`, `"${m[0]}" in a unit's ${(m[1] ?? m[2]) === '预算' ? 'budget' : 'final account'}`));
    }
  } else {
    for (const l of linesOf(text)) {
      const m = /(?<!下属|预算|所属)单位(预算|决算)/.exec(l.text);
      if (!m || l.start < 200 || l.text.length > 40 || /[。；，]/.test(l.text) || /…/.test(l.text)) continue;
      const s = l.start + m.index;
      out.push(warning('text.scope', text, s, s + m[0].length, `部门${m[1]}中的标题写作“${m[0]}”：“${l.text.trim()}”`, `A heading says "${m[0]}" in a department's document`));
    }
  }
  return out;
}

/**
 * A block of two or more paragraphs printed again right after itself (Putuo's 主要职能: "（六）…（十）"
 * twice — the text of a page clipped at its bottom edge and set again on the next page, which
 * reviewers see as text that does not display). Short paragraphs ("主要原因是：支出增加。") repeat
 * legitimately and are not counted.
 */
export function repeatedBlockFindings(text: string): Finding[] {
  const paras = linesOf(text).filter((l) => l.text.trim().length >= 20 && !/…/.test(l.text));
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < paras.length; i++) {
    const key = paras[i]!.text.trim();
    const j = seen.get(key);
    seen.set(key, i);
    if (j === undefined || j >= i - 1) continue;
    // The block: paragraphs from i on that repeat those from j on, one for one.
    let n = 0;
    while (i + n < paras.length && j + n < i && paras[i + n]!.text.trim() === paras[j + n]!.text.trim()) n++;
    // Only a block set again right after itself; two sections may say the same thing in their own places.
    if (n < 2 || j + n !== i) continue;
    const p = paras[i]!;
    const first = p.text.trim();
    out.push(warning('text.repeated', text, p.start, p.start + p.text.length, `${n}段文字重复出现：“${first.slice(0, 30)}${first.length > 30 ? '…' : ''}”起的${n}段与前文相同（可能是分页处文字被截断后重排）`, `${n} paragraphs printed twice, from "${first.slice(0, 30)}"`));
    for (let k = 0; k < n; k++) seen.set(paras[i + k]!.text.trim(), i + k);
    i += n - 1;
  }
  return out;
}

/**
 * A page with nothing but page furniture between two parts of the document (Putuo's blank page
 * after the 目录, an Excel table's empty last row spilled onto a page of its own). Not flagged: a
 * trailing page, a page with nothing before it or only the cover (the cover's blank back), and any
 * page with words on it — "本页无内容" or a part's title page is there on purpose.
 */
export function emptyPageFindings(doc: Pick<DocModel, 'emptyPages'>): Finding[] {
  const out: Finding[] = [];
  for (const e of doc.emptyPages ?? []) {
    if (!e.followed || !e.after || e.after.page <= 1) continue;
    const where = e.after.table ? `表格“${e.after.text}”` : `“${e.after.text}”`;
    const whereEn = e.after.table ? `the table "${e.after.text}"` : `"${e.after.text}"`;
    out.push(noteFinding({
      id: `text.emptyPage:${e.page}`,
      rule: 'text.emptyPage',
      severity: 'warning',
      message: `第${e.page}页是空白页（除页码或空表格线外没有内容），位于${where}之后，建议删除`,
      messageEn: `Page ${e.page} is empty (nothing but a page number or empty ruling), after ${whereEn}`,
      refs: [textRef(e.after.text, { page: e.page, table: e.after.table })],
    }));
  }
  return out;
}

export function textQualityFindings(doc: DocModel): Finding[] {
  const text = doc.narrative?.text;
  if (!text) return emptyPageFindings(doc);
  return [...emptyPageFindings(doc), ...glyphFindings(text), ...doubledPunctuationFindings(text), ...missingStopFindings(text), ...unbalancedFindings(text), ...cutOffFindings(text), ...selfYearFindings(doc, text), ...otherYearNameFindings(doc, text), ...scopeWordingFindings(text), ...repeatedBlockFindings(text)];
}

export const textQuality: Rule = {
  id: 'text',
  family: 'textQuality',
  title: { zh: '文字质量：乱码、标点、引号括号、断句、年份、部门/单位措辞', en: 'Text quality: glyphs, punctuation, brackets, cut-off sentences, years, scope wording' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    return textQualityFindings(doc);
  },
};
