// How a person names a table in a sentence: the number the document prints (表3, 公开03表)
// when it has one, else the standard number for its kind, else its title.
import type { Table } from '../report/schema';
import { TABLE_KIND_TITLES } from './kinds';

const STANDARD_NUMBER: Record<string, string> = {
  'budget.overview': '表1', 'budget.income': '表2', 'budget.expense': '表3', 'budget.fiscalOverview': '表4',
  'budget.generalExpense': '表5', 'budget.generalBasic': '表6', 'budget.threePublic': '表7', 'budget.govFund': '表8',
  'budget.stateCapital': '表9', 'budget.procurement': '表10', 'budget.purchaseService': '表11',
  'budget.performance': '表12',
  'final.overview': '公开01', 'final.income': '公开02', 'final.expense': '公开03', 'final.fiscalOverview': '公开04',
  'final.generalExpense': '公开05', 'final.generalBasic': '公开06', 'final.govFund': '公开07',
  'final.stateCapital': '公开08', 'final.threePublic': '公开09', 'final.info': '公开10',
};

/** How a part of a split table is named (表1（收入）). */
export const PART_NAMES: Record<string, string> = { income: '收入', expense: '支出', personnel: '人员经费', public: '公用经费', income2: '收入（二）', expense2: '支出（二）' };

export function tableShortName(table: Pick<Table, 'kind' | 'title' | 'number' | 'part'>): string {
  const printed = normalizeNumber(table.number);
  // The standard number only where the table is the standard one by its very title: a region's
  // 8th table of the same role (上海 一般公共预算基本支出…预算表) is not "表6" to its readers.
  const standardTitle = (TABLE_KIND_TITLES as Record<string, string>)[table.kind];
  const standard = standardTitle && (!table.title || table.title.replace(/\s+/g, '').replace(/決/g, '决').includes(standardTitle)) ? STANDARD_NUMBER[table.kind] : undefined;
  const base = printed || standard || table.title || STANDARD_NUMBER[table.kind] || '';
  const part = table.part ? PART_NAMES[table.part] ?? table.part : null;
  return part ? `${base}（${part}）` : base;
}

/** "预算公开01表" is how Liuzhou prints 表1; "公开03表" is a final-account table's own name. */
function normalizeNumber(number: string | null | undefined): string | null {
  if (!number) return null;
  const budget = /^预算公开0*(\d+)表?$/.exec(number.trim());
  if (budget) return `表${budget[1]}`;
  const final = /^(公开\d+)表?$/.exec(number.trim());
  if (final) return final[1]!;
  return number.trim() || null;
}
