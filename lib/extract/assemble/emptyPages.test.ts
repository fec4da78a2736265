import { describe, expect, it } from 'vitest';
import type { RawBlock } from '../raw';
import { emptyPagesOf } from './emptyPages';

const t = (page: number, text: string, align?: 'center'): RawBlock => ({ type: 'text', text, page, ...(align ? { align } : {}) });
const grid = (page: number): RawBlock => ({ type: 'grid', page, rows: [[{ text: '合计', originRow: 0, originCol: 0 }, { text: '1.00', originRow: 0, originCol: 1 }]] });

// Putuo's layout: cover, 目录, a blank page, the sections, tables, and a table's empty last row on a page of its own.
const BLOCKS: RawBlock[] = [
  t(1, '上海市普陀区2026年区级部门预算', 'center'),
  t(2, '目 录', 'center'),
  t(2, '一、部门主要职能 ……………………………'),
  t(2, '七、项目经费情况说明 ………………………'),
  // page 3: nothing
  t(4, '上海市普陀区司法局主要职能', 'center'),
  t(4, '上海市普陀区司法局是主管本区司法和法制工作的区政府工作部门，主要职责是：'),
  t(4, '理工作'), // a paragraph's wrapped tail: not a heading
  t(5, '- 5 -'),
  t(6, '第四部分 名词解释', 'center'),
  t(7, '财政拨款收入支出决算总表', 'center'),
  grid(7),
  t(7, '注：本表反映部门本年度的总收支。'),
  // page 8: ruling lines only (the extractor's blank page)
  t(9, '一般公共预算财政拨款支出决算表', 'center'),
  grid(9),
  // page 10: trailing blank
];

describe('emptyPagesOf', () => {
  const pages = emptyPagesOf(BLOCKS, [3, 8, 10], [
    { id: 't1.income', title: '财政拨款收入支出决算总表', page: 7, pageEnd: 7 },
    { id: 't2', title: '一般公共预算财政拨款支出决算表', page: 9, pageEnd: 9 },
  ]);

  it('lists blank pages and pages holding only a page number, with what precedes them', () => {
    expect(pages).toEqual([
      { page: 3, after: { text: '目录', page: 2 }, followed: true },
      { page: 5, after: { text: '上海市普陀区司法局主要职能', page: 4 }, followed: true },
      { page: 8, after: { text: '财政拨款收入支出决算总表', page: 7, table: 't1.income' }, followed: true },
      { page: 10, after: { text: '一般公共预算财政拨款支出决算表', page: 9, table: 't2' }, followed: false },
    ]);
  });

  it('a part title page is not empty', () => {
    expect(pages.map((p) => p.page)).not.toContain(6);
  });

  it('nothing before: after is null; no page numbers (HTML): nothing', () => {
    expect(emptyPagesOf([t(2, '目 录')], [1], [])).toEqual([{ page: 1, after: null, followed: true }]);
    expect(emptyPagesOf([{ type: 'text', text: '目录', page: null }], undefined, [])).toEqual([]);
  });
});
