// Text keeps no spans: a header cell over several columns is written once, followed by empty
// cells; one over several rows is written once, with empty cells below. Rebuild the spans the
// way a reader does: an empty header cell with sub-headers under it belongs to the header to
// its left (colspan); an empty one with nothing under it belongs to the header above (rowspan).
import type { GridCell } from '../raw';
import { countHeaderRows } from '../assemble/headerRows';
import { isColumnNumberRow } from '../assemble/textForms';

export function resolveHeaderSpans<A>(rows: GridCell<A>[][]): GridCell<A>[][] {
  const texts = rows.map((r) => r.map((c) => c.text));
  const h = countHeaderRows(texts);
  if (h < 2) return rows;
  const spanRows: number[] = [];
  for (let r = 0; r < h; r++) if (!isColumnNumberRow(texts[r]!)) spanRows.push(r);
  const width = rows[0]!.length;
  // hasBelow[i][c]: some header row after spanRows[i] has text in column c (before resolution).
  const hasBelow: boolean[][] = spanRows.map(() => new Array<boolean>(width).fill(false));
  for (let i = spanRows.length - 2; i >= 0; i--) {
    const next = spanRows[i + 1]!;
    for (let c = 0; c < width; c++) hasBelow[i]![c] = hasBelow[i + 1]![c]! || texts[next]![c]!.trim() !== '';
  }
  for (let i = 0; i < spanRows.length; i++) {
    const r = spanRows[i]!;
    const row = rows[r]!;
    for (let c = 0; c < width; c++) {
      const cell = row[c]!;
      if (cell.text.trim() !== '') continue;
      const left = c > 0 ? row[c - 1]! : null;
      if (left && left.text.trim() !== '' && hasBelow[i]![c] && hasBelow[i]![c - 1]) {
        row[c] = { ...left, anchor: left.anchor, originRow: left.originRow, originCol: left.originCol };
        continue;
      }
      if (i > 0) {
        const above = rows[spanRows[i - 1]!]![c]!;
        if (above.text.trim() !== '') row[c] = { ...above };
      }
    }
  }
  return rows;
}
