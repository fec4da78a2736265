// Which narrative statements a check read, and which it left, with the reason — so a reader sees
// what was NOT checked (the report's `coverage`: statements / checkedStatements / notChecked).
// A statement counts as read when a finding of a narrative family refers to one of its figures.
import type { DocModel, Finding, Statement } from '../report/schema';
import { narrativeSelfFindings } from './narrativeSelf';
import { narrativeVsTablesFindings, partsWithinDepartment } from './narrativeVsTables';
import { itemBudgetFindings } from './itemBudgetSentence';
import type { RuleContext } from './rule';
import { figure } from './figures';

export interface NotChecked {
  what: string;
  reason: string;
  reasonEn?: string;
}

export interface NarrativeCoverage {
  /** Statements with at least one figure. */
  statements: number;
  /** Of those, statements at least one check read. */
  checkedStatements: number;
  /** Statements (or parts of them) left unchecked, with why. */
  notChecked: NotChecked[];
  /** Ids of the statements read and left, for tools that point at them. */
  checkedIds: string[];
  skippedIds: string[];
}

function excerpt(doc: DocModel, st: Statement): string {
  const t = (doc.narrative?.text ?? '').slice(st.start, st.end).replace(/\s+/g, '');
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

/** A restatement carrying a change of its own (against the budget): checked only by its own findings. */
function ownChange(st: Statement): boolean {
  return st.figures.some((f) => f.role === 'delta' || f.role === 'changePct');
}

/** Why a statement no check read was left. */
function reasonOf(st: Statement): { reason: string; reasonEn: string } {
  if (st.derivedFrom && !ownChange(st)) return { reason: '复述前一句的金额，已随前句核对', reasonEn: 'restates the sentence before, checked with it' };
  if (!st.subject && /分别$/.test(st.subjectText ?? ''))
    return { reason: '“分别为”所列名称与数字的个数或顺序对不上，哪个数字属于哪一项不确定，未核对', reasonEn: 'a "respectively" list whose names and figures do not pair up: not checked' };
  if (st.figures.some((f) => f.value == null))
    return { reason: '句中数字为约数、界限或无法可靠读出（如“约”“近”“万余元”“左右”，或被空格拆开的数字），不按等式核对', reasonEn: 'a figure is approximate, a bound, or not readable exactly: not checked as an equality' };
  const roles = new Set(st.figures.map((f) => f.role));
  if ((roles.has('delta') || roles.has('changePct')) && !roles.has('amount'))
    return { reason: '增减数所指的金额不在同一句中，范围不确定，未核对', reasonEn: 'the change names no amount in its sentence: scope uncertain' };
  if (roles.has('amount') && roles.has('delta') && roles.has('changePct'))
    return { reason: '变动率的基数（上年数或预算数）为 0 或方向未写明，无法核对', reasonEn: 'the base of the rate is 0, or no direction is given: not checked' };
  if (roles.has('share') && !st.shareOf) return { reason: '占比的基数未写明，也不是某一列举的组成部分，未核对', reasonEn: 'the share names no base' };
  if (roles.has('share')) return { reason: `占比的基数“${st.shareOf}”在说明中没有金额，未核对`, reasonEn: `the base "${st.shareOf}" has no amount in the narrative` };
  if (roles.has('count') && !roles.has('amount')) return { reason: '数量（个、辆）没有对应的表格数字', reasonEn: 'a count with no table figure to compare' };
  if (roles.has('amount') && roles.size === 1)
    return { reason: '只有一个金额：句中没有可互相核对的数字，也没有找到口径相同的表格数字', reasonEn: 'a lone amount with no table figure of the same scope' };
  return { reason: '句中数字之间没有可核对的关系，或范围不确定', reasonEn: 'no identity among its figures, or scope uncertain' };
}

/** Coverage of the narrative, from the findings of a run (or running the narrative families). */
export function narrativeCoverage(doc: DocModel, findings?: Finding[], ctx: RuleContext = {}): NarrativeCoverage {
  const sts = (doc.narrative?.statements ?? []).filter((s) => s.figures.length > 0);
  const items = itemBudgetFindings(doc, ctx);
  const all = findings ?? [...narrativeSelfFindings(doc), ...narrativeVsTablesFindings(doc), ...partsWithinDepartment(doc), ...items.findings];
  const read = new Set<string>();
  for (const f of all) for (const r of f.refs) if (r.figure) read.add(r.figure.replace(/\.f\d+$/, ''));
  const notChecked: NotChecked[] = [];
  const checkedIds: string[] = [];
  const skippedIds: string[] = [];
  const byId = new Map(sts.map((s) => [s.id, s]));
  for (const st of sts) {
    if (read.has(st.id) || (st.derivedFrom && read.has(st.derivedFrom) && !figure(st, 'previous') && !ownChange(st))) {
      checkedIds.push(st.id);
      continue;
    }
    skippedIds.push(st.id);
    notChecked.push({ what: `说明“${st.subject || '（无主语）'}”：${excerpt(doc, st)}`, ...reasonOf(st) });
  }
  // Parts of a read statement left out, with the family's own reason (a base of 0, no table row).
  for (const s of items.skips) {
    const st = byId.get(s.statement);
    notChecked.push({ what: `说明 ${s.what}${st ? `（${excerpt(doc, st)}）` : ''}`, reason: s.reason, reasonEn: s.reasonEn });
  }
  // A narrative-only file: none of its amounts could meet a table.
  if (sts.length && !doc.tables.some((t) => t.rows.some((r) => r.cells.some((c) => c != null && /\d/.test(c)))))
    notChecked.unshift({ what: '说明中的全部金额', reason: '本文件没有报表（报表可能另行发布），说明中的数字未与表格核对', reasonEn: 'the file holds no tables: no narrative figure was compared with a table' });
  return { statements: sts.length, checkedStatements: checkedIds.length, notChecked, checkedIds, skippedIds };
}
