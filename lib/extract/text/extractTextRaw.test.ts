import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractTextRaw } from './extractTextRaw';
import { extractText } from '../index';
import { scoreCells, toExpected, type ExpectedDoc } from '../assemble/expected';
import { fixturePath } from '../../../tests/shared';
import type { RawGrid } from '../raw';

describe('extractTextRaw', () => {
  it('turns tab rows into a grid with cell offsets and text lines into blocks', () => {
    const text = '单位：万元\n项目\t预算数\n<b>本年收入合计</b>\t<b>30,688.06</b>\n';
    const raw = extractTextRaw(text, 's.txt');
    expect(raw.blocks.map((b) => b.type)).toEqual(['text', 'grid']);
    const grid = raw.blocks[1] as RawGrid<{ start: number; end: number }>;
    const cell = grid.rows[1]![1]!;
    expect(cell.text).toBe('30,688.06');
    expect(cell.bold).toBe(true);
    expect(text.slice(cell.anchor!.start, cell.anchor!.end)).toBe('<b>30,688.06</b>');
  });

  it('rebuilds header spans: colspan over sub-headers, rowspan down empty cells (seed 001 表2)', () => {
    const text = [
      '部门（单位）代码\t部门（单位）名称\t合计\t本年收入\t\t上年结转结余\t',
      '\t\t\t小计\t一般公共预算\t小计\t一般公共预算',
      '\t\t\t1\t2\t3\t4',
      '510\t柳州市工业和信息化局\t30,688.06\t30,688.06\t30,688.06\t0.00\t0.00',
    ].join('\n');
    const grid = extractTextRaw(text, 's').blocks[0] as RawGrid;
    expect(grid.rows[1]!.map((c) => c.text)).toEqual(['部门（单位）代码', '部门（单位）名称', '合计', '小计', '一般公共预算', '小计', '一般公共预算']);
    expect(grid.rows[0]![4]!.text).toBe('本年收入');
    expect(grid.rows[0]![4]!.originCol).toBe(3);
  });

  it('reads markdown pipe rows and 2+-space rows that carry amounts, not spaced context lines', () => {
    const text = [
      '部门名称：朔州市科学技术局      2024年度      金额单位：万元',
      '| 科目代码 | 科目名称 | 决算数 |',
      '|---|---|---|',
      '| 30101 | 基本工资 | 113.20 |',
      '',
      '合计      512.98      401.24      111.74',
    ].join('\n');
    const raw = extractTextRaw(text, 's');
    expect(raw.blocks.map((b) => b.type)).toEqual(['text', 'grid', 'grid']);
    const pipe = raw.blocks[1] as RawGrid<{ start: number; end: number }>;
    expect(pipe.rows.map((r) => r.map((c) => c.text))).toEqual([['科目代码', '科目名称', '决算数'], ['30101', '基本工资', '113.20']]);
    const at = pipe.rows[1]![2]!.anchor!;
    expect(text.slice(at.start, at.end).trim()).toBe('113.20');
    const spaced = raw.blocks[2] as RawGrid;
    expect(spaced.rows[0]!.map((c) => c.text)).toEqual(['合计', '512.98', '401.24', '111.74']);
  });

  it('keeps markdown headings and list bullets as text, drops page numbers', () => {
    const raw = extractTextRaw('## 部门收支总体情况表\n- 一、部门收支总体情况表（表1）\n12\n', 's');
    expect(raw.blocks).toHaveLength(2);
    expect(raw.blocks[0]).toMatchObject({ type: 'text', heading: 2, text: '部门收支总体情况表' });
    expect(raw.blocks[1]).toMatchObject({ text: '一、部门收支总体情况表（表1）' });
  });
});

describe('extractText on the committed seed excerpt (seed 003, 表1–表4)', () => {
  const text = readFileSync(fixturePath('expected', 'short_003.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(fixturePath('expected', '003_8bc4a22c64091804.json'), 'utf8')) as ExpectedDoc;
  const { doc, anchors } = extractText(text, 'short_003.txt');

  it('reads every cell of 表1–表4 as the expected tables', () => {
    const ids = doc.tables.map((t) => t.id);
    expect(ids).toEqual(['t1.income', 't1.expense', 't2', 't3', 't4.income', 't4.expense']);
    const subset: ExpectedDoc = { ...expected, tables: expected.tables.filter((t) => ids.includes(t.id)) };
    const score = scoreCells(toExpected(doc), subset);
    expect(score.misses).toEqual([]);
    expect(score.total).toBeGreaterThan(400);
  });

  it('anchors cells back to their text', () => {
    const t3 = doc.tables.find((t) => t.id === 't3')!;
    const at = anchors.cells.get(`t3:0:1`)!;
    expect(text.slice(at.start, at.end)).toBe(t3.rows[0]!.cells[1]);
    const label = anchors.cells.get('t3:3:-1')!;
    expect(text.slice(label.start, label.end)).toBe('行政单位离退休');
    expect(t3.rows[3]).toMatchObject({ code: '2080501', level: 'item', parent: 2 });
  });
});
