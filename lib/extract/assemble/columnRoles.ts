// What each column of a table is: a code (科目编码, 部门（单位）代码), the row label (项目, 科目名称,
// 部门（单位）名称), a text column (项目名称, 资金性质, 行次, 序号 …) or an amount column.
// Header first; data decides where the header is silent or garbled.
import type { GridCell } from '../raw';
import { fold, isAmountOrEmpty, isCode, joinSpacedCode } from './textForms';

export type ColumnRole = 'code' | 'label' | 'text' | 'amount' | 'skip';

const CODE_HEADER = /(编码|代码)$/;
const LABEL_HEADER = /(^项目$|^项目\(按.*\)$|科目名称|单位名称|部门名称|\)名称|名称\(.*\)$|^名称$)/;
const TEXT_HEADER = /^(行次|序号|栏次|项目名称|资金性质|年度绩效目标|绩效目标|.*指标)$/;

function lastElement(path: string): string {
  const parts = path.split('/');
  return fold(parts[parts.length - 1] ?? '');
}

export function columnRoles<A>(paths: string[], data: GridCell<A>[][]): ColumnRole[] {
  const width = paths.length;
  const roles: (ColumnRole | null)[] = paths.map((p) => {
    const last = lastElement(p);
    if (!last) return null;
    // Under a side heading of a two-sided table ("收入/项目名称", "支出/支出用途/项目名称") the
    // 项目名称 column names the side's rows: it is that side's label, not a text column.
    if (/^项目(名称)?$/.test(last) && /^(收入|支出)/.test(fold(p.split('/')[0] ?? ''))) return 'label';
    // the same header printed on one row, side and column glued ("收入项目", "支出项目（按功能分类）",
    // "支出功能分类项目名称")
    if (/^(本年)?(收入|支出)([^/]{0,8}?)项目(名称)?(\(.*\))?$/.test(last)) return 'label';
    if (TEXT_HEADER.test(last)) return 'text';
    if (CODE_HEADER.test(last)) return 'code';
    if (LABEL_HEADER.test(last)) return 'label';
    // a title broken over two header rows ("部门(单位)代" / "码")
    const whole = fold(p.replace(/\//g, ''));
    if (/(部门|单位|科目).*(编码|代码)/.test(whole) && whole.length <= 14) return 'code';
    return null;
  });
  // Data: how many non-empty cells per column are codes, amounts, other text.
  const codes = new Array<number>(width).fill(0);
  const amounts = new Array<number>(width).fill(0);
  const texts = new Array<number>(width).fill(0);
  for (const row of data) {
    for (let c = 0; c < width; c++) {
      const t = row[c]?.text.trim() ?? '';
      if (!t) continue;
      if (isCode(joinSpacedCode(t))) codes[c]!++;
      else if (isAmountOrEmpty(t)) amounts[c]!++;
      else texts[c]!++;
    }
  }
  let hasLabel = roles.includes('label');
  for (let c = 0; c < width; c++) {
    if (roles[c]) continue;
    const filled = codes[c]! + amounts[c]! + texts[c]!;
    if (filled > 0 && codes[c]! >= filled * 0.8 && amounts[c]! === 0 && c < 3) roles[c] = 'code';
    else if (texts[c]! > amounts[c]! + codes[c]!) {
      roles[c] = hasLabel ? 'text' : 'label';
      hasLabel = true;
    }
    else roles[c] = 'amount';
  }
  // Without any label column (garbled header), the first mostly-text column is the label.
  if (!roles.includes('label')) {
    const first = roles.findIndex((r, c) => r === 'text' && texts[c]! > 0);
    if (first >= 0) roles[first] = 'label';
  }
  return roles as ColumnRole[];
}
