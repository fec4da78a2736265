import { describe, expect, it } from 'vitest';
import { roleByTitle, tableDocKind, tableTitleCore } from './roles';

// Titles as regions print them (../shared/real and the seeds); each must name its role.
const CASES: [string, string | null][] = [
  // seeds (Liuzhou budgets, Zhuzhou/Shuozhou final accounts)
  ['部门收支总体情况表', 'overview'],
  ['部门收入总体情况表', 'income'],
  ['部门支出总体情况表', 'expense'],
  ['财政拨款收支总体情况表', 'fiscalOverview'],
  ['一般公共预算支出情况表', 'generalExpense'],
  ['一般公共预算基本支出情况表', 'generalBasic'],
  ['财政拨款三公两费支出情况表', 'threePublic'],
  ['政府性基金预算支出情况表', 'govFund'],
  ['国有资本经营预算支出情况表', 'stateCapital'],
  ['政府采购预算表', 'procurement'],
  ['政府购买服务预算表', 'purchaseService'],
  ['项目绩效目标公开表', 'performance'],
  ['收入支出决算总表', 'overview'],
  ['收入决算表', 'income'],
  ['支出決算表', 'expense'],
  ['财政拨款收入支出决算总表', 'fiscalOverview'],
  ['一般公共预算财政拨款支出决算表', 'generalExpense'],
  ['一般公共预算财政拨款基本支出决算明细表', 'generalBasic'],
  ['一般公共预算财政拨款基本支出决算表', 'generalBasic'],
  ['国有资本经营预算财政拨款收入支出决算表', 'stateCapital'],
  ['政府性基金预算财政拨款收入支出决算表', 'govFund'],
  ['财政拨款“三公”经费支出决算表', 'threePublic'],
  ['部门决算公开相关信息统计表', 'info'],
  // Shanghai
  ['2026年部门财务收支预算总表', 'overview'],
  ['2026年部门收入预算总表', 'income'],
  ['2026年部门支出预算总表', 'expense'],
  ['2026年部门财政拨款收支预算总表', 'fiscalOverview'],
  ['2026年部门一般公共预算支出功能分类预算表', 'generalExpense'],
  ['2026年部门一般公共预算基本支出部门预算经济分类预算表', 'generalBasic'],
  ['2026年部门“三公”经费和机关运行经费预算表', 'threePublic'],
  ['2025年预算单位财务收支预算总表', 'overview'],
  ['9. 2025年单位“三公”经费和机关运行经费预算表', 'threePublic'],
  // Jiangsu
  ['一、2017 年度江苏省高级人民法院部门收支预算总表', 'overview'],
  ['二、2017 年度江苏省高级人民法院部门收入预算总表', 'income'],
  ['三、2017 年度江苏省高级人民法院部门支出预算总表', 'expense'],
  ['五、2017 年度江苏省高级人民法院部门财政拨款支出预算表', 'fiscalExpense'],
  ['六、财政拨款基本支出预算表', 'fiscalBasic'],
  ['七、政府性基金支出预算表', 'govFund'],
  ['财政拨款政府性基金支出预算表', 'govFund'],
  ['十、一般公共预算机关运行经费支出预算表', 'operatingCost'],
  ['十一、一般公共预算“三公”经费、会议费、培训费支出预算表', 'threePublic'],
  ['十二、2017 年江苏省高级人民法院部门政府采购预算表', 'procurement'],
  // Beijing, Hangzhou, central
  ['预算01表 收支总表', 'overview'],
  ['预算02表 收入总表', 'income'],
  ['预算03表 支出总表', 'expense'],
  ['预算04表 财政拨款收支总表', 'fiscalOverview'],
  ['预算11表 财政拨款政府购买服务明细表', 'purchaseService'],
  ['预算表12 项目支出绩效目标表', 'performance'],
  ['表7：2026年市级部门一般公共预算“三公”经费预算表', 'threePublic'],
  ['表10.2026年市级部门项目支出预算表', 'projectExpense'],
  ['表1.2026年市级部门收支预算总表', 'overview'],
  ['一般公共预算支出经济分类预算表', 'generalEconomic'],
  ['基本支出预算表', 'basicExpense'],
  ['财政拨款结转资金支出表', 'carryover'],
  // other provinces' 部门预算/决算 templates: 表一…, 附表1-N numbering, glued or spaced
  ['表一 部门收支总表', 'overview'],
  ['表二部门收入总表', 'income'],
  ['附表1-3 2026年部门支出总表', 'expense'],
  ['附表1-4财政拨款收支总表', 'fiscalOverview'],
  ['表五 一般公共预算支出表', 'generalExpense'],
  ['附表1-6 一般公共预算基本支出表', 'generalBasic'],
  ['表七 一般公共预算“三公”经费支出表', 'threePublic'],
  ['附表1-8 政府性基金预算支出表', 'govFund'],
  ['表九 国有资本经营预算支出表', 'stateCapital'],
  ['附表1-10 项目支出表', 'projectExpense'],
  ['附表2-1 收入支出决算总表', 'overview'],
  ['表二 收入决算表', 'income'],
  ['表三 支出决算表', 'expense'],
  ['附表2-4 财政拨款收入支出决算总表', 'fiscalOverview'],
  ['表五 一般公共预算财政拨款支出决算表', 'generalExpense'],
  ['表六 一般公共预算财政拨款基本支出决算表', 'generalBasic'],
  ['表七 政府性基金预算财政拨款收入支出决算表', 'govFund'],
  ['表八 国有资本经营预算财政拨款支出决算表', 'stateCapital'],
  ['表九 财政拨款“三公”经费支出决算表', 'threePublic'],
  // not tables of any role
  ['综合评价得分情况表', null],
  ['第二部分 2026 年度部门预算报表', null],
  ['部门预算', null],
];

describe('table roles by title', () => {
  it.each(CASES)('%s → %s', (title, role) => {
    expect(roleByTitle(title)).toBe(role);
  });

  it('strips numbering, year and department before matching', () => {
    expect(tableTitleCore('一、2017 年度江苏省高级人民法院部门收支预算总表')).toBe('江苏省高级人民法院部门收支预算总表');
    expect(tableTitleCore('公开 04 表 财政拨款收入支出决算总表')).toBe('财政拨款收入支出决算总表');
    expect(tableTitleCore('一般公共预算支出情况表')).toBe('一般公共预算支出情况表');
    expect(tableTitleCore('附表1-2部门收入总表')).toBe('部门收入总表');
    expect(tableTitleCore('表十一般公共预算支出表')).toBe('一般公共预算支出表');
    expect(tableTitleCore('表一般公共预算支出表')).toBe('表一般公共预算支出表'); // 表 + 一般…: no number
  });

  it('takes budget or final from the title before the document', () => {
    expect(tableDocKind('收入支出决算总表', 'budget')).toBe('final');
    expect(tableDocKind('收支总表', 'final')).toBe('final');
    expect(tableDocKind('收支总表', 'unknown')).toBe('budget');
  });
});

describe('a qualifier after the title', () => {
  it('"财政拨款支出预算表（功能科目）" is still 财政拨款支出表', () => {
    expect(roleByTitle('财政拨款支出预算表（功能科目）')).toBe('fiscalExpense');
    expect(roleByTitle('财政拨款基本支出预算表（经济科目）')).toBe('fiscalBasic');
  });
});
