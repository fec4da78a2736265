// The text blocks that belong to a table rather than to the narrative: its number (表1,
// 预算公开01表, 公开03表), title, 部门名称, unit, year line before it, and its notes after it.
import type { MoneyUnit } from '../../report/schema';
import { fold } from './textForms';

export interface TableContext {
  title: string | null;
  number: string | null;
  department: string | null;
  unit: MoneyUnit | null;
  year: number | null;
  notes: string[];
  /** The heading marks a continuation (续表, 表3（续）, …情况表（续）): the rest of the table before. */
  continued?: boolean;
}

export const emptyContext = (): TableContext => ({ title: null, number: null, department: null, unit: null, year: null, notes: [] });

// 表1, 附表1-1, 表一 ("表一般…" is a title, not 表一), 公开01表
const SEQ = '(?:[0-9]+(?:\\s*[-－—–]\\s*[0-9]+)?|[一二三四五六七八九十]+(?!般))';
const NUMBER = new RegExp(`^(附?表\\s*${SEQ}|(预算)?公开\\s*[0-9]+\\s*表)$`);
/** A continuation's mark after its title or number ("…情况表（续）", "表3（续表）", "…表续表") … */
const CONTINUED_SUFFIX = /\s*(?:[（(]\s*续\s*(?:表|上表|前表)?\s*[)）]|(?<=表)\s*续表)\s*$/;
/** … or alone on its line: "续表", "（续表）", "续上表", "续表3", "续表一". */
const CONTINUED_MARK = /^[（(]?\s*续\s*(?:表|上表|前表)\s*[0-9一二三四五六七八九十]*\s*[)）]?$/;

/** … or before the title on its line ("续表 部门收支总表", also a 续表 line joined to the title below). */
const CONTINUED_PREFIX = /^[（(]?\s*续\s*(?:表|上表|前表)\s*(?:[0-9]+|[一二三四五六七八九十]+(?!般))?\s*[)）]?\s*[:：]?\s*/;

/** The line without its continuation mark ("部门收支总表（续）" → "部门收支总表"; "续表" → ""). */
export function withoutContinuation(text: string): string {
  const t = text.trim();
  return CONTINUED_MARK.test(t) ? '' : t.replace(CONTINUED_SUFFIX, '').replace(CONTINUED_PREFIX, '');
}

/** "（单位：万元）", "单位:万元" printed at the end of the title's own line. */
const TITLE_UNIT = /\s*[（(]?\s*(金额)?单位\s*[:：]\s*(千元|万元|亿元|元)\s*[)）]?\s*$/;

/** A title line's text without the unit printed after it, and that unit. */
export function splitTitleUnit(text: string): { text: string; unit: MoneyUnit | null } {
  const m = TITLE_UNIT.exec(text);
  if (!m || m.index === 0) return { text, unit: null };
  return { text: text.slice(0, m.index), unit: m[2] as MoneyUnit };
}
// "部门名称：…", "单位名称：…", "编制部门：…", "编制单位：…", "预算单位：…", "公开部门：…"
const DEPT = /^(部门名称|单位名称|编制部门|编制单位|预算单位|公开部门|填报单位|部门)\s*[:：]\s*(.+?)(\s{2,}|[0-9]{4}年度?|(金额)?单位\s*[:：]|$)/;
const UNIT = /(金额)?单位\s*[:：]\s*(千元|万元|亿元|元)/;
const YEAR = /([0-9]{4})\s*年度?/;
const NOTE = /^(注|说明)\s*[0-9]*\s*[:：]|本表无数据/;

export function isNoteText(text: string): boolean {
  return NOTE.test(fold(text));
}

export function isTableNumber(text: string): boolean {
  // "附表1-1 2026" is a number and the start of a wrapped title, not the number 1-12026
  return NUMBER.test(fold(text)) && !/[0-9]\s+[0-9]/.test(text.trim());
}

/** "表1：", "表9.", "预算01表 ", "公开 04 表": a table number printed on the title's own line. */
const NUMBER_PREFIX = new RegExp(`^((附|预算|公开)?表${SEQ}|(预算|公开)[0-9]+表)(?:[:.．、]|(?=\\D))`);

const NUMBER_ON_LINE = new RegExp(`^((?:附|预算|公开)?\\s*表\\s*${SEQ}|(?:预算|公开)\\s*[0-9]+\\s*表)\\s*[:：.．、]?\\s*`);

/** The number and the title of a line that prints both ("表7：2026年…预算表", "预算01表 收支总表"). */
export function splitNumberedTitle(text: string): { number: string; title: string } | null {
  if (!NUMBER_PREFIX.test(fold(text))) return null;
  // read on the printed text: folded, "附表1-1 2026年…" would run the number into the year
  const m = NUMBER_ON_LINE.exec(text.trim());
  if (!m) return null;
  const rest = text.trim().slice(m[0].length);
  if (!rest || !isTableTitle(rest)) return null;
  return { number: fold(m[1]!), title: rest };
}

/** A short line naming a table ("部门收支总体情况表", "## 支出決算表", "一般公共预算支出情况表（表5）"). */
export function isTableTitle(text: string): boolean {
  const f = fold(splitTitleUnit(withoutContinuation(text)).text);
  const numbered = NUMBER_PREFIX.exec(f);
  const t = (numbered ? f.slice(numbered[0].length) : f).replace(/\(表[0-9]+\)$/, '').replace(/表\([^()]{1,12}\)$/, '表');
  if (t.length < 4 || t.length > 64 || /[:。，,；;]/.test(t)) return false;
  if (isTableNumber(t)) return false;
  return /表$/.test(t) && !/报表$/.test(t) && !/^(上述|详见|附件)/.test(t);
}

/** Any line of a table's heading area. */
export function isContextText(text: string): boolean {
  const bare = withoutContinuation(text);
  if (text.trim() && !bare) return true; // 续表 on its own line
  const t = fold(bare);
  if (isTableNumber(bare) || isTableTitle(t)) return true;
  if (DEPT.test(t) || /^(金额)?单位:(千元|万元|亿元|元)$/.test(t)) return true;
  // "编制部门：X 单位：元", "2026年度 单位：万元": a heading line that states the unit
  if (t.length <= 60 && /(^|[^0-9])(金额)?单位:(千元|万元|亿元|元)$/.test(t) && !/[。；]/.test(t)) return true;
  if (/^[0-9]{4}年度?$/.test(t)) return true;
  return false;
}

/** Reads the heading lines (in order) and the notes into one context. */
export function readContext(before: string[], notes: string[]): TableContext {
  const ctx = emptyContext();
  let lastWasDept = false;
  for (const raw of before) {
    const text = withoutContinuation(raw);
    if (text !== raw.trim()) ctx.continued = true;
    if (!text) continue;
    const t = fold(text);
    if (isTableNumber(text)) {
      ctx.number = t;
      continue;
    }
    const titled = splitTitleUnit(text);
    const numbered = splitNumberedTitle(text);
    if (numbered) {
      ctx.number = numbered.number;
      if (titled.unit) ctx.unit = titled.unit;
      ctx.title = splitTitleUnit(numbered.title).text.replace(/[（(]表\s*[0-9]+[)）]\s*$/, '').trim();
      continue;
    }
    if (isTableTitle(t)) {
      if (titled.unit) ctx.unit = titled.unit;
      ctx.title = titled.text.replace(/[（(]表\s*[0-9]+[)）]\s*$/, '').replace(/^[0-9]{1,3}(?=[\u4e00-\u9fff])/, '').trim();
      continue;
    }
    const d = DEPT.exec(t);
    if (d) ctx.department = d[2]!.trim();
    else if (ctx.department && (lastWasDept || !/(局|委员会|委|办公室|办公厅|厅|院|中心|部|会|所|站|馆|队|处|室|办事处)$/.test(ctx.department)) && t.length <= 12 && !UNIT.test(t) && !YEAR.test(t) && /^[\u4e00-\u9fff()]+$/.test(t)) ctx.department += t; // the name's wrapped tail
    lastWasDept = !!d;
    const u = UNIT.exec(t);
    if (u) ctx.unit = u[2] as MoneyUnit;
    const y = YEAR.exec(t);
    if (y && (d || u || /^[0-9]{4}年度?$/.test(t))) ctx.year = Number(y[1]);
  }
  ctx.notes = notes.map((n) => n.trim());
  return ctx;
}
