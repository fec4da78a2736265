// A workbook's RawDoc drawn as real HTML: text lines as paragraphs, each grid as a <table> whose
// merged cells become rowspan / colspan again. The checks run on the RawDoc itself (the same
// findings as the CLI); this only gives each anchor an element, so the page's HTML surface can
// mark it.
import type { AnchorIndex, RawDoc, RawGrid } from '../../lib/extract/raw';
import type { SheetAnchor } from '../../lib/extract/sheet/index';

const keyOf = (a: SheetAnchor): string => `${a.sheetIndex}:${a.row}:${a.col}`;

export interface SheetDom {
  root: HTMLElement;
  /** The element drawn for each anchor. */
  anchors(index: AnchorIndex<SheetAnchor>): AnchorIndex<Node>;
}

function spanOf(grid: RawGrid<SheetAnchor>, r: number, c: number): { rows: number; cols: number } {
  const same = (rr: number, cc: number) => {
    const s = grid.rows[rr]?.[cc];
    return !!s && s.originRow === r && s.originCol === c;
  };
  let rows = 1;
  while (same(r + rows, c)) rows++;
  let cols = 1;
  while (same(r, c + cols)) cols++;
  return { rows, cols };
}

export function renderSheetRaw(raw: RawDoc<SheetAnchor>, doc: Document): SheetDom {
  const root = doc.createElement('div');
  root.className = 'bl-sheets';
  const nodes = new Map<string, Node>();
  let sheet = -1;
  for (const block of raw.blocks) {
    const first = block.type === 'text' ? block.anchor : block.rows.flat().find((cell) => cell.anchor)?.anchor;
    if (first && first.sheetIndex !== sheet) {
      sheet = first.sheetIndex;
      const h = doc.createElement('h2');
      h.className = 'bl-sheet-name';
      h.textContent = first.sheet;
      root.append(h);
    }
    if (block.type === 'text') {
      const p = doc.createElement('p');
      p.textContent = block.text;
      if (block.anchor) nodes.set(keyOf(block.anchor), p);
      root.append(p);
      continue;
    }
    const table = doc.createElement('table');
    table.className = 'bl-sheet';
    block.rows.forEach((row, r) => {
      const tr = doc.createElement('tr');
      row.forEach((cell, c) => {
        if (cell.originRow !== r || cell.originCol !== c) return; // a slot of a merged cell
        const td = doc.createElement(cell.header ? 'th' : 'td');
        td.textContent = cell.text;
        const span = spanOf(block, r, c);
        if (span.rows > 1) td.setAttribute('rowspan', String(span.rows));
        if (span.cols > 1) td.setAttribute('colspan', String(span.cols));
        if (cell.anchor) nodes.set(keyOf(cell.anchor), td);
        tr.append(td);
      });
      table.append(tr);
    });
    root.append(table);
  }
  return {
    root,
    anchors(index) {
      const cells = new Map<string, Node>();
      for (const [k, a] of index.cells) {
        const n = nodes.get(keyOf(a));
        if (n) cells.set(k, n);
      }
      const text = index.text.flatMap((t) => {
        const n = nodes.get(keyOf(t.anchor));
        return n ? [{ start: t.start, end: t.end, anchor: n }] : [];
      });
      return { cells, text };
    },
  };
}
