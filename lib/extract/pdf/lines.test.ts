import { describe, expect, it } from 'vitest';
import { dedupeItems, groupLines, joinItems, joinLines } from './lines';
import { splitAtSpaces } from './textItems';
import type { PlacedItem } from './types';

let order = 0;
const item = (text: string, x0: number, x1: number, top = 100, size = 10): PlacedItem => ({ text, x0, x1, top, bottom: top + size, size, order: order++ });

describe('joinItems: pieces of one line', () => {
  it('glues a number broken by the PDF into 10, / 312. / 28', () => {
    expect(joinItems([item('10,', 100, 112), item('312.', 114, 130), item('28', 132, 142)])).toBe('10,312.28');
  });
  it('keeps two neighbouring amounts apart even when nearly touching', () => {
    expect(joinItems([item('10,312.28', 100, 146), item('2,547.75', 147, 186)])).toBe('10,312.28 2,547.75');
  });
  it('joins CJK set one glyph per item, and letter-spaced headers', () => {
    expect(joinItems(Array.from('柳州市科学技术局', (ch, i) => item(ch, 100 + 10 * i, 110 + 10 * i)))).toBe('柳州市科学技术局');
    expect(joinItems([item('项', 100, 110), item('目', 125, 135)])).toBe('项目');
  });
  it('drops office auto-space between Chinese and digits, keeps real gaps', () => {
    expect(joinItems([item('预算', 100, 120), item('10,312.28', 123, 168), item('万元', 171, 191)])).toBe('预算10,312.28万元');
    expect(joinItems([item('合计', 100, 120), item('10,312.28', 200, 245)])).toBe('合计 10,312.28');
  });
});

describe('joinLines: lines of one cell', () => {
  it('rejoins numbers and codes wrapped in narrow cells, CJK without spaces, Latin with one', () => {
    expect(joinLines(['30,688.0', '6'])).toBe('30,688.06');
    expect(joinLines(['208050', '1'])).toBe('2080501');
    expect(joinLines(['柳州市科学技术情', '报研究所'])).toBe('柳州市科学技术情报研究所');
    expect(joinLines(['Budget', 'Lens'])).toBe('Budget Lens');
  });
});

describe('groupLines', () => {
  it('keeps a raised footnote mark and 1 pt jitter on the line, separates the next row', () => {
    const lines = groupLines([item('合计', 50, 70, 100), item('1', 72, 76, 97, 6), item('513.98', 200, 230, 101), item('基本支出', 50, 90, 115)]);
    expect(lines.map((l) => joinItems(l.items))).toEqual(['合计1 513.98', '基本支出']);
  });
});

describe('splitAtSpaces: items pdf.js merged across a gap', () => {
  it('splits at the inserted space with the parts inside the item, in order', () => {
    const parts = splitAtSpaces('10,312.28 2,547.75', 96, 11);
    expect(parts.map((p) => p.text)).toEqual(['10,312.28', '2,547.75']);
    expect(parts[0]!.s0).toBe(0);
    expect(parts[1]!.s1).toBeCloseTo(96, 5);
    expect(parts[1]!.s0).toBeGreaterThan(parts[0]!.s1);
  });
});

describe('dedupeItems', () => {
  it('drops text drawn twice for fake bold, keeps repeated values elsewhere on the page', () => {
    const a = item('合计', 50, 70, 100);
    const bold = item('合计', 50.4, 70.4, 100.2);
    const other = item('合计', 50, 70, 300);
    expect(dedupeItems([a, bold, other])).toEqual([a, other]);
  });
});
