// Subject normalisation: the phrase before a figure ("2024年部门收支总预算", "“三公”经费财政拨款支出",
// "政府集中采购预算") to a small canonical vocabulary the checks can match against table rows and
// columns. Anything outside the vocabulary keeps its cleaned phrase.
import { OVERVIEW_CLASS_NAMES } from '../../tables/functionClasses';

/** Canonical subjects, first match wins (order matters: specific before general). */
const VOCABULARY: [RegExp, string][] = [
  [/财政拨款收[、,]?支总(预算|计)?$|财政拨款收入支出总计$/, '财政拨款收支总计'],
  [/收[、,]?支总(预算|计)?$|收入支出总计$/, '收支总计'],
  [/财政拨款收入总(预算|计)?$/, '财政拨款收入总计'],
  [/财政拨款支出总(预算|计)?$/, '财政拨款支出总计'],
  [/收入总(预算|计)?$/, '收入总计'],
  [/支出总(预算|计)?$/, '支出总计'],
  [/收入合计/, '收入合计'],
  [/支出合计/, '支出合计'],
  [/政府购买服务/, '政府购买服务'],
  [/(机关|行政)运行经费/, '机关运行经费'],
  [/三公.?经费/, '三公经费'],
  [/因公出国\(境\)(经)?费/, '因公出国(境)费'],
  [/^公务接待费/, '公务接待费'],
  [/公务用车购置(费)?及运行(维护)?费/, '公务用车购置及运行维护费'],
  [/公务用车购置(费)?(支出)?$|^公务用车购置费/, '公务用车购置费'],
  [/公务用车运行(维护)?费/, '公务用车运行维护费'],
  [/会议费$/, '会议费'],
  [/培训费$/, '培训费'],
  [/集中采购/, '集中采购'],
  [/分散采购/, '分散采购'],
  [/^(政府采购)?货物(类)?(采购)?(金额|支出)?$|^政府采购货物/, '货物类'],
  [/^(政府采购)?工程(类)?(采购)?(金额|支出)?$|^政府采购工程/, '工程类'],
  [/^(政府采购)?服务(类)?(采购)?(金额|支出)?$|^政府采购服务/, '服务类'],
  [/政府采购(金额|支出总额|支出|总额)?$/, '政府采购'],
  [/人员经费/, '人员经费'],
  [/公用经费/, '公用经费'],
  [/^一般公共预算(拨款)?(收入)?$/, '一般公共预算拨款'],
  [/^一般公共预算(财政)?拨款(决算)?支出$|^一般公共预算支出$/, '一般公共预算支出'],
  [/^(一般公共预算)?(财政拨款)?基本支出$/, '基本支出'],
  [/^(一般公共预算)?(财政拨款)?项目支出$/, '项目支出'],
  [/^财政拨款(决算)?支出$/, '财政拨款支出'],
  [/^财政拨款(收入)?$/, '财政拨款收入'],
  [/^单位资金(收入)?$/, '单位资金'],
  [/车辆$/, '车辆'],
  [/项目$/, '项目'],
];

/** Words that name no subject on their own: the figure belongs to the statement in progress. */
const GENERIC = new Set(['', '支出', '收入', '资金', '金额', '经费', '合计', '共计', '其中', '总额', '数']);

const YEAR = /\d{4}年(度)?/g;
const LEADING_FILLER =
  /^(其中|另外|此外|全年|本年度?|当年|截[至止]\S*?日|开支|本部门\(单位\)|部门\(单位\)|本部门|我部门|本单位|我单位|部门|单位本级|主要用于|主要包括|用于|包括|主要(?!负责人|领导)|共有|共计|共|实有|纳入|涉及|通过|安排的?|以下方面|[一二三四五六七八九十]是|\(\d{1,2}\)|\d{1,2}\)|[:,、])+/;
const TRAILING_ROLE = /(决算|预算)(数)?(为|是)?$|(为|是|达)$/;

function stripQuotes(s: string): string {
  return s.replace(/[“”"'‘’「」『』]/g, '');
}

/** The cleaned phrase: quotes, years, fillers (and role words unless `keepRole`) gone. */
export function cleanPhrase(raw: string, keepRole = false): string {
  // A closing remark in brackets ("(以合同签订为准)") is not part of the name.
  let s = stripQuotes(raw).replace(YEAR, '');
  for (let k = 0; k < 4; k++) {
    const before = s;
    s = s.replace(/\([^()]*(以|为准|含)[^()]*\)$/, '');
    s = s.replace(LEADING_FILLER, '');
    if (!keepRole) s = s.replace(TRAILING_ROLE, '');
    if (s === before) break;
  }
  return s;
}

function canonical(phrase: string): string | null {
  const cls = functionClass(phrase);
  if (cls) return cls;
  for (const [re, name] of VOCABULARY) if (re.test(phrase)) return name;
  return null;
}

/** A function class for a short or "(类)" form: "一般公共服务(类)支出", "科学技术支出(类)", "科学技术". */
export function functionClass(phrase: string): string | null {
  const p = phrase.replace(/\(类\)/g, '');
  for (const name of OVERVIEW_CLASS_NAMES) {
    if (p === name || p === name.replace(/支出$/, '')) return name;
  }
  for (const name of OVERVIEW_CLASS_NAMES) {
    if (name !== '其他支出' && p.endsWith(name)) return name;
  }
  return null;
}

export interface Subject {
  /** Canonical subject, or the cleaned phrase when outside the vocabulary; '' when generic. */
  subject: string;
  /** The phrase as printed (compact form). */
  raw: string;
}

export function normaliseSubject(raw: string): Subject {
  const cleaned = cleanPhrase(raw);
  // "…增加20.00万元（增长9.52%）": a bracket opening the clause names nothing.
  if (GENERIC.has(cleaned.replace(/^[()]+|[()]+$/g, ''))) return { subject: '', raw };
  // "一般公共预算" is a subject although it ends like a role word ("…预算").
  const name = canonical(cleaned) ?? canonical(cleanPhrase(raw, true));
  return { subject: name ?? cleaned, raw };
}

/** "2026年支出预算1,080.00万元，其中：…": side and role words alone ("支出预算", "收入决算") name no
 * subject mid-sentence ("…，支出决算为B万元" goes on with the statement in progress); opening a
 * sentence whose 其中 list follows the figure, they name the whole that list divides (the caller
 * checks the position). The phrase is kept as printed, not mapped to a table total. */
export function bareWhole(phrase: string): string | null {
  const p = cleanPhrase(phrase, true).replace(/(为|是)$/, '');
  return /^(收入|支出)(预算|决算)(总额|总数|数)?$/.test(p) ? p : null;
}

/** A bare 支出总计 after 财政拨款收入总计 in the same sentence speaks of 财政拨款 too. */
export function inheritQualifier(subject: string, previous: string | null): string {
  if (!previous) return subject;
  const q = /^(财政拨款|一般公共预算)/.exec(previous);
  if (q && /^(收入|支出)(总计|合计)$/.test(subject)) return q[1] + subject;
  return subject;
}
