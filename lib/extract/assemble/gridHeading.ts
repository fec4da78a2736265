// Some templates print the table's heading lines inside the grid: a first row "部门：X | … |
// 单位：万元" (the unit in the header's top-right cell) or the title across all columns. Such a row
// is context, not a header level: left in, "部门：X" would become a column group over 合计 and
// 基本支出 and the unit would be lost. Peeled off, its lines are read like the lines above a table.
import type { GridCell, RawGrid } from '../raw';
import { isContextText } from './tableContext';

const MAX_PEELED = 3;

/** The distinct texts of a row when every one is a heading line (title, number, 部门/单位), else null. */
function contextLines<A>(row: GridCell<A>[]): string[] | null {
  const texts: string[] = [];
  for (const c of row) {
    const t = c.text.trim();
    if (t && !texts.includes(t)) texts.push(t);
  }
  return texts.length > 0 && texts.every(isContextText) ? texts : null;
}

/** The heading lines printed in the grid's first rows, and the grid without them. */
export function peelHeadingRows<A>(grid: RawGrid<A>): { lines: string[]; grid: RawGrid<A> } {
  const lines: string[] = [];
  let k = 0;
  while (k < MAX_PEELED && k < grid.rows.length - 1) {
    const found = contextLines(grid.rows[k]!);
    if (!found) break;
    lines.push(...found);
    k++;
  }
  if (k === 0) return { lines, grid };
  const rows = grid.rows.slice(k).map((r) => r.map((c) => ({ ...c, originRow: Math.max(0, c.originRow - k) })));
  return { lines, grid: { ...grid, rows } };
}
