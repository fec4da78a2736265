// The flattened headers ("本年收入/小计", "政府采购项目类型/集中采购/货物类") rebuilt as a tree, so
// row identities can be read off it: in every header group, the 合计/小计 column is the sum of
// its siblings (each sibling standing for its own 合计/小计, or the sum of its leaves).
import type { Table } from '../report/schema';
import { isAmountColumnName, norm } from './names';

export interface HeaderNode {
  name: string;
  /** Column index for a leaf. */
  col: number | null;
  children: HeaderNode[];
}

export function headerTree(t: Table): HeaderNode {
  const root = buildTree(t);
  if (/threePublic/.test(t.kind)) rehomeReception(root);
  return root;
}

/** 公务接待费 is one of the three 三公 parts whatever group a damaged header put it in (培训费/公务接待费). */
function rehomeReception(n: HeaderNode): void {
  const groups = n.children.filter((c) => c.col === null);
  const sanGong = groups.find((g) => /三公/.test(g.name) && aggregateChild(g));
  if (sanGong && !sanGong.children.some((c) => /公务接待/.test(c.name))) {
    for (const g of groups) {
      if (g === sanGong) continue;
      const i = g.children.findIndex((c) => c.col !== null && /公务接待/.test(c.name));
      if (i >= 0) sanGong.children.push(...g.children.splice(i, 1));
    }
    const j = n.children.findIndex((c) => c.col !== null && /公务接待/.test(c.name));
    if (j >= 0) sanGong.children.push(...n.children.splice(j, 1));
  }
  groups.forEach(rehomeReception);
}

function buildTree(t: Table): HeaderNode {
  const root: HeaderNode = { name: '', col: null, children: [] };
  t.columns.forEach((c, col) => {
    const parts = c.split('/').map(norm).filter(Boolean);
    let node = root;
    parts.forEach((p, i) => {
      const leaf = i === parts.length - 1;
      let child = leaf ? undefined : node.children.find((n) => n.name === p && n.col === null);
      if (!child) {
        child = { name: p, col: leaf ? col : null, children: [] };
        node.children.push(child);
      }
      node = child;
    });
  });
  return root;
}

/** 合计 / 小计 / 总计, or a name ending in 合计 (本年支出合计): the group's own total column. */
export const AGGREGATE_NAME = /^(合计|小计|总计)$|^本年(收入|支出)?合计$|^支出合计$|^收入合计$/;

export function aggregateChild(n: HeaderNode): HeaderNode | undefined {
  return n.children.find((c) => c.col !== null && AGGREGATE_NAME.test(c.name));
}

export function isAmountNode(n: HeaderNode): boolean {
  return isAmountColumnName(n.name);
}

/** A group whose leaves include an amount column (not 科目编码/类|款|项, not a name). */
function hasAmountLeaf(n: HeaderNode): boolean {
  return n.col !== null ? isAmountNode(n) : n.children.some(hasAmountLeaf);
}

/**
 * Whether the table's column groups are inferred, not drawn: its columns were found by text
 * alignment (no vertical rule between them) and its header groups amount columns under a
 * heading (本年收入/小计 …, 集中采购/货物类 …). Such a heading is centred over its columns; where
 * it is narrower than they are, or its line is staggered, which columns it covers is a guess —
 * a sum over a wrong group would be a false alarm, so those sums are not checked.
 */
export function groupsInferred(t: Table, tree?: HeaderNode): boolean {
  if (t.aligned !== true) return false;
  let known = INFERRED.get(t);
  if (known === undefined) INFERRED.set(t, (known = (tree ?? headerTree(t)).children.some((c) => c.col === null && hasAmountLeaf(c))));
  return known;
}
const INFERRED = new WeakMap<Table, boolean>();

/**
 * Whether which column a check takes rests on the inferred groups: in such a table, a column
 * named with its group (本年收入/小计), or by a name another column shares (合计 … 合计: the
 * group that tells them apart may have lost it). Checks between tables and against the
 * narrative do not read such a column.
 */
export function columnInferred(t: Table, col: number): boolean {
  if (!groupsInferred(t)) return false;
  const path = t.columns[col] ?? '';
  if (path.includes('/')) return true;
  const leaf = norm(path);
  return t.columns.some((c, i) => i !== col && norm(c.split('/').pop() ?? '') === leaf);
}
