// The key figures a comparison aligns, with stable keys so a budget and a final account (whose
// labels differ: 一般公共预算拨款 vs 一般公共预算财政拨款收入) land on the same row.
import { OVERVIEW_CLASS_NAMES } from '../tables/functionClasses';
import type { FigureGroup } from '../library/snapshot';
import { titleKey } from '../text/matchKey';

export interface FixedFigure {
  key: string;
  label: string;
  group: FigureGroup;
}

/** Fixed figures in display order; income sources and function classes slot in by group. */
export const FIXED_FIGURES: FixedFigure[] = [
  { key: 'total', label: '收支总计', group: 'total' },
  { key: 'expense.basic', label: '基本支出', group: 'expenseType' },
  { key: 'expense.project', label: '项目支出', group: 'expenseType' },
  { key: 'basic.personnel', label: '人员经费', group: 'basicParts' },
  { key: 'basic.public', label: '公用经费', group: 'basicParts' },
  { key: 'threePublic.total', label: '“三公”经费', group: 'threePublic' },
  { key: 'threePublic.abroad', label: '因公出国（境）费', group: 'threePublic' },
  { key: 'threePublic.cars', label: '公务用车购置及运行维护费', group: 'threePublic' },
  { key: 'threePublic.carPurchase', label: '公务用车购置费', group: 'threePublic' },
  { key: 'threePublic.carRunning', label: '公务用车运行维护费', group: 'threePublic' },
  { key: 'threePublic.reception', label: '公务接待费', group: 'threePublic' },
  { key: 'operations', label: '机关运行经费', group: 'operations' },
  { key: 'procurement.total', label: '政府采购', group: 'procurement' },
  { key: 'procurement.central', label: '集中采购', group: 'procurement' },
  { key: 'procurement.dispersed', label: '分散采购', group: 'procurement' },
  { key: 'procurement.goods', label: '货物类采购', group: 'procurement' },
  { key: 'procurement.works', label: '工程类采购', group: 'procurement' },
  { key: 'procurement.services', label: '服务类采购', group: 'procurement' },
  { key: 'purchaseService', label: '政府购买服务', group: 'purchaseService' },
  { key: 'projects', label: '项目个数', group: 'count' },
];

export const GROUP_ORDER: FigureGroup[] = [
  'total',
  'income',
  'expenseType',
  'basicParts',
  'functionClass',
  'threePublic',
  'operations',
  'procurement',
  'purchaseService',
  'count',
];

export const GROUP_LABELS: Record<FigureGroup, string> = {
  total: '收支总计',
  income: '收入来源',
  expenseType: '基本支出与项目支出',
  basicParts: '人员经费与公用经费',
  functionClass: '支出功能分类（类）',
  threePublic: '“三公”经费',
  operations: '机关运行经费',
  procurement: '政府采购',
  purchaseService: '政府购买服务',
  count: '项目',
};

/** Income sources by what they are, whatever the document calls them. Order = display order. */
const INCOME_SOURCES: [RegExp, string][] = [
  [/一般公共预算/, 'income:general'],
  [/政府性基金/, 'income:govFund'],
  [/国有资本经营/, 'income:stateCapital'],
  [/财政专户/, 'income:specialAccount'],
  [/单位资金/, 'income:unitFunds'],
  [/上级补助/, 'income:superior'],
  [/事业收入/, 'income:business'],
  [/经营收入/, 'income:operating'],
  [/附属单位/, 'income:affiliated'],
  [/其他收入/, 'income:other'],
  [/非财政拨款结余/, 'income:nonFiscalBalance'],
  [/上年结转|年初结转/, 'income:carryOver'],
];

export function incomeKey(label: string): string | null {
  const n = titleKey(label);
  for (const [re, key] of INCOME_SOURCES) if (re.test(n)) return key;
  return null;
}

/** "十四、资源勘探工业信息等支出" → "资源勘探工业信息等支出"; null when not a function class. */
export function functionClassName(label: string): string | null {
  const n = stripOrdinal(titleKey(label)).replace(/\(类\)$/, '');
  return OVERVIEW_CLASS_NAMES.includes(n) ? n : null;
}

export const classKey = (name: string): string => `class:${name}`;

/** Leading "一、", "（二）", "1." of list items. */
export function stripOrdinal(s: string): string {
  return s.replace(/^(\(?[一二三四五六七八九十]+[)、.]|\d+[、.)])\s*/, '');
}

/** Sort key of a figure key for display: by group, then catalog / class / source order. */
export function figureOrder(key: string, group: FigureGroup): number {
  const g = GROUP_ORDER.indexOf(group) * 1000;
  const fixed = FIXED_FIGURES.findIndex((f) => f.key === key);
  if (fixed >= 0) return g + fixed;
  if (key.startsWith('class:')) return g + OVERVIEW_CLASS_NAMES.indexOf(key.slice(6)) + 1;
  const income = INCOME_SOURCES.findIndex(([, k]) => k === key);
  return g + (income >= 0 ? income : 99);
}
