// Names the checks print and match on. Real documents vary in brackets, spaces and wording
// (`一般公共预算` vs `一般公共预算拨款`, `(单位)` vs `（单位）`), so every match goes through `norm`.
import { FUNCTION_CLASSES } from '../tables/functionClasses';
import { labelKey as norm } from '../text/matchKey';
import type { Row, Table } from '../report/schema';

/** Normalised text for matching (NFKC, no whitespace, one kind of bracket, no quotes): the checks' key from lib/text/matchKey. */
export { labelKey as norm } from '../text/matchKey';

/** Short table name for messages: 表3 / 公开03 (with the part of a two-sided table). */
export { tableShortName } from '../tables/shortName';

/** Row name for messages: "405 柳州市科学技术局", "合计", "2060101 行政运行". */
const ROW_NAMES = new WeakMap<Row, string>();
export function rowName(row: Row): string {
  let n = ROW_NAMES.get(row);
  if (n === undefined) {
    const label = row.label.replace(/\s+/g, '');
    n = row.code ? `${row.code} ${label}` : label;
    ROW_NAMES.set(row, n);
  }
  return n;
}

/** Column name for messages: the flattened header, without the group when the leaf says enough. */
const COL_NAMES = new WeakMap<Table, string[]>();
export function colName(t: Table, col: number): string {
  let names = COL_NAMES.get(t);
  if (!names) COL_NAMES.set(t, (names = []));
  return (names[col] ??= colNameUncached(t, col));
}

function colNameUncached(t: Table, col: number): string {
  const full = t.columns[col] ?? `第${col + 1}列`;
  const parts = full.split('/').map((p) => p.replace(/\s+/g, ''));
  // 小计 / 合计 alone does not say which group: keep the parent.
  if (parts.length > 1 && /^(小计|合计|总计)$/.test(parts[parts.length - 1]!)) return parts.slice(-2).join('/');
  return parts[parts.length - 1]!;
}

/** Columns whose header says they hold codes, names or line numbers, never amounts. */
export const NON_AMOUNT_COLUMN = /代码|编码|编号|名称|^项目$|^项目\(|行次|栏次|资金性质|^科目|^序号|^部门$|^单位$/;

/** Columns of percentages or ratios (增减%, 增长率, 占比, 完成率): a parent's rate is not the sum of its children's. */
export const RATIO_COLUMN = /%|％|百分比|[增降]长?率|增幅|降幅|比重|占比|比例|完成率|执行率/;

export function isAmountColumnName(name: string): boolean {
  const leaf = norm(name).split('/').pop() ?? '';
  return !NON_AMOUNT_COLUMN.test(leaf) && !RATIO_COLUMN.test(leaf);
}

/** Find the first column whose normalised header matches every pattern. */
export function findColumn(t: Table, ...patterns: RegExp[]): number {
  return t.columns.findIndex((c) => {
    const n = norm(c);
    return patterns.every((p) => p.test(n));
  });
}

/** Strip an outline marker ("一、", "（一）", "1、", "(十九)") from a label. */
export function stripMarker(label: string): string {
  return norm(label).replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[、.．])/, '');
}

/** The class a label names as a class ("八、社会保障和就业支出", "医疗卫生与计划生育支出"): the class
 * name opens the label and it ends as a class does. A 项 that merely contains the words
 * ("罪犯生活及医疗卫生", "其他教育支出") names no class. */
export function functionClassCode(label: string): string | null {
  const name = stripMarker(label);
  for (const [re, code] of CLASS_OPENERS) if (re.test(name) && (/支出$/.test(name) || CLASS_NAMES.get(code) === name)) return code;
  return null;
}
const CLASS_OPENERS: [RegExp, string][] = FUNCTION_CLASSES.map((c) => [new RegExp(`^(?:${c.match.source.replace(/^\^/, '').replace(/\$$/, '')})`), c.code]);
const CLASS_NAMES = new Map(FUNCTION_CLASSES.map((c) => [c.code, c.name]));

/** Outline level of a two-sided table label: 一、 → 1, （一） → 2, 1、 → 3, none → 0. */
export function outlineLevel(label: string): number {
  const n = norm(label);
  if (/^[一二三四五六七八九十]+、/.test(n)) return 1;
  if (/^\([一二三四五六七八九十]+\)/.test(n)) return 2;
  if (/^\d+[、.．](?!\d)/.test(n)) return 3;
  return 0;
}
