// Tables drawn with ruling lines → resolved cell grids. Rules that touch form one table; the
// distinct rule positions give the slot grid; a slot boundary exists where a rule actually runs
// along it, so slots not separated by a rule belong to one merged cell (rowSpan/colSpan). Text
// items are placed by their centre.
import type { GridCell } from '../raw';
import { groupLines, joinItems, joinLines } from './lines';
import type { Segment, Rulings } from './rulings';
import type { Box, PlacedItem } from './types';

/** A table found on a page, in display space, before anchors are attached. */
export interface PageTable {
  box: Box;
  /** Cells of the resolved grid: text, origin, and the owner cell's box. */
  rows: (Omit<GridCell, 'anchor'> & { box: Box; full?: boolean })[][];
  /** Items consumed by the table (not to be emitted again as text). */
  items: Set<PlacedItem>;
}

const TOUCH = 2.5; // rules this close count as touching (points)
const SAME_POS = 2; // rule positions this close are one boundary
const COVER = 0.6; // a boundary exists where rules cover this share of the slot edge

function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const g = out[out.length - 1];
    if (g && v - g[g.length - 1]! <= tol) g.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

function coverage(segs: Segment[], pos: number, from: number, to: number): number {
  // Length of [from, to] covered by the rules at `pos` (they are merged, so they do not overlap).
  let covered = 0;
  for (const s of segs) {
    if (Math.abs(s.pos - pos) > SAME_POS) continue;
    covered += Math.max(0, Math.min(to, s.to) - Math.max(from, s.from));
  }
  return covered / Math.max(to - from, 1e-6);
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/** Group rules into connected components (each a candidate table). */
function components(r: Rulings): { h: Segment[]; v: Segment[] }[] {
  const nH = r.horizontal.length;
  const all = [...r.horizontal, ...r.vertical];
  const parent = all.map((_, i) => i);
  for (let i = 0; i < nH; i++) {
    const h = r.horizontal[i]!;
    for (let j = 0; j < r.vertical.length; j++) {
      const v = r.vertical[j]!;
      if (v.pos >= h.from - TOUCH && v.pos <= h.to + TOUCH && h.pos >= v.from - TOUCH && h.pos <= v.to + TOUCH) {
        const a = find(parent, i), b = find(parent, nH + j);
        if (a !== b) parent[a] = b;
      }
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((s, i) => {
    const root = find(parent, i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    (i < nH ? g.h : g.v).push(s);
  });
  return [...groups.values()];
}

function bisect(bounds: number[], v: number): number {
  // Index k with bounds[k] <= v < bounds[k+1], or -1 outside.
  if (v < bounds[0]! || v >= bounds[bounds.length - 1]!) return -1;
  let lo = 0, hi = bounds.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! <= v) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Find ruled tables and fill their cells with the page's items. */
export function ruledTables(rulings: Rulings, items: readonly PlacedItem[]): PageTable[] {
  const tables: PageTable[] = [];
  const taken = new Set<PlacedItem>();
  for (const comp of components(rulings)) {
    if (comp.h.length < 2 || comp.v.length < 2) continue;
    const top = Math.min(...comp.v.map((s) => s.from), ...comp.h.map((s) => s.pos));
    const bottom = Math.max(...comp.v.map((s) => s.to), ...comp.h.map((s) => s.pos));
    const left = Math.min(...comp.h.map((s) => s.from), ...comp.v.map((s) => s.pos));
    const right = Math.max(...comp.h.map((s) => s.to), ...comp.v.map((s) => s.pos));
    const ys = cluster([top, bottom, ...comp.h.map((s) => s.pos)], SAME_POS);
    const xs = cluster([left, right, ...comp.v.map((s) => s.pos)], SAME_POS);
    // One slot wide and one tall is a frame or a note box, not a table.
    if (ys.length < 3 && xs.length < 3) continue;
    const nR = ys.length - 1, nC = xs.length - 1;
    const idx = (r: number, c: number): number => r * nC + c;
    const parent = Array.from({ length: nR * nC }, (_, i) => i);
    const union = (a: number, b: number): void => {
      const ra = find(parent, a), rb = find(parent, b);
      if (ra === rb) return;
      // Keep the top-left slot as the root: it is the cell's origin.
      if (ra < rb) parent[rb] = ra;
      else parent[ra] = rb;
    };
    for (let r = 0; r < nR; r++) {
      for (let c = 0; c < nC; c++) {
        if (c + 1 < nC && coverage(comp.v, xs[c + 1]!, ys[r]!, ys[r + 1]!) < COVER) union(idx(r, c), idx(r, c + 1));
        if (r + 1 < nR && coverage(comp.h, ys[r + 1]!, xs[c]!, xs[c + 1]!) < COVER) union(idx(r, c), idx(r + 1, c));
      }
    }
    // Items by slot owner.
    const cellItems = new Map<number, PlacedItem[]>();
    for (const it of items) {
      if (taken.has(it)) continue;
      const r = bisect(ys, (it.top + it.bottom) / 2), c = bisect(xs, (it.x0 + it.x1) / 2);
      if (r < 0 || c < 0) continue;
      const owner = find(parent, idx(r, c));
      let list = cellItems.get(owner);
      if (!list) cellItems.set(owner, (list = []));
      list.push(it);
      taken.add(it);
    }
    // Owner boxes: union of their slots.
    const ownerBox = new Map<number, Box>();
    for (let r = 0; r < nR; r++) {
      for (let c = 0; c < nC; c++) {
        const o = find(parent, idx(r, c));
        const b = ownerBox.get(o);
        if (!b) ownerBox.set(o, { x0: xs[c]!, x1: xs[c + 1]!, top: ys[r]!, bottom: ys[r + 1]! });
        else {
          b.x0 = Math.min(b.x0, xs[c]!);
          b.x1 = Math.max(b.x1, xs[c + 1]!);
          b.top = Math.min(b.top, ys[r]!);
          b.bottom = Math.max(b.bottom, ys[r + 1]!);
        }
      }
    }
    const ownerBoxOf = (o: number): Box => ownerBox.get(o)!;
    const ownerText = new Map<number, string>();
    // Whether the cell's last line runs to its right edge: text that wrapped there (and may go on
    // in a row continued on the next page), as opposed to a short label.
    const ownerFull = new Map<number, boolean>();
    for (const [o, list] of cellItems) {
      const lines = groupLines(list);
      ownerText.set(o, joinLines(lines.map((ln) => joinItems(ln.items))));
      const last = lines[lines.length - 1]!;
      const b = ownerBoxOf(o);
      ownerFull.set(o, last.x1 >= b.x1 - 1.6 * last.size - 4);
    }
    // Slivers between doubled rules (< 4 pt) with no text of their own are not rows or columns.
    const keepRow = Array.from({ length: nR }, (_, r) => ys[r + 1]! - ys[r]! >= 4 || hasOwnText(r, 'row'));
    const keepCol = Array.from({ length: nC }, (_, c) => xs[c + 1]! - xs[c]! >= 4 || hasOwnText(c, 'col'));
    function hasOwnText(k: number, axis: 'row' | 'col'): boolean {
      const n = axis === 'row' ? nC : nR;
      for (let j = 0; j < n; j++) {
        const slot = axis === 'row' ? idx(k, j) : idx(j, k);
        if (find(parent, slot) === slot && ownerText.get(slot)) return true;
      }
      return false;
    }
    const rowMap = new Map<number, number>(), colMap = new Map<number, number>();
    keepRow.forEach((k, r) => k && rowMap.set(r, rowMap.size));
    keepCol.forEach((k, c) => k && colMap.set(c, colMap.size));
    const rows: PageTable['rows'] = [];
    for (let r = 0; r < nR; r++) {
      if (!keepRow[r]) continue;
      const row: PageTable['rows'][number] = [];
      for (let c = 0; c < nC; c++) {
        if (!keepCol[c]) continue;
        const o = find(parent, idx(r, c));
        const or = Math.floor(o / nC), oc = o % nC;
        // An owner in a dropped sliver: the slot becomes its own origin.
        const originRow = rowMap.get(or) ?? rowMap.get(r)!;
        const originCol = colMap.get(oc) ?? colMap.get(c)!;
        row.push({ text: ownerText.get(o) ?? '', originRow, originCol, box: ownerBox.get(o)!, full: ownerFull.get(o) ?? false });
      }
      rows.push(row);
    }
    if (rows.length === 0 || rows[0]!.length === 0) continue;
    const tableItems = new Set<PlacedItem>();
    for (const list of cellItems.values()) for (const it of list) tableItems.add(it);
    tables.push({ box: { x0: left, x1: right, top, bottom }, rows, items: tableItems });
  }
  tables.sort((a, b) => a.box.top - b.box.top);
  return tables;
}
