// The test table, drawn the ways producers draw it: 部门收入总体情况表 rows of seed 000 with a
// two-level header (代码/名称/合计 spanning two header rows, 本年收入 spanning two columns),
// CJK set glyph by glyph, numbers broken into `10,` `312.` `28`, horizontal rules stroked and
// vertical rules as thin filled boxes.
import { box, glyphs, line, text } from './makePdf';

export const SAMPLE_GRID: string[][] = [
  ['代码', '名称', '合计', '本年收入', '本年收入'],
  ['代码', '名称', '合计', '一般公共预算', '单位资金'],
  ['', '合计', '10,312.28', '10,228.08', '84.20'],
  ['405', '柳州市科学技术局', '10,312.28', '10,228.08', '84.20'],
  ['405003', '柳州市智能制造科技服务中心', '1,171.87', '1,087.67', '84.20'],
];
/** Origins of the merged slots (row, col) → (originRow, originCol). */
export const SAMPLE_MERGED: Record<string, [number, number]> = {
  '0,4': [0, 3],
  '1,0': [0, 0],
  '1,1': [0, 1],
  '1,2': [0, 2],
};

export const COLS = [50, 110, 250, 350, 450, 545];
export const ROWS = [740, 720, 700, 680, 660, 640];
const SIZE = 9;

/** A number broken into pieces drawn `gap` pt apart, right-aligned at `right`. */
function brokenNumber(right: number, y: number, pieces: string[], gap: number): string[] {
  const w = (s: string): number => Array.from(s).reduce((a, ch) => a + (ch === ',' || ch === '.' ? 0.278 : 0.556), 0) * SIZE;
  const total = pieces.reduce((a, p) => a + w(p), 0) + gap * (pieces.length - 1);
  let x = right - total;
  return pieces.map((p) => {
    const op = text(Number(x.toFixed(2)), y, SIZE, p);
    x += w(p) + gap;
    return op;
  });
}

export interface SampleOptions {
  /** Draw rules (default true). */
  rules?: boolean;
  /** Gap between number pieces, pt (0.3: glued by pdf.js; 2: pdf.js inserts a space). */
  numberGap?: number;
}

export function sampleTableContent(options: SampleOptions = {}): string[] {
  const gap = options.numberGap ?? 2;
  const ops: string[] = [];
  ops.push(...glyphs(225, 790, 14, '部门收入总体情况表'));
  ops.push(text(500, 760, SIZE, '单位：万元'));
  if (options.rules !== false) {
    // Horizontal rules (stroked); the one between the header rows runs under 本年收入 only.
    for (const y of ROWS) ops.push(y === 720 ? line(350, y, 545, y) : line(50, y, 545, y));
    // Vertical rules (filled boxes 0.6 pt wide); x=450 starts below 本年收入.
    for (const x of COLS) ops.push(x === 450 ? box(x - 0.3, 640, 0.6, 80) : box(x - 0.3, 640, 0.6, 100));
  }
  const mid = (r: number): number => (ROWS[r]! + ROWS[r + 1]!) / 2 - 3;
  // Header: the tall cells are vertically centred over both header rows.
  ops.push(...glyphs(62, 717, SIZE, '代码'), ...glyphs(160, 717, SIZE, '名称'), ...glyphs(290, 717, SIZE, '合计'));
  ops.push(...glyphs(430, mid(0), SIZE, '本年收入'));
  ops.push(...glyphs(372, mid(1), SIZE, '一般公共预算'), ...glyphs(480, mid(1), SIZE, '单位资金'));
  const data = SAMPLE_GRID.slice(2);
  data.forEach((row, k) => {
    const r = k + 2;
    const y = mid(r);
    if (row[0]) ops.push(text(55, y, SIZE, row[0]));
    ops.push(...glyphs(115, y, SIZE, row[1]!));
    for (let c = 2; c < 5; c++) {
      const v = row[c]!;
      const m = /^(\d+,)?(\d+\.)(\d+)$/.exec(v)!;
      const pieces = [m[1], m[2], m[3]].filter((p): p is string => !!p);
      ops.push(...brokenNumber(COLS[c + 1]! - 4, y, pieces, gap));
    }
  });
  return ops;
}
