import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../report/schema';
import { inspectionSheet, sectionsOf, tableItemName } from './inspectionSheet';

// Headings as printed by Putuo (上海), Liuzhou and Shuozhou disclosures.
const PUTUO = [
  '上海市普陀区2026年区级部门预算',
  '目录',
  '一、部门主要职能 ……………………………',
  '上海市普陀区司法局主要职能',
  '（一）贯彻执行国家和本市有关司法行政工作的法律、法规。',
  '上海市普陀区司法局机构设置',
  '上海市普陀区司法局部门预算是包括区司法局本部以及下属1家预算单位的综合收支计划。',
  '名词解释',
  '（一）财政拨款收入：是区级预算主管部门取得的财政拨款。',
  '2026年部门预算编制说明',
  '2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元，比2026年预算增加793.14万元。',
  '其他相关情况说明',
  '一、2026年“三公”经费预算情况说明',
  '2026年“三公”经费预算数为10.81万元，比2025年预算持平。',
  '人民调解项目经费情况说明',
  '4.开展“人民调解协议书检查”、优秀调解案例”活动。',
].join('\n');

function report(findings: Finding[]): Report {
  return {
    source: 'x.pdf', format: 'pdf', kind: 'budget', department: '上海市普陀区司法局', year: 2026, findings,
    summary: { checks: findings.length, pass: 0, rounding: 0, fail: findings.length },
    narrative: { text: PUTUO, statements: [] },
    tables: [
      { id: 't1', title: '2026年部门财务收支预算总表', kind: 'budget.overview', page: 10, columns: ['项目', '预算数'], rows: [{ code: null, label: '合计', cells: [null, '1.00'] }], coverage: { cells: 1, checked: 1 } },
      { id: 't6', title: '2026年部门政府性基金预算支出功能分类预算表', kind: 'budget.govFund', page: 17, columns: [], rows: [], coverage: { cells: 0, checked: 0 }, notes: ['注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。'] },
      { id: 't9', title: '2026年部门“三公”经费和机关运行经费预算表', kind: 'budget.threePublic', page: 21, columns: [], rows: [], coverage: { cells: 7, checked: 0 } },
    ],
  };
}

const warn = (rule: string, text: string, table: string | null = null, page: number | null = null): Finding => ({
  id: `${rule}:${text}`, rule, status: 'fail', severity: 'warning', message: `问题：${text}`, expected: null, actual: null,
  refs: [{ table, row: null, col: null, page, text, value: null }],
});

describe('inspectionSheet', () => {
  it('finds the sections by their headings, not by the 目录 lines', () => {
    expect(sectionsOf(PUTUO).map((s) => s.key)).toEqual(['主要职能', '机构设置', '名词解释', '编制说明', '其他相关说明', '项目经费情况说明']);
    const liuzhou = '第二部分 405柳州市科学技术局2024年部门 预算情况说明\n一、部门收支预算情况说明\n十三、2024年部门预算其他重要事项情况说明\n第一部分 概况\n一、本部门（单位）职责\n1.核心职能:加快高新技术企业培育';
    expect(sectionsOf(liuzhou).map((s) => s.key)).toEqual(['编制说明', '其他相关说明', '主要职能']);
    // Putuo finance 2024: the 决算 heading wrapped before "说明"; a short line that is not a heading's tail stays apart.
    const wrapped = '第二部分上海市普陀区财政局2024年度部门决算表\n第三部分上海市普陀区财政局2024年度部门决算情况\n说明\n一、收入支出决算总体情况说明\n上海市普陀区财政局2024年度收入支出总计2995.39万元。';
    expect(sectionsOf(wrapped).map((s) => [s.key, wrapped.slice(s.start, s.start + 4)])).toEqual([['编制说明', '第三部分']]);
    expect(sectionsOf('上海市普陀区财政局主要\n合计')).toEqual([]);
  });

  it('names tables without numbering and year', () => {
    expect(tableItemName('1. 2026年部门财务收支预算总表')).toBe('部门财务收支预算总表');
    expect(tableItemName('表10 政府采购预算表')).toBe('政府采购预算表');
    expect(tableItemName('一般公共预算支出情况表')).toBe('一般公共预算支出情况表');
    expect(tableItemName('五、单位预算表')).toBe('单位预算表');
  });

  it('puts each finding on its item; 否 only with a problem, 未核对 where nothing was judged', () => {
    const s = inspectionSheet(report([
      warn('text.year', '比2026年预算增加793.14万元'),
      warn('text.brackets', '4.开展“人民调解协议书检查”、优秀调解案例”活动。'),
      warn('rowSums', '合计', 't1', 10),
    ]));
    const row = (item: string) => s.rows.find((r) => r.item === item)!;
    expect(s.title).toBe('2026年度部门预算公开情况检查表');
    expect(row('预算编制说明')).toMatchObject({ verdict: '否', notes: ['问题：比2026年预算增加793.14万元。'] });
    expect(row('项目经费情况说明').verdict).toBe('否');
    expect(row('《部门财务收支预算总表》')).toMatchObject({ verdict: '否', notes: ['第10页：问题：合计。'] });
    expect(row('主要职能').verdict).toBe('是');
    expect(row('其他相关说明').verdict).toBe('是');
    // An empty table that says so is as required; a table no check reached is not judged.
    expect(row('《部门政府性基金预算支出功能分类预算表》').verdict).toBe('是');
    expect(row('《部门“三公”经费和机关运行经费预算表》').verdict).toBe('未核对');
    expect(row('及时公开部门预算').verdict).toBe('未核对');
    expect(row('封面').verdict).toBe('未核对');
    // The 目录 is there but its table lines were not parsed: not judged.
    expect(row('目录').verdict).toBe('未核对');
  });

  it('封面 is 是 only when the text before the 目录 names the department, the year and 预算; otherwise 未核对', () => {
    const withCover = (format: Report['format'], cover: string): Report => {
      const r = report([]);
      return { ...r, format, narrative: { text: PUTUO.replace('上海市普陀区2026年区级部门预算', cover), statements: [] } };
    };
    const cover = (r: Report) => inspectionSheet(r).rows.find((x) => x.item === '封面')!;
    expect(cover(withCover('pdf', '上海市普陀区2026年区级部门预算\n预算主管部门：上海市普陀区司法局'))).toMatchObject({ verdict: '是', notes: [] });
    // The department abbreviated, the year missing, a web page: not judged, never 否.
    expect(cover(withCover('pdf', '上海市普陀区2026年区级部门预算\n区司法局')).verdict).toBe('未核对');
    expect(cover(withCover('pdf', '上海市普陀区司法局部门预算')).verdict).toBe('未核对');
    expect(cover(withCover('html', '上海市普陀区2026年区级部门预算\n预算主管部门：上海市普陀区司法局'))).toMatchObject({ verdict: '未核对', notes: ['网页或表格文件没有封面，未核对。'] });
  });

  it('an empty page goes to what it follows: the 目录, a table, a section', () => {
    const empty = (page: number, text: string, table: string | null = null): Finding => ({
      id: `text.emptyPage:${page}`, rule: 'text.emptyPage', status: 'fail', severity: 'warning', message: `第${page}页是空白页，位于“${text}”之后，建议删除`,
      expected: null, actual: null, refs: [{ table, row: null, col: null, page, text, value: null }],
    });
    const s = inspectionSheet(report([empty(3, '目录'), empty(11, '2026年部门财务收支预算总表', 't1'), empty(5, '上海市普陀区司法局机构设置')]));
    const row = (item: string) => s.rows.find((r) => r.item === item)!;
    expect(row('目录')).toMatchObject({ verdict: '否', notes: ['第3页是空白页，位于“目录”之后，建议删除。'] });
    expect(row('《部门财务收支预算总表》')).toMatchObject({ verdict: '否', notes: ['第11页是空白页，位于“2026年部门财务收支预算总表”之后，建议删除。'] });
    expect(row('机构设置').verdict).toBe('否');
    expect(row('主要职能').verdict).toBe('是');
  });
});
