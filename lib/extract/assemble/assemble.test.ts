import { describe, expect, it } from 'vitest';
import { extractText } from '../index';
import { rowStructure } from './rowStructure';
import { kindByTitle } from './classify';
import { assemble } from './index';
import { countHeaderRows } from './headerRows';
import type { GridCell, RawDoc } from '../raw';

const tab = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

describe('assemble', () => {
  it('flattens a three-row header into column paths (seed 001 表5)', () => {
    const text = ['一般公共预算支出情况表', '单位：万元', tab([
      ['科目编码', '部门(单位)代码', '部门(单位)名称(功能分类科目名称)', '合计', '本年一般公共预算支出', '', '', '', ''],
      ['', '', '', '', '基本支出', '', '', '项目支出', ''],
      ['', '', '', '', '小计', '人员经费', '公用经费', '', ''],
      ['', '', '', '', '1', '2', '3', '4', '5'],
      ['合计', '', '', '30,688.06', '3,084.94', '2,748.03', '336.91', '27,603.13', ''],
      ['', '510', '柳州市工业和信息化局', '30,688.06', '3,084.94', '2,748.03', '336.91', '27,603.13', ''],
      ['2080501', '', '行政单位离退休', '195.69', '195.69', '189.14', '6.55', '0.00', ''],
    ])].join('\n');
    const t = extractText(text, 's').doc.tables[0]!;
    expect(t.kind).toBe('budget.generalExpense');
    expect(t.columns).toEqual(['合计', '本年一般公共预算支出/基本支出/小计', '本年一般公共预算支出/基本支出/人员经费', '本年一般公共预算支出/基本支出/公用经费', '本年一般公共预算支出/项目支出']);
    expect(t.rows.map((r) => [r.code, r.label, r.level])).toEqual([[null, '合计', 'total'], ['510', '柳州市工业和信息化局', 'department'], ['2080501', '行政单位离退休', 'item']]);
  });

  it('reads codes printed with spaces between 类, 款 and 项 ("201 01 01") as one code, with their outline', () => {
    const text = ['部门支出总表', '单位：万元', tab([
      ['科目编码', '科目名称', '合计'],
      ['', '合计', '30.00'],
      ['201', '一般公共服务支出', '30.00'],
      ['201 01', '人大事务', '30.00'],
      ['201 01 01', '行政运行', '30.00'],
    ])].join('\n');
    const t = extractText(text, 's').doc.tables[0]!;
    expect(t.rows.map((r) => [r.code, r.level])).toEqual([[null, 'total'], ['201', 'class'], ['20101', 'section'], ['2010101', 'item']]);
  });

  it('splits a two-sided table into income / expense and drops the filler rows (seed 004 公开01)', () => {
    const text = ['收入支出决算总表', '公开01表', '金额单位：万元', tab([
      ['收入', '', '', '支出', '', ''],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['栏次', '', '1', '栏次', '', '2'],
      ['一、一般公共预算财政拨款收入', '1', '512.98', '一、一般公共服务支出', '32', '1.20'],
      ['', '9', '', '九、卫生健康支出', '40', '14.32'],
      ['本年收入合计', '27', '512.98', '本年支出合计', '58', '513.98'],
      ['总计', '31', '513.98', '总计', '62', '513.98'],
    ])].join('\n');
    const { doc } = extractText(text, 's');
    expect(doc.tables.map((t) => [t.id, t.group, t.part, t.number])).toEqual([
      ['t1.income', 't1', 'income', '公开01表'],
      ['t1.expense', 't1', 'expense', '公开01表'],
    ]);
    const [inc, exp] = doc.tables;
    expect(inc!.columns).toEqual(['行次', '金额']);
    expect(inc!.rows.map((r) => r.label)).toEqual(['一、一般公共预算财政拨款收入', '本年收入合计', '总计']);
    expect(exp!.rows.map((r) => [r.label, r.cells[1], r.level])).toEqual([
      ['一、一般公共服务支出', '1.20', 'line'], ['九、卫生健康支出', '14.32', 'line'], ['本年支出合计', '513.98', 'subtotal'], ['总计', '513.98', 'total'],
    ]);
  });

  it('reads 公开06 four groups as personnel | public, concatenated, with each side total last', () => {
    const text = ['一般公共预算财政拨款基本支出决算明细表', tab([
      ['人员经费', '', '', '公用经费', '', '', '', '', '', '', '', ''],
      ['科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数'],
      ['301', '工资福利支出', '351.53', '302', '商品和服务支出', '28.25', '307', '债务利息及费用支出', '', '31011', '地上附着物和青苗补偿', ''],
      ['30101', '基本工资', '113.20', '30201', '办公费', '', '309', '资本性支出（基本建设）', '———', '31012', '拆迁补偿', ''],
      ['人员经费合计', '', '372.99', '公用经费合计', '', '', '', '', '', '', '', '28.25'],
    ])].join('\n');
    const { doc } = extractText(text, 's');
    const [p, q] = doc.tables;
    expect([p!.part, q!.part]).toEqual(['personnel', 'public']);
    expect(p!.rows.map((r) => [r.code, r.cells[0]])).toEqual([['301', '351.53'], ['30101', '113.20'], [null, '372.99']]);
    expect(q!.rows.map((r) => r.code ?? r.label)).toEqual(['302', '30201', '307', '309', '31011', '31012', '公用经费合计']);
    expect(q!.rows[3]!.cells[0]).toBe('———');
    expect(q!.rows[6]!.cells[0]).toBe('28.25');
  });

  it('merges a page continuation with a repeated header, and one without a header', () => {
    const header = ['科目编码', '部门(单位)代码', '部门名称(单位)(功能分类科目名称)', '合计', '基本支出', '项目支出', '结转下年支出'];
    const text = ['部门支出总体情况表', tab([header, ['', '405', '柳州市科学技术局', '10,312.28', '2,547.75', '7,764.53', '0.00'], ['', '405001', '柳州市科学技术局', '8,302.09', '714.85', '7,587.24', '0.00']]),
      '', tab([header, ['2060101', '', '行政运行', '411.06', '411.06', '0.00', '0.00']]),
      '', tab([['2060102', '', '一般行政管理事务', '4.00', '0.00', '4. 00', '0.00']])].join('\n');
    const { doc } = extractText(text, 's');
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect(t.rows.map((r) => [r.code, r.level, r.parent])).toEqual([['405', 'department', null], ['405001', 'unit', 0], ['2060101', 'item', 1], ['2060102', 'item', 1]]);
    expect(t.rows[3]!.cells[2]).toBe('4.00'); // "4. 00" repaired
  });

  it('merges a continuation headed 续表 and the title with （续）, and one whose header was left alone at the page foot', () => {
    const header = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];
    const rows = [['201', '一般公共服务支出', '9.00', '6.00', '3.00'], ['20101', '人大事务', '9.00', '6.00', '3.00'], ['2010101', '行政运行', '5.00', '5.00', '0.00'], ['2010102', '一般行政管理事务', '4.00', '1.00', '3.00']];
    for (const marks of [['续表', '支出决算表（续）'], ['支出决算表(续表)'], ['续表3'], ['续上表']]) {
      const text = ['表3', '支出决算表', '单位：万元', tab([header, ...rows.slice(0, 2)]), '- 7 -', ...marks, tab([header, ...rows.slice(2)])].join('\n');
      const { doc } = extractText(text, 's');
      expect(doc.tables.map((t) => [t.title, t.rows.length]), marks.join(' ')).toEqual([['支出决算表', 4]]);
    }
    // the header's rows at the foot of one page, the body on the next
    const split = ['支出决算表', '单位：万元', tab([['项目', '', '本年支出合计', '基本支出', '项目支出'], header]), '- 7 -', tab(rows)].join('\n');
    const t = extractText(split, 's').doc.tables;
    expect(t.map((x) => [x.title, x.rows.length])).toEqual([['支出决算表', 4]]);
    expect(t[0]!.rows[0]!.code).toBe('201');
  });

  it('reads a （续） title naming another table as that table\'s title, not a continuation', () => {
    const grid = tab([['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', '1.00']]);
    const text = ['支出决算表', grid, '- 7 -', '收入决算表（续）', grid].join('\n');
    expect(extractText(text, 's').doc.tables.map((t) => t.title)).toEqual(['支出决算表', '收入决算表']);
  });

  it('does not merge across a note or a title', () => {
    const grid = tab([['合计', '', '1.00'], ['229', '其他支出', '1.00']]);
    const text = ['支出决算表', grid, '注：本表反映部门本年度各项支出情况。', '金额单位：万元', grid].join('\n');
    const { doc } = extractText(text, 's');
    expect(doc.tables).toHaveLength(2);
    expect(doc.tables[0]!.notes).toEqual(['注：本表反映部门本年度各项支出情况。']);
  });

  it('classifies by the longest title, and by header signature without one', () => {
    expect(kindByTitle('财政拨款收入支出决算总表', 'final')).toBe('final.fiscalOverview');
    expect(kindByTitle('收入支出决算总表', 'final')).toBe('final.overview');
    expect(kindByTitle('## 支出決算表', 'final')).toBe('final.expense');
    const text = tab([['科目编码', '科目名称', '合计', '人员经费', '公用经费'], ['301', '工资福利支出', '2,053.61', '2,053.61', '0.00'], ['30101', '基本工资', '492.67', '492.67', '0.00']]);
    expect(extractText(text, 's').doc.tables[0]!.kind).toBe('budget.generalBasic');
  });

  it('gives 项 rows the unit block they sit in as parent, and class/section/item by code prefix', () => {
    const places = rowStructure([
      { code: null, codeFromUnitColumn: false, label: '合计' },
      { code: '405', codeFromUnitColumn: true, label: '局' },
      { code: '405001', codeFromUnitColumn: true, label: '局' },
      { code: '2060101', codeFromUnitColumn: false, label: '行政运行' },
      { code: '405002', codeFromUnitColumn: true, label: '所' },
      { code: '2060101', codeFromUnitColumn: false, label: '行政运行' },
      { code: '206', codeFromUnitColumn: false, label: '科学技术支出' },
      { code: '20601', codeFromUnitColumn: false, label: '科学技术管理事务' },
      { code: '2060101', codeFromUnitColumn: false, label: '行政运行' },
    ]);
    expect(places.map((p) => `${p.level}^${p.parent}`)).toEqual([
      'total^null', 'department^null', 'unit^1', 'item^2', 'unit^1', 'item^4', 'class^4', 'section^6', 'item^7',
    ]);
  });

  it('splits a code written into the label, and stays linear on 10,000 rows', () => {
    const rows = [['项目', '合计'], ...Array.from({ length: 10_000 }, (_, i) => [`${2060101 + (i % 90)} 行政运行`, `${i}.00`])];
    // linear by construction (one pass, map lookups); the time is the bench's to measure, not a test's
    const t = extractText(tab(rows), 's').doc.tables[0]!;
    expect(t.rows).toHaveLength(10_000);
    expect(t.rows[0]).toMatchObject({ code: '2060101', label: '行政运行', level: 'item' });
  });

  it('reads the heading lines and notes as table context, the rest as narrative with anchors', () => {
    const text = [
      '405柳州市科学技术局2024年部门预算公开说明',
      '2024年部门收支总预算10,312.28万元。',
      '表1',
      '政府性基金预算支出情况表',
      '部门名称：405柳州市科学技术局',
      '单位：元',
      tab([['科目编码', '部门(单位)代码', '部门(单位)名称', '合计', '基本支出', '项目支出'], ['', '', '合计', '0.00', '0.00', '0.00']]),
      '注：本部门2024年没有政府性基金预算支出，故本表无数据。',
      '名词解释',
    ].join('\n');
    const { doc, anchors } = extractText(text, 's');
    expect(doc).toMatchObject({ kind: 'budget', department: '柳州市科学技术局', year: 2024, unit: '元' });
    expect(doc.tables[0]).toMatchObject({ id: 't1', number: '表1', title: '政府性基金预算支出情况表', kind: 'budget.govFund', unit: '元', notes: ['注：本部门2024年没有政府性基金预算支出，故本表无数据。'] });
    // narrative = title line, the sentence, 名词解释; each range points back into the source
    expect(anchors.text).toHaveLength(3);
    const second = anchors.text[1]!;
    expect(text.slice(second.anchor.start, second.anchor.end)).toBe('2024年部门收支总预算10,312.28万元。');
    expect(second.end - second.start).toBe(second.anchor.end - second.anchor.start);
  });

  it('still splits a two-sided table whose income labels were lost (seed 000 表1)', () => {
    const text = ['表1', '部门收支总体情况表', tab([
      ['', '', '预算数'],
      ['', '', '0.00'],
      ['0.00', '八、社会保障和就业支出', '547. 82'],
      ['84. 20', '十三、交通运输支出', '0.00'],
      ['', '十九、住房保障支出', '172. 4'],
    ])].join('\n');
    const { doc } = extractText(text, 's');
    expect(doc.tables.map((t) => t.id)).toEqual(['t1.income', 't1.expense']);
    expect(doc.tables[0]!.rows.map((r) => r.cells[0])).toEqual(['0.00', '84.20']);
    expect(doc.tables[1]!.rows.map((r) => [r.label, r.cells[0]])).toEqual([['', '0.00'], ['八、社会保障和就业支出', '547.82'], ['十三、交通运输支出', '0.00'], ['十九、住房保障支出', '172. 4']]);
  });
});

describe('assemble: a grid read by alignment is marked so on its table', () => {
  const grid = (aligned: boolean): RawDoc => {
    const cells = [['项目', '本年收入', '本年收入'], ['项目', '小计', '一般公共预算'], ['合计', '30.00', '30.00']];
    const rows: GridCell[][] = cells.map((r, ri) => r.map((text, ci) => ({ text, originRow: ri, originCol: ci, ...(aligned ? { aligned: true as const } : {}) })));
    return { source: 's', format: 'pdf', blocks: [{ type: 'text', text: '部门收入总表', page: 1 }, { type: 'grid', rows, page: 1 }] };
  };
  it('header cells placed by alignment → aligned; ruled (or markup) cells → not', () => {
    expect(assemble(grid(true)).doc.tables[0]).toMatchObject({ columns: ['本年收入/小计', '本年收入/一般公共预算'], aligned: true });
    expect(assemble(grid(false)).doc.tables[0]!.aligned).toBeUndefined();
  });
});

// The 三公 table's header without rules: its titles staggered and wrapped over eight lines, then
// the column numbers, then its one row of figures.
describe('countHeaderRows: a header staggered over more lines than a ruled one has rows', () => {
  const rows = [['预算数', '', ''], ['', '公务用车购置及运行费', ''], ['因公出', '', ''], ['', '', '公务接待'], ['合计', '国（境）', ''], ['', '小计', ''], ['', '购置', '行费'], ['', '费', ''],
    ['1', '2', '3'], ['320,000.00', '200,000.00', '120,000.00']];
  it('rows the source marks as header and that read as one count past six', () => {
    expect(countHeaderRows(rows, rows.map((_, i) => i < 9))).toBe(9);
  });
  it('without the mark the usual depth holds, and a marked row of figures is never header past it', () => {
    expect(countHeaderRows(rows)).toBe(6);
    expect(countHeaderRows(rows, rows.map(() => true))).toBe(9);
  });
});
