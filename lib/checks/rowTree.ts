// Row hierarchy of a table: total → departments → units → 项 rows (表3/表5), or total → 类 → 款 → 项
// (公开03/05, 经济分类 in 表6). The extractor's `parent` is used when it gives one; otherwise the
// hierarchy is derived from levels and code prefixes.
import type { Row, RowLevel, Table } from '../report/schema';
import { functionClassCode, norm } from './names';
import { roleOfKind } from '../tables/roles';


const TOTAL_LABEL = /^(合计|总计|.{0,8}合计)$/;

export function levelOf(row: Row): RowLevel {
  if (row.level) return row.level;
  const code = row.code?.trim() ?? '';
  if (!code) return TOTAL_LABEL.test(norm(row.label)) ? 'total' : 'line';
  if (code.length === 3) return 'class';
  if (code.length === 5) return 'section';
  if (code.length === 7) return 'item';
  if (code.length === 6) return 'unit';
  return 'line';
}

/** Levels of all rows: a 3-digit code is a department where the table also lists 6-digit units. */
export function levelsOf(t: Table): RowLevel[] {
  const units = t.rows.map((r) => r.code?.trim() ?? '').filter((c) => /^\d{6}$/.test(c));
  return t.rows.map((r) => {
    const lv = levelOf(r);
    const code = r.code?.trim() ?? '';
    // A 3-digit code heading 6-digit unit codes is a department, not a 功能分类 类.
    return lv === 'class' && units.some((u) => u.startsWith(code)) ? 'department' : lv;
  });
}

/** Parent index of every row (null for roots). */
export function rowParents(t: Table): (number | null)[] {
  const parents = t.rows.some((r) => r.parent !== undefined && r.parent !== null) ? t.rows.map((r) => r.parent ?? null) : derivedParents(t);
  // The extractor leaves top-level rows (departments, 类) without a parent: they belong to the
  // table's total row (合计, or the one "人员经费合计" row of a part).
  const levels = levelsOf(t);
  let root = levels.indexOf('total');
  if (root < 0) {
    const subs = levels.map((l, i) => (l === 'subtotal' && /合计$/.test(norm(t.rows[i]!.label)) ? i : -1)).filter((i) => i >= 0);
    if (subs.length === 1) root = subs[0]!;
  }
  if (root < 0) return parents;
  if (isFlatListUnderTotal(t, levels, parents, root)) return parents.map((_, i) => (i === root ? null : root));
  const numbered = numberedPartsUnderTotal(t, levels, parents, root);
  if (numbered) return parents.map((p, i) => (numbered.has(i) ? root : p));
  // Listed by 款/项 alone (no 类 or department rows): those without a parent row are the top level.
  const noTopRows = !levels.some((l) => l === 'class' || l === 'department' || l === 'unit');
  return parents.map((p, i) => {
    if (p !== null || i === root) return p;
    const lv = levels[i]!;
    if (lv === 'department' || lv === 'class') return root;
    if (noTopRows && (lv === 'section' || lv === 'item')) return root;
    if (lv === 'unit') {
      const code = t.rows[i]!.code?.trim() ?? '';
      for (let j = i - 1; j >= 0; j--) if (levels[j] === 'department' && code.startsWith(t.rows[j]!.code?.trim() ?? '-')) return j;
      return root;
    }
    return null;
  });
}

/** A 合计 row over plain lines only (a 项目支出表: 合计 then one row per project): no codes, no
 * outline numbering, no 其中/小计 rows, nothing nested — the 合计 is the sum of the lines. */
function isFlatListUnderTotal(t: Table, levels: RowLevel[], parents: (number | null)[], root: number): boolean {
  // only a project list: subject tables whose codes were lost look flat too, and are not
  if (roleOfKind(t.kind) !== 'projectExpense' || levels[root] !== 'total') return false;
  let lines = 0;
  for (let i = 0; i < t.rows.length; i++) {
    if (i === root) continue;
    const r = t.rows[i]!;
    if (levels[i] !== 'line' || parents[i] !== null || r.code) return false;
    const label = norm(r.label);
    if (!label || /^(其中|包括|含|注)|[:：]$|^[一二三四五六七八九十0-9]+[、.．]|^\(|合计|小计|总计/.test(label) || functionClassCode(label)) return false;
    lines++;
  }
  return lines >= 2;
}

/** A 合计 row over lines numbered 1. 2. 3. (or 一、二、), each possibly followed by its own
 * "其中：（1）…" / "（2）…" detail rows: the 合计 is the sum of the numbered lines (the detail rows
 * are parts of their line, never added again). Null when any row breaks that shape. */
function numberedPartsUnderTotal(t: Table, levels: RowLevel[], parents: (number | null)[], root: number): Set<number> | null {
  if (levels[root] !== 'total' || root !== 0) return null;
  const TOP = /^([0-9]+[、.．](?![0-9])|[一二三四五六七八九十]+、)/;
  const DETAIL = /^(其中[:：]?)?\(([0-9]+|[一二三四五六七八九十]+)\)/;
  const parts = new Set<number>();
  for (let i = 1; i < t.rows.length; i++) {
    const r = t.rows[i]!;
    if (levels[i] !== 'line' || r.code) return null;
    const label = norm(r.label);
    if (TOP.test(label)) parts.add(i);
    else if (!(DETAIL.test(label) && parts.size > 0)) return null;
  }
  return parts.size >= 2 ? parts : null;
}

function derivedParents(t: Table): (number | null)[] {
  const levels = levelsOf(t);
  const total = levels.indexOf('total');
  const parents: (number | null)[] = [];
  const lastOf = (i: number, pred: (j: number) => boolean): number | null => {
    for (let j = i - 1; j >= 0; j--) if (pred(j)) return j;
    return null;
  };
  const code = (j: number) => t.rows[j]!.code?.trim() ?? '';
  for (let i = 0; i < t.rows.length; i++) {
    const lv = levels[i]!;
    const c = code(i);
    let p: number | null = null;
    if (lv === 'total') p = null;
    else if (lv === 'department' || lv === 'class') p = total >= 0 ? total : null;
    else if (lv === 'unit') p = lastOf(i, (j) => levels[j] === 'department') ?? (total >= 0 ? total : null);
    else if (lv === 'section') p = lastOf(i, (j) => levels[j] === 'class' && c.startsWith(code(j)));
    else if (lv === 'item')
      p =
        lastOf(i, (j) => (levels[j] === 'section' && c.startsWith(code(j))) || levels[j] === 'unit') ??
        lastOf(i, (j) => levels[j] === 'class' && c.startsWith(code(j)));
    parents.push(p === i ? null : p);
  }
  return parents;
}

export function childrenOf(parents: (number | null)[]): Map<number, number[]> {
  const m = new Map<number, number[]>();
  parents.forEach((p, i) => {
    if (p === null) return;
    const list = m.get(p) ?? [];
    list.push(i);
    m.set(p, list);
  });
  return m;
}
