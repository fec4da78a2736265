// Row identities (issue 4, family 1): across one row, every header group's 合计/小计 equals the
// sum of its parts — 合计 = 本年收入 + 上年结转; 本年收入小计 = Σ sources; 合计 = 基本支出 + 项目支出
// (+ 结转下年 / 上缴上级 / 经营 / 对附属单位补助); 基本支出 = 人员经费 + 公用经费; 三公 = 出国 + 公务用车
// + 接待; 公务用车 = 购置 + 运行维护; 培训费小计 = its parts; 采购项目类型合计 = 集中小计 + 分散小计 …
// Read off the header tree, never off column positions.
import type { DocModel, Finding, Table } from '../report/schema';
import type { Rule, RuleContext } from './rule';
import { hasArithmetic } from './scope';
import { isColumnNumberRow } from './columnNumberRows';
import { cellsOf, type CellReader, type Operand } from './cells';
import { aggregateChild, columnInferred, groupsInferred, headerTree, isAmountNode, type HeaderNode } from './headerTree';
import { evaluate, type Term, allBlank } from './identity';
import { colName, findColumn, norm, rowName, tableShortName } from './names';



/** The operand(s) a header node stands for in its parent's sum: its own 合计/小计, or its leaves. */
function nodeTerms(cells: CellReader, t: Table, r: number, n: HeaderNode): Operand[] | null {
  if (n.col !== null) {
    const op = cells.operand(t, r, n.col, undefined, colName(t, n.col));
    return op ? [op] : cells.read(t, r, n.col).kind === 'na' ? [] : null;
  }
  const agg = aggregateChild(n);
  if (agg) return nodeTerms(cells, t, r, agg);
  const out: Operand[] = [];
  for (const c of n.children.filter(isAmountNode)) {
    const sub = nodeTerms(cells, t, r, c);
    if (!sub) return null;
    out.push(...sub);
  }
  return out;
}

/** A part named as a subtotal of others ("公务用车购置及运行费小计" beside "公务用车购置及运行费公务用车
 * 运行费": a two-level header printed on one row) overlaps its siblings: the flat sum would count
 * them twice, and which columns it covers is not established — not checked. */
export function overlapping(parts: HeaderNode[]): boolean {
  return parts.some((p) => {
    const m = /^(.+?)(小计|合计)$/.exec(p.name);
    return m != null && parts.some((q) => q !== p && q.name.startsWith(m[1]!));
  });
}

/** A group with two columns of the same total's name (小计 … 小计: a header misread or two sides
 * side by side under one level) does not say which columns each total covers — not checked. */
function twoTotals(g: HeaderNode, agg: HeaderNode): boolean {
  return g.children.some((c) => c !== agg && c.col !== null && c.name === agg.name);
}

export function rowIdentities(doc: DocModel, t: Table, rule: string): Finding[] {
  const cells = cellsOf(doc);
  const tree = headerTree(t);
  const out: Finding[] = [];
  const groups: HeaderNode[] = [];
  const walk = (n: HeaderNode) => {
    if (n.col === null) {
      groups.push(n);
      n.children.forEach(walk);
    }
  };
  walk(tree);
  // Column groups read off text positions (no vertical rules): only the top level's sum over
  // single columns does not depend on them; coverage says the rest was not checked.
  const inferred = groupsInferred(t, tree);
  const byGroup = new Map<number, Finding[]>();
  for (let r = 0; r < t.rows.length; r++) {
    if (isColumnNumberRow(t, r)) continue;
    for (const g of groups) {
      const agg = aggregateChild(g);
      if (!agg || agg.col === null || twoTotals(g, agg)) continue;
      const parts = g.children.filter((c) => c !== agg && isAmountNode(c));
      if (parts.length === 0 || overlapping(parts)) continue;
      if (inferred && (g !== tree || parts.some((p) => p.col === null))) continue;
      const printed = cells.operand(t, r, agg.col, undefined, colName(t, agg.col));
      if (!printed) continue;
      const terms: Term[] = [];
      let ok = true;
      for (const p of parts) {
        const ops = nodeTerms(cells, t, r, p);
        if (!ops) {
          ok = false;
          break;
        }
        terms.push(...ops.map((op) => ({ op })));
      }
      if (!ok || terms.length === 0) continue;
      // A row of blanks meaning 0 says nothing.
      if (allBlank(printed, terms)) continue;
      const name = `${tableShortName(t)} ${rowName(t.rows[r]!)}`;
      // "表3 合计 10,312.28 = …": the 合计 column of the 合计 row needs its name only once.
      if (printed.label === rowName(t.rows[r]!)) printed.label = '';
      const f = evaluate({ rule, context: name, contextEn: `${name} (row)`, printed, terms });
      const list = byGroup.get(agg.col) ?? [];
      list.push(f);
      byGroup.set(agg.col, list);
    }
  }
  for (const list of byGroup.values()) if (!misread(list)) out.push(...list);
  return out;
}

/** An identity that fails on most rows of a table says the header was misread, not that every
 * row is wrong (real errors are a few cells): such a column's findings are dropped. */
export function misread(list: Finding[]): boolean {
  const fails = list.filter((f) => f.status === 'fail').length;
  return fails >= 3 && fails * 2 > list.length;
}

/** 表10: in every row, the 资金类型 合计 (by fund source) equals the 项目类型 合计 (by procurement kind). */
export function fundsVsTypes(doc: DocModel, t: Table, rule: string): Finding[] {
  const cells = cellsOf(doc);
  const funds = findColumn(t, /资金(类型|来源)/, /\/合计$/);
  const types = findColumn(t, /项目类型|采购方式|采购类型/, /项目类型\/合计$|类型\/合计$/);
  if (funds < 0 || types < 0 || funds === types || columnInferred(t, funds) || columnInferred(t, types)) return [];
  const out: Finding[] = [];
  for (let r = 0; r < t.rows.length; r++) {
    if (isColumnNumberRow(t, r)) continue;
    const printed = cells.operand(t, r, types, undefined, colName(t, types));
    const other = cells.operand(t, r, funds, undefined, colName(t, funds));
    if (!printed || !other) continue;
    const name = `${tableShortName(t)} ${rowName(t.rows[r]!)}`;
    out.push(evaluate({ rule, context: name, printed, terms: [{ op: other }] }));
  }
  return out;
}

export const rowSums: Rule = {
  id: 'rowSums',
  family: 'rowSums',
  title: { zh: '行内合计 = 各分项之和', en: 'Row totals equal the sum of their parts' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    return doc.tables.filter(hasArithmetic).flatMap((t) => [
      ...rowIdentities(doc, t, 'rowSums'),
      ...(/procurement/.test(t.kind) ? fundsVsTypes(doc, t, 'rowSums.fundsVsTypes') : []),
    ]);
  },
};
