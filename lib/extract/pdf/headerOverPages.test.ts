// Henan's 三公 table printed with narrow columns (tests/fixtures/pdf-variants/henan-final-yuan.wrapped.pdf):
// its ruled header breaks after two rows at the foot of page 3 — 8 columns there, 12 on page 4,
// where 因公出国 goes on as （境）费 and 公务用车购置及运行费 splits into 小计 | 购置费 | 运行费.
import { describe, expect, it } from 'vitest';
import type { GridCell, RawBlock, RawGrid } from '../raw';
import type { PdfAnchor } from './types';
import { joinHeaderOverPages } from './headerOverPages';

/** A grid from rows of [text, x0, x1] (one slot per column; a span repeats its origin). */
function grid(page: number, rows: [string, number, number][][]): RawGrid<PdfAnchor> {
  const cells: GridCell<PdfAnchor>[][] = rows.map((row, r) =>
    row.map(([text, x0, x1], c) => {
      const origin = row.findIndex(([t, a]) => t === text && a === x0);
      return { text, originRow: r, originCol: origin < 0 ? c : origin, anchor: { page, x0, x1, y0: 700 - 20 * r, y1: 720 - 20 * r } };
    }),
  );
  return { type: 'grid', rows: cells, page };
}
const E = [100, 140, 180, 220, 260, 300, 340]; // the six 预算数 columns' edges on page 4
const page3 = () =>
  grid(3, [
    [['预算数', 100, 340], ['预算数', 100, 340], ['预算数', 100, 340], ['预算数', 100, 340]],
    [['合计', 100, 140], ['因公出国', 140, 180], ['公务用车购置及运行费', 180, 300], ['公务接待', 300, 340]],
  ]);
const page4Head = ['', '（境）费', '小计', '公务用车购置费', '公务用车运行费', '费'];
const page4 = (head = page4Head) =>
  grid(4, [head.map((t, c): [string, number, number] => [t, E[c]!, E[c + 1]!]), ['320,000.00', '-', '200,000.00', '—', '200,000.00', '120,000.00'].map((t, c): [string, number, number] => [t, E[c]!, E[c + 1]!])]);
const texts = (g: RawBlock<PdfAnchor>) => (g as RawGrid).rows.map((r) => r.map((c) => c.text));

describe('joinHeaderOverPages', () => {
  it('lays the page\'s header rows out on the next page\'s columns and joins the wrapped titles', () => {
    const blocks: RawBlock<PdfAnchor>[] = [page3(), { type: 'text', text: '- 3 -', page: 3 }, page4()];
    joinHeaderOverPages(blocks);
    expect(blocks).toHaveLength(1);
    expect(texts(blocks[0]!)).toEqual([
      ['预算数', '预算数', '预算数', '预算数', '预算数', '预算数'],
      ['合计', '因公出国（境）费', '公务用车购置及运行费', '公务用车购置及运行费', '公务用车购置及运行费', '公务接待费'],
      ['合计', '因公出国（境）费', '小计', '公务用车购置费', '公务用车运行费', '公务接待费'],
      ['320,000.00', '-', '200,000.00', '—', '200,000.00', '120,000.00'],
    ]);
    const g = blocks[0] as RawGrid;
    expect(g.pageEnd).toBe(4);
    // 因公出国（境）费 is one cell down both header rows; 小计 is a cell of its own
    expect([g.rows[2]![1]!.originRow, g.rows[2]![2]!.originRow]).toEqual([1, 2]);
  });
  it('leaves apart a header-only grid and a next page whose edges do not continue it, or that starts with figures, or after a title', () => {
    const shifted = page4();
    for (const c of shifted.rows.flat()) c.anchor = { ...c.anchor!, x0: c.anchor!.x0 + 7, x1: c.anchor!.x1 + 7 };
    for (const blocks of [
      [page3(), shifted],
      [page3(), grid(4, [['320,000.00', '-', '200,000.00', '—', '200,000.00', '120,000.00'].map((t, c): [string, number, number] => [t, E[c]!, E[c + 1]!])])],
      [page3(), { type: 'text', text: '附表9 部门整体支出绩效目标表', page: 4 }, page4()],
    ] as RawBlock<PdfAnchor>[][]) {
      const n = blocks.length;
      joinHeaderOverPages(blocks);
      expect(blocks).toHaveLength(n);
    }
  });
});
