// The one-line coverage summary of a report (what was read and checked, what was not), Chinese
// first with its English: "已识别 9/12 表 · 已核对 85% 的数字 · 未核对 3 项".
import type { Report } from '../report/schema';

export type Coverage = NonNullable<Report['coverage']>;

/** Whole percent, rounded down: 99.6% checked is not "100%". */
const percent = (part: number, whole: number): number => (whole > 0 ? Math.floor((100 * part) / whole) : 0);

export function coverageLine(c: Coverage): { zh: string; en: string } {
  const zh = [`已识别 ${c.recognised}/${c.tables} 表`];
  const en = [`${c.recognised}/${c.tables} tables recognised`];
  if (c.cells > 0) {
    zh.push(`已核对 ${percent(c.checkedCells, c.cells)}% 的数字`);
    en.push(`${percent(c.checkedCells, c.cells)}% of figures checked`);
  }
  zh.push(`未核对 ${c.notChecked.length} 项`);
  en.push(`${c.notChecked.length} not checked`);
  return { zh: zh.join(' · '), en: en.join(' · ') };
}

/** The narrative part, for the expanded list: "说明文字 12/20 句已核对". */
export function statementsLine(c: Coverage): { zh: string; en: string } | null {
  if (c.statements === 0) return null;
  return { zh: `说明文字中的数字陈述 ${c.checkedStatements}/${c.statements} 条已核对`, en: `${c.checkedStatements}/${c.statements} narrative statements checked` };
}
