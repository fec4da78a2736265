// Splits a grid into its logical parts and reads each part's rows. Two-sided tables (收入 | 支出,
// 人员经费 | 公用经费 ×2) carry one label column per side; a part is every column group under the
// same side heading, read top to bottom (公开06's three 公用经费 groups one after another).
import type { GridCell } from '../raw';
import type { ColumnRole } from './columnRoles';
import { headerTextOf } from './headerRows';
import { fold, isAmountOrEmpty, isCode, isSubtotalLabel, isTotalLabel, joinSpacedCode, joinWrappedCjk } from './textForms';

export interface PartRow<A> {
  code: string | null;
  codeFromUnitColumn: boolean;
  label: string;
  /** Source cells, one per part column; null for an absent slot. */
  cells: (GridCell<A> | null)[];
  labelCell: GridCell<A> | null;
  codeCell: GridCell<A> | null;
}

export interface Part<A> {
  name: string | null;
  /** Column paths with the side heading removed. */
  columns: string[];
  roles: ColumnRole[];
  rows: PartRow<A>[];
}

interface Group {
  start: number;
  end: number; // exclusive
  side: string | null;
}

const SIDE_NAMES: [RegExp, string][] = [
  [/^收入/, 'income'],
  [/^支出/, 'expense'],
  [/^人员经费/, 'personnel'],
  [/^公用经费/, 'public'],
];

function sideOf(text: string): string | null {
  const t = fold(text);
  for (const [re, name] of SIDE_NAMES) if (re.test(t)) return name;
  return null;
}

function stripSide(path: string, side: string | null): string {
  if (!side) return path;
  const parts = path.split('/');
  if (parts.length > 1 && sideOf(parts[0]!) === side) return parts.slice(1).join('/');
  return path;
}

const UNIT_CODE_HEADER = /(部门|单位).*代码/;

export function splitParts<A>(
  rows: GridCell<A>[][],
  headerRows: number,
  paths: string[],
  roles: ColumnRole[],
  defaultSides: string[] | null,
): Part<A>[] {
  const width = roles.length;
  const labels: number[] = [];
  roles.forEach((r, c) => r === 'label' && labels.push(c));
  const groups: Group[] = [];
  if (labels.length >= 2) {
    const starts = labels.map((l) => (l > 0 && roles[l - 1] === 'code' ? l - 1 : l));
    starts[0] = 0;
    starts.forEach((s, i) => {
      const end = i + 1 < starts.length ? starts[i + 1]! : width;
      const top = headerRows > 0 ? headerTextOf(rows[0]![s]) : '';
      groups.push({ start: s, end, side: sideOf(top) ?? sideOf(paths[s] ?? '') });
    });
    // Unnamed sides: the table kind's standard sides, the last one repeating (公开06).
    groups.forEach((g, i) => {
      if (!g.side && defaultSides) g.side = defaultSides[Math.min(i, defaultSides.length - 1)]!;
      if (!g.side) g.side = `part${i + 1}`;
    });
    // One side printed twice under different sub-headings (江苏 收支预算总表: 支出 by 功能分类 and by
    // 支出用途) is two lists of the same total, not one list continued: the later one is its own part.
    // (in a one-row header the sub-heading is glued between side and 项目: "支出功能分类项目名称")
    const glued = (g: Group) => /^(?:本年)?(?:收入|支出)(.+?)(?:项目(?:名称)?|(?:功能|经济)?科目名称|名称)(?:\(.*\))?$/.exec(fold(headerTextOf(rows[0]![g.start])))?.[1] ?? '';
    const subOf = (g: Group) => (headerRows >= 2 ? fold(headerTextOf(rows[1]![g.start])) : glued(g));
    groups.forEach((g, i) => {
      const earlier = groups.slice(0, i).find((x) => x.side === g.side);
      if (earlier && subOf(earlier) && subOf(g) && subOf(earlier) !== subOf(g)) g.side = `${g.side}2`;
    });
  } else if (labels.length === 1 && defaultSides && labels[0]! > 0 && roles.slice(0, labels[0]).includes('amount')) {
    // A two-sided table whose left labels were lost (seed 000 表1: only the income amounts
    // survive, left of the expense labels): the columns before the label are the first side.
    const l = labels[0]!;
    const start = l > 0 && roles[l - 1] === 'code' ? l - 1 : l;
    groups.push({ start: 0, end: start, side: defaultSides[0]! }, { start, end: width, side: defaultSides[1]! });
  } else {
    groups.push({ start: 0, end: width, side: null });
  }

  const byName = new Map<string | null, Group[]>();
  for (const g of groups) {
    const list = byName.get(g.side) ?? [];
    list.push(g);
    byName.set(g.side, list);
  }

  const parts: Part<A>[] = [];
  for (const [name, gs] of byName) {
    const first = gs[0]!;
    const cols: number[] = [];
    for (let c = first.start; c < first.end; c++) if (roles[c] === 'amount' || roles[c] === 'text') cols.push(c);
    const part: Part<A> = {
      name,
      columns: cols.map((c) => stripSide(paths[c] ?? '', name)),
      roles: cols.map((c) => roles[c]!),
      rows: [],
    };
    const perGroup: PartRow<A>[][] = gs.map(() => []);
    const tail: PartRow<A>[] = [];
    for (let r = headerRows; r < rows.length; r++) {
      const row = rows[r]!;
      const read = gs.map((g) => readRow(row, g, roles, paths));
      const totalAt = read.findIndex((x) => x && (isTotalLabel(x.label) || isSubtotalLabel(x.label)) && !x.code);
      if (gs.length > 1 && totalAt >= 0 && read.every((x, i) => i === totalAt || !x || (!x.label && !x.code))) {
        // One total row across the groups of a side (公用经费合计 … 28.25 in the last group).
        const base = read[totalAt]!;
        const cells = base.cells.map((_, k) => {
          for (const x of read) if (x && x.cells[k] && x.cells[k]!.text.trim() !== '') return x.cells[k]!;
          return base.cells[k] ?? null;
        });
        tail.push({ ...base, cells });
        continue;
      }
      read.forEach((x, i) => {
        if (x) perGroup[i]!.push(x);
      });
    }
    for (const list of perGroup) part.rows.push(...list);
    part.rows.push(...tail);
    parts.push(part);
  }
  return parts;
}

/** One group's row, or null for an empty filler row (the shorter side of a two-sided table). */
function readRow<A>(row: GridCell<A>[], g: Group, roles: ColumnRole[], paths: string[]): PartRow<A> | null {
  let code: string | null = null;
  let codeCell: GridCell<A> | null = null;
  let codeFromUnitColumn = false;
  let label = '';
  let labelCell: GridCell<A> | null = null;
  let stray: { text: string; cell: GridCell<A> } | null = null;
  const cells: (GridCell<A> | null)[] = [];
  let anyAmount = false;
  for (let c = g.start; c < g.end; c++) {
    const cell = row[c] ?? null;
    const role = roles[c];
    const t = cell ? (role === 'code' ? joinSpacedCode(cell.text) : joinWrappedCjk(cell.text)) : '';
    if (role === 'code') {
      if (t && isCode(t) && code === null) {
        code = t;
        codeCell = cell;
        codeFromUnitColumn = UNIT_CODE_HEADER.test(fold(paths[c] ?? ''));
      } else if (t && !isCode(t) && !stray) stray = { text: t, cell: cell! };
    } else if (role === 'label') {
      if (!labelCell || (!label && t)) {
        label = t;
        labelCell = cell;
      }
    } else if (role === 'amount' || role === 'text') {
      cells.push(cell);
      if (role === 'amount' && t && isAmountOrEmpty(t)) anyAmount = true;
    }
  }
  if (!label && stray) {
    label = stray.text;
    labelCell = stray.cell;
  }
  // "合计" written in a text column (资金性质) is the row's label.
  if (!label && !code) {
    const k = cells.findIndex((x) => x && isTotalLabel(x.text));
    if (k >= 0) {
      label = joinWrappedCjk(cells[k]!.text);
      labelCell = cells[k]!;
      cells[k] = null;
    }
  }
  // A code written into the label ("2060101 行政运行") is split out.
  if (!code) {
    const m = /^([0-9]{3}|[0-9]{5,7})\s*([^0-9].*)$/.exec(label);
    if (m) {
      code = m[1]!;
      label = m[2]!.trim();
      codeCell = labelCell;
    }
  }
  if (!code && !label && !anyAmount) return null;
  // a header row repeated inside the table ("项目 | | 统计数", "按资金方向划分 | 年初预算数 | …")
  if (!code && !anyAmount) {
    if (/^项目$/.test(fold(label))) return null;
    let titles = 0;
    for (let c = g.start; c < g.end; c++) {
      const t = fold(row[c]?.text ?? '');
      if (t && (paths[c] ?? '').split('/').some((p) => fold(p) === t)) titles++;
    }
    if (titles >= 2) return null;
  }
  return { code, codeFromUnitColumn, label, cells, labelCell, codeCell };
}
