// Document-level facts: budget or final accounts, department, year, title, default unit and
// the tables the document announces (its 目录 / 报表 list).
import type { MoneyUnit } from '../../report/schema';
import { fold } from './textForms';
import { tableTitleCore } from '../../tables/roles';

export interface DocMeta {
  kind: 'budget' | 'final' | 'unknown';
  department: string | null;
  year: number | null;
  title: string | null;
}

const TITLE = /(部门|单位)?(预算|决算)(公开|说明|报告)|[0-9]{4}年度?(部门|单位)(预算|决算)/;

export function readDocMeta(texts: string[], tableTitles: string[], tableDepartments: (string | null)[]): DocMeta {
  let title: string | null = null;
  const head = texts.slice(0, 30);
  for (let i = 0; i < head.length; i++) {
    const t = fold(head[i]!);
    if (TITLE.test(t) && t.length <= 60) {
      title = head[i]!.trim();
      // "朔州市科学技术局" on the line above "2024年度部门决算公开": one title over two lines
      const prev = i > 0 ? fold(head[i - 1]!) : '';
      if (/^[0-9]{4}/.test(t) && /(局|委|办|厅|院|中心|部|会|所|站|馆|队)$/.test(prev)) title = head[i - 1]!.trim() + title;
      break;
    }
  }
  const all = [title ?? '', ...tableTitles].map(fold).join('|');
  const budget = (all.match(/预算/g) ?? []).length;
  const final = (all.match(/决算/g) ?? []).length;
  const kind = title && /决算/.test(title) ? 'final' : title && /预算/.test(title) ? 'budget' : final > budget ? 'final' : budget > 0 ? 'budget' : 'unknown';
  let year: number | null = null;
  const y = /([0-9]{4})\s*年/.exec(title ?? '') ?? texts.slice(0, 60).map((t) => /([0-9]{4})\s*年度?(部门|单位)?(预算|决算)/.exec(t)).find((m) => m) ?? null;
  if (y) year = Number(y[1]);
  const department = readDepartment(texts, title, tableDepartments);
  return { kind, department, year, title };
}

const ORG_END = '(?:局|委员会|委|办公室|办公厅|办事处|办|厅|院|中心|部|会|所|站|馆|队|处|室|社|团|校|署|集团|公司)';
const ORG = new RegExp(`^[\\u4e00-\\u9fffA-Za-z（）()]{2,40}?${ORG_END}$`);

/** A department name as printed, without outline numbers, breadcrumbs, codes or spaces; null if it is no name. */
export function cleanDepartment(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let t = raw.replace(/\s+/g, '');
  // site chrome: "当前位置：首页 > 机构 > 重庆市交通委员会"
  if (/[>›»]/.test(t)) t = t.split(/[>›»]/).pop()!;
  t = t.replace(/^(当前位置|您的位置|所在位置)[:：]?/, '').replace(/^首页/, '');
  t = t.replace(/^第[一二三四五六七八九十]+部分/, '').replace(/^[一二三四五六七八九十]+、/, '').replace(/^[0-9]{3,6}/, '');
  t = t.replace(/(单位|部门)?概况$/, '');
  if (!t || /^(部门|单位|本部门|本单位|预算单位)$/.test(t) || !ORG.test(t)) return null;
  return t;
}

/**
 * The department: from the tables' own "编制部门" lines, the title ("X2024年度部门决算",
 * "2017年度X部门预算公开"), the outline ("第二部分 X 2024年度部门决算表", "X概况"). The most named
 * wins; a name that another candidate ends with (资源局 of 上海市普陀区规划和自然资源局, a title
 * broken over lines) gives way to the whole one. Never from site chrome.
 */
export function readDepartment(texts: string[], title: string | null, tableDepartments: (string | null)[]): string | null {
  const votes = new Map<string, number>();
  const vote = (raw: string | null | undefined, weight = 1) => {
    const d = cleanDepartment(raw);
    if (d) votes.set(d, (votes.get(d) ?? 0) + weight);
  };
  for (const d of tableDepartments) vote(d, 2);
  const fromTitle = (t: string) => {
    const f = t.replace(/\s+/g, '');
    const before = /^(?:第[一二三四五六七八九十]+部分)?(.*?)[0-9]{4}年/.exec(f);
    if (before && before[1]) vote(before[1], 2);
    const between = /[0-9]{4}年度?(.+?)(?:部门|单位)(?:预算|决算)/.exec(f);
    if (between) vote(between[1], 2);
  };
  if (title) fromTitle(title);
  for (const raw of texts.slice(0, 60)) {
    const t = raw.trim();
    if (t.length > 60) continue;
    // a heading, not a sentence that names the department ("纳入…2024年度部门决算编制范围的单位")
    if (/(部门|单位)(预算|决算)/.test(t) && /[0-9]{4}\s*年/.test(t) && t.replace(/\s+/g, '').length <= 36 && !/纳入|包括|范围|[，。；]/.test(t)) fromTitle(t);
    const m = /^(?:第[一二三四五]部分\s*)?(.+?)(?:单位|部门)?概况$/.exec(t);
    if (m) vote(m[1]);
  }
  // a tail of a longer candidate counts for the longer one
  const folded = new Map<string, number>();
  for (const [d, n] of votes) {
    const whole = [...votes.keys()].filter((x) => x !== d && x.endsWith(d)).sort((a, b) => b.length - a.length)[0];
    const key = whole ?? d;
    folded.set(key, (folded.get(key) ?? 0) + n);
  }
  let best: string | null = null;
  for (const [d, n] of folded) if (!best || n > folded.get(best)! || (n === folded.get(best)! && d.length > best.length)) best = d;
  return best;
}

/** Tables named in the document's own list (目录 lines, "一、部门收支总体情况表（表1）"). */
export function announcedTables(lines: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    let t = line.trim().replace(/\s+[0-9]{1,3}$/, '');
    if (/^第[一二三四五六七八九十]+部分/.test(t)) continue;
    t = t.replace(/^[-*]\s*/, '').replace(/^[一二三四五六七八九十]+、\s*/, '');
    t = t.replace(/[（(]表\s*[0-9]+[)）]$/, '').trim();
    if (!/表$/.test(t) || /报表$/.test(t) || t.length > 40) continue;
    // a part heading, not a table: "五、单位预算表", "四、2026年杭州市司法局预算公开表"
    if (/^(.{0,20}?(局|委|办|厅|院|中心|部|会))?(部门|单位|预算单位)?(预算|决算)(公开)?表$/.test(tableTitleCore(t))) continue;
    if (!seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}

export function mostCommonUnit(units: (MoneyUnit | null | undefined)[]): MoneyUnit | null {
  const n = new Map<MoneyUnit, number>();
  for (const u of units) if (u) n.set(u, (n.get(u) ?? 0) + 1);
  let best: MoneyUnit | null = null;
  for (const [u, c] of n) if (!best || c > n.get(best)!) best = u;
  return best;
}
