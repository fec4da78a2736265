import { describe, expect, it } from 'vitest';
import { cutOffFindings, doubledPunctuationFindings, emptyPageFindings, glyphFindings, missingStopFindings, otherYearNameFindings, repeatedBlockFindings, scopeWordingFindings, selfYearFindings, unbalancedFindings } from './textQuality';

// Sentences as printed in putuo-justice-bureau-2026-dept-budget.pdf and the Liuzhou seeds.
describe('textQuality', () => {
  it('flags characters that do not display, and a lone-character paragraph (seed 000)', () => {
    const f = glyphFindings('（一）贯彻执行国家和本市有关司法行政工作的法律、法\uE3C5规。\n一、主要职责\n眀\n二、机构设置情况\n（一）合计\n款\n项');
    expect(f.map((x) => x.rule)).toEqual(['text.glyph', 'text.glyph']);
    expect(f[0]!.message).toContain('U+E3C5');
    expect(f[1]!.message).toContain('“眀”');
    expect(f.every((x) => x.status === 'fail' && x.severity === 'warning')).toBe(true);
    expect(glyphFindings('（一）贯彻执行国家和本市有关司法行政工作的法律、法规。\n一、主要职责\n负责全市科学技术工作。')).toEqual([]);
  });

  it('flags doubled sentence punctuation', () => {
    const f = doubledPunctuationFindings('主要用于：信息化建设及运行维护等方面的支出。。2025年当年预算执行数为60.41万元');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe('。。');
    expect(f[0]!.refs[0]!.text).toContain('信息化建设及运行维护');
    expect(doubledPunctuationFindings('主要用于：信息化建设及运行维护等方面的支出。2025年当年预算执行数为60.41万元……')).toEqual([]);
  });

  it('flags a stray closing quote, not a quote broken over two lines', () => {
    const f = unbalancedFindings('3.全年开展专题培训；\n4.开展“人民调解协议书检查”、优秀调解案例”活动。\n五、实施周期');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('引号不成对');
    expect(f[0]!.actual).toBe('”');
    expect(unbalancedFindings('4.开展“人民调解协议书检查”、“优秀调解案例”活动。\n公共安全支出（204类）司法（06款）')).toEqual([]);
    expect(unbalancedFindings('其他收入：指除上述“财政拨款收入、\n事业收入”等以外的收入。')).toEqual([]);
    expect(unbalancedFindings('公共安全支出（204类司法（06款）行政运行（01项）1672.67万元。')[0]!.message).toContain('括号不成对');
  });

  it('flags a sentence cut off after its connective', () => {
    const f = cutOffFindings('比2025年预算执行数增加277.22%。主要原因是。');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('主要原因是');
    expect(cutOffFindings('比2025年预算执行数增加277.22%。主要原因是：业务量增加。')).toEqual([]);
    expect(cutOffFindings('项目支出的日常公用经费支出不再列入其中。')).toEqual([]);
    expect(cutOffFindings('2025年部门预算安排购置车辆0辆，其中；')).toHaveLength(1);
  });

  it('flags a budget compared with its own year, not with the year before', () => {
    const text = '其中：财政拨款收入9628.22万元，比2026年预算增加793.14万元；政府性基金拨款支出预算0万元，与2026年预算持平。';
    const f = selfYearFindings({ kind: 'budget', year: 2026 }, text);
    expect(f.map((x) => x.actual)).toEqual(['比2026年预算增加', '与2026年预算持平']);
    expect(f[0]!.message).toBe('“比2026年预算增加793.14万元”：2026年预算应与2025年预算比较，而非“2026年预算”');
    const normal = '2026年“三公”经费预算数为10.81万元，与2025年预算持平。2026年预算安排3845.49万元，比2025年预算执行数增加17.62%。';
    expect(selfYearFindings({ kind: 'budget', year: 2026 }, normal)).toEqual([]);
    // A final account compares with its own year's budget by design.
    expect(selfYearFindings({ kind: 'final', year: 2026 }, text)).toEqual([]);
  });

  it('flags a final account compared with its own year\'s 决算, not with the year before (国家信访局 wording)', () => {
    const wrong = '主要是国家信访局及所属单位当年从中央财政取得的资金，比2024年度决算数增加6263.17万元。';
    const f = selfYearFindings({ kind: 'final', year: 2024 }, wrong);
    expect(f.map((x) => x.actual)).toEqual(['比2024年度决算数增加']);
    expect(f[0]!.message).toBe('“比2024年度决算数增加6263.17万元”：2024年度决算应与2023年度决算比较，而非“2024年度决算”');
    const normal = '主要是国家信访局及所属单位当年从中央财政取得的资金，比2023年度决算数增加6263.17万元。退休人员公费医疗支出，比 2023 年度决算增加10.01万元。';
    expect(selfYearFindings({ kind: 'final', year: 2024 }, normal)).toEqual([]);
  });

  it('flags a final account named with another year (Putuo altered: "2023年度部门决算情况说明" in a 2024 决算), not the prior-year comparison', () => {
    const wrong = '第二部分上海市普陀区财政局2024年度部门决算表\n第三部分上海市普陀区财政局 2023年度部门决算情况说明\n一、收入支出决算总体情况说明';
    const f = otherYearNameFindings({ kind: 'final', year: 2024 }, wrong);
    expect(f).toHaveLength(1);
    expect(f[0]!.rule).toBe('text.year');
    expect(f[0]!.message).toBe('2024年度决算中写作“2023年度部门决算情况说明”：“第三部分上海市普陀区财政局 2023年度部门决算情况说明”，年度应为2024年');
    expect(otherYearNameFindings({ kind: 'final', year: 2024 }, '以下为2023年度部门决算表')).toHaveLength(1);
    const normal = [
      '第三部分上海市普陀区财政局2024年度部门决算情况说明',
      '上海市普陀区财政局2024年度收入、支出决算总计2961.68万元。与2023年度决算相比，收入支出总计减少34.71万元。',
      '与2023年度决算相比',
      '基本支出和项目支出，比2023年度决算数增加241.21万元。',
      '主要是因为我局为2019年新成立单位，无2018年决算数。',
    ].join('\n');
    expect(otherYearNameFindings({ kind: 'final', year: 2024 }, normal)).toEqual([]);
    // A budget's text is not read for 决算 names.
    expect(otherYearNameFindings({ kind: 'budget', year: 2024 }, wrong)).toEqual([]);
  });

  it('flags 部门预算 wording in a unit budget, not the classification name', () => {
    const head = '上海市普陀区法律援助中心2026年单位预算\n目录\n';
    const f = scopeWordingFindings(head + 'x'.repeat(200) + '\n2026年部门预算编制说明\n本单位2026年收入预算100万元。');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe('部门预算');
    expect(scopeWordingFindings(head + 'x'.repeat(200) + '\n2025年部门预算安排购置车辆0辆')[0]!.actual).toBe('部门预算');
    expect(scopeWordingFindings(head + 'x'.repeat(200) + '\n2026年单位预算编制说明\n一般公共预算基本支出部门预算经济分类预算表\n深化部门预算改革。')).toEqual([]);
    // A department's budget naming its units' budgets in a sentence is normal.
    expect(scopeWordingFindings('上海市普陀区2026年区级部门预算\n' + 'x'.repeat(200) + '\n部门预算是包括本部及下属1家单位预算的综合收支计划。')).toEqual([]);
    expect(scopeWordingFindings('上海市普陀区2026年区级部门预算\n' + 'x'.repeat(200) + '\n2026年单位预算编制说明\n')).toHaveLength(1);
  });
});

describe('emptyPageFindings', () => {
  it('flags an empty page between two parts with the page and what it follows (Putuo: after the 目录)', () => {
    const f = emptyPageFindings({ emptyPages: [
      { page: 3, after: { text: '目录', page: 2 }, followed: true },
      { page: 14, after: { text: '财政拨款收入支出决算总表', page: 13, table: 't5.income' }, followed: true },
    ] });
    expect(f.map((x) => [x.rule, x.severity, x.refs[0]!.page, x.refs[0]!.table])).toEqual([
      ['text.emptyPage', 'warning', 3, null],
      ['text.emptyPage', 'warning', 14, 't5.income'],
    ]);
    expect(f[0]!.message).toBe('第3页是空白页（除页码或空表格线外没有内容），位于“目录”之后，建议删除');
    expect(f[1]!.message).toContain('位于表格“财政拨款收入支出决算总表”之后');
  });

  it('does not flag a trailing page, the cover\'s blank back, or a page with nothing before it', () => {
    expect(emptyPageFindings({ emptyPages: [
      { page: 23, after: { text: '七、项目经费情况说明', page: 22 }, followed: false },
      { page: 2, after: { text: '上海市普陀区2026年区级部门预算', page: 1 }, followed: true },
      { page: 1, after: null, followed: true },
    ] })).toEqual([]);
    expect(emptyPageFindings({})).toEqual([]);
  });
});

describe('repeatedBlockFindings', () => {
  const p6 = '（六）组织实施和指导监督本区社区矫正工作。组织实施和指导推进刑释解矫人员安置帮教工作。';
  const p7 = '（七）负责推进本区公共法律服务体系建设。拟订公共法律服务体系建设规划并指导实施。';
  const p8 = '（八）负责本系统警车管理工作。按规定权限负责本系统国有资产的管理。';
  it('flags a block of paragraphs printed again (Putuo 主要职能, pages 4–5)', () => {
    const f = repeatedBlockFindings([p6, p7, p8, p6, p7, p8, '上海市普陀区司法局机构设置'].join('\n'));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^3段文字重复出现：“（六）组织实施/);
  });
  it('does not flag one repeated paragraph nor short repeated sentences', () => {
    expect(repeatedBlockFindings([p6, p7, '主要原因是：支出增加。', p6, '主要原因是：支出增加。'].join('\n'))).toEqual([]);
  });
});

it('does not flag two sections saying the same (Jiangsu high court: 基本支出 explained under two tables)', () => {
  const a = '（一）人员经费13594.82万元。主要包括：基本工资、津贴补贴、奖金、社会保障缴费、绩效工资。';
  const b = '（二）公用经费3528.37万元。主要包括：办公费、水费、电费、邮电费、差旅费、维修（护）费。';
  expect(repeatedBlockFindings([a, b, '七、政府性基金支出预算表情况说明', '本表反映江苏省高级人民法院2017年政府性基金支出预算安排情况。', a, b].join('\n'))).toEqual([]);
});

it('flags a cause sentence left without its full stop, not a sentence wrapped over two lines', () => {
  const f = missingStopFindings('国有资本经营预算拨款支出预算0万元，与2026年预算持平。\n财政拨款收入支出增加的主要原因是工作量增加\n财政拨款支出主要内容如下：');
  expect(f).toHaveLength(1);
  expect(f[0]!.message).toBe('句末缺少句号：“财政拨款收入支出增加的主要原因是工作量增加”');
  expect(missingStopFindings('财政拨款收入支出增加的主要原因是工作量增加。\n财政拨款支出主要内容如下：')).toEqual([]);
  expect(missingStopFindings('减少的主要原因是严格落实中央八项规定，控制机关\n运行成本。')).toEqual([]);
});
