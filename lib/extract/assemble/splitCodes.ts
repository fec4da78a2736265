// Shanghai and many other templates print a subject code over separate 类 | 款 | 项 columns
// ("204 | 06 | 01" under 功能分类科目编码, "301 | 02" under 经济分类科目编码). Read as they are, every
// row gets the class code and the hierarchy is lost; joined, each row has one code (204, 20406,
// 2040601) and the outline 类 → 款 → 项 comes back. A part left blank under its class (a 款 row
// printing "| 06 |") takes the class from the row above, as a reader would.
import type { GridCell } from '../raw';
import { fold, isColumnNumberRow } from './textForms';

const PART = /^(类|款|项)$/;
const WIDTH: Record<string, number> = { 类: 3, 款: 2, 项: 2 };

interface Run {
  start: number;
  names: string[]; // 类, 款[, 项]
  /** The heading glued before 类/款/项 in a one-row header ("科目编码"), or ''. */
  head: string;
}

/** The columns whose bottom header cell is 类, 款, 项 in that order (or 类, 款). */
function findRuns<A>(rows: GridCell<A>[][], headerRows: number): Run[] {
  const width = rows[0]?.length ?? 0;
  const bottom: string[] = [];
  for (let c = 0; c < width; c++) {
    let name = '';
    for (let r = headerRows - 1; r >= 0; r--) {
      const texts = rows[r]!.map((x) => x.text);
      if (isColumnNumberRow(texts)) continue;
      name = fold(rows[r]![c]?.text ?? '');
      break;
    }
    bottom.push(name);
  }
  // "类", or glued to its heading in a header printed on one row ("科目编码类" | "科目编码款" | …):
  // the part is the last character, and the columns of one run share the same heading
  const split = bottom.map((b) => ({ head: b.slice(0, -1), part: b.slice(-1) }));
  const runs: Run[] = [];
  for (let c = 0; c < width; c++) {
    if (split[c]!.part !== '类') continue;
    const head = split[c]!.head;
    if (head && !/(编码|代码)$/.test(head)) continue;
    const names = ['类'];
    let k = c + 1;
    while (k < width && split[k]!.head === head && PART.test(split[k]!.part) && split[k]!.part !== '类' && names.length < 3) {
      names.push(split[k]!.part);
      k++;
    }
    if (names.length >= 2 && names[1] === '款' && (names.length === 2 || names[2] === '项')) runs.push({ start: c, names, head });
  }
  return runs;
}

// "无" (an empty table's only row) and dashes hold no code
const digits = (t: string): string => t.replace(/\s+/g, '').replace(/^(无|-+|—+)$/, '');

/** A label spanning the code columns (合计 printed across 类|款|项|名称), or set in the 类 column
 * with the others blank (a table without rules has no merged cells). */
function spanLabel<A>(row: GridCell<A>[], cols: number[]): boolean {
  const texts = cols.map((c) => row[c]?.text.trim() ?? '');
  return texts[0] !== '' && !/^[0-9]+$/.test(texts[0]!) && texts.every((t, i) => t === texts[0] || (i > 0 && t === ''));
}

/**
 * Rows with every 类|款|项 run joined into its first column (the others emptied), header cells
 * renamed to the run's heading ("功能分类科目编码") so that the column reads as a code column.
 * Returns the rows unchanged when no run is found or the data do not look like split codes.
 */
export function joinSplitCodes<A>(rows: GridCell<A>[][], headerRows: number): GridCell<A>[][] {
  if (headerRows === 0) return rows;
  const runs = findRuns(rows, headerRows);
  if (runs.length === 0) return rows;
  const out = rows.map((r) => r.slice());
  for (const run of runs) {
    const cols = run.names.map((_, i) => run.start + i);
    // every filled part must be all digits of its width: otherwise this is not a split code
    let filled = 0;
    for (let r = headerRows; r < rows.length; r++) {
      if (spanLabel(rows[r]!, cols)) continue;
      for (let i = 0; i < cols.length; i++) {
        const t = digits(rows[r]![cols[i]!]?.text ?? '');
        if (!t) continue;
        if (!new RegExp(`^[0-9]{${WIDTH[run.names[i]!]}}$`).test(t)) {
          // a code already joined in the first column ("2040601") is fine too
          if (!(i === 0 && /^[0-9]{3}([0-9]{2}){0,2}$/.test(t))) return rows;
        }
        filled++;
      }
    }
    for (let r = 0; r < headerRows; r++) {
      const heading = cols.map((c) => rows[r]![c]?.text ?? '').find((t) => t.trim() && !PART.test(fold(t)));
      for (const c of cols) {
        const cell = out[r]![c]!;
        const glued = run.head && fold(cell.text).startsWith(run.head) && PART.test(fold(cell.text).slice(-1));
        const text = glued ? run.head : PART.test(fold(cell.text)) ? (heading ?? '科目编码') : cell.text;
        out[r]![c] = { ...cell, text: c === run.start ? text : '' };
      }
    }
    let lastClass = '';
    let lastSection = '';
    for (let r = headerRows; r < rows.length; r++) {
      if (spanLabel(rows[r]!, cols)) {
        for (const c of cols.slice(1)) out[r]![c] = { ...rows[r]![c]!, text: '', originRow: r, originCol: c };
        continue;
      }
      const parts = cols.map((c) => digits(rows[r]![c]?.text ?? ''));
      if (parts.every((p) => !p)) continue;
      let code: string;
      if (parts[0] && parts[0].length > 3) code = parts[0]; // already whole
      else {
        const cls = parts[0] || lastClass;
        const sec = parts[1] || (parts[2] ? lastSection : '');
        code = cls + sec + (parts[2] ?? '');
        if (parts[0]) lastClass = parts[0];
        if (parts[1]) lastSection = parts[1];
        if (parts[0] && !parts[1]) lastSection = '';
      }
      const first = rows[r]![run.start]!;
      const anchorCell = cols.map((c) => rows[r]![c]!).reverse().find((x) => x && x.text.trim()) ?? first;
      out[r]![run.start] = { ...anchorCell, text: code, originRow: r, originCol: run.start };
      for (const c of cols.slice(1)) out[r]![c] = { ...rows[r]![c]!, text: '', originRow: r, originCol: c };
    }
  }
  return out;
}
