import type { TableRole } from './roles';
// Stable kinds of the standard disclosure tables (docs/domain.md). Recognised by title and header,
// never by position. Two-sided tables are split into parts (see Table.part).

export const BUDGET_TABLE_KINDS = {
  'budget.overview': '部门收支总体情况表', // 表1, parts income | expense
  'budget.income': '部门收入总体情况表', // 表2
  'budget.expense': '部门支出总体情况表', // 表3
  'budget.fiscalOverview': '财政拨款收支总体情况表', // 表4, parts income | expense
  'budget.generalExpense': '一般公共预算支出情况表', // 表5
  'budget.generalBasic': '一般公共预算基本支出情况表', // 表6
  'budget.threePublic': '财政拨款三公两费支出情况表', // 表7
  'budget.govFund': '政府性基金预算支出情况表', // 表8
  'budget.stateCapital': '国有资本经营预算支出情况表', // 表9
  'budget.procurement': '政府采购预算表', // 表10
  'budget.purchaseService': '政府购买服务预算表', // 表11
  'budget.performance': '项目绩效目标公开表', // 表12
} as const;

export const FINAL_TABLE_KINDS = {
  'final.overview': '收入支出决算总表', // 公开01, parts income | expense
  'final.income': '收入决算表', // 公开02
  'final.expense': '支出决算表', // 公开03
  'final.fiscalOverview': '财政拨款收入支出决算总表', // 公开04, parts income | expense
  'final.generalExpense': '一般公共预算财政拨款支出决算表', // 公开05
  'final.generalBasic': '一般公共预算财政拨款基本支出决算明细表', // 公开06, parts personnel | public
  'final.govFund': '政府性基金预算财政拨款收入支出决算表', // 公开07
  'final.stateCapital': '国有资本经营预算财政拨款支出决算表', // 公开08
  'final.threePublic': '财政拨款“三公”经费支出决算表', // 公开09
  'final.info': '部门决算公开相关信息统计表', // 公开10
} as const;

export type BudgetTableKind = keyof typeof BUDGET_TABLE_KINDS;
export type FinalTableKind = keyof typeof FINAL_TABLE_KINDS;
/** Every role of lib/tables/roles.ts under either document kind; the seeds' standard sets above are a subset. */
export type TableKind = BudgetTableKind | FinalTableKind | `${'budget' | 'final'}.${TableRole}` | 'other';

export const TABLE_KIND_TITLES: Record<BudgetTableKind | FinalTableKind, string> = {
  ...BUDGET_TABLE_KINDS,
  ...FINAL_TABLE_KINDS,
};
