// A table whose title or note says it lists only a selection ("（主要项目）", "注：本表仅列示500万元
// 以上的项目", "只列示主要支出科目") does not establish that a parent row, or its 合计, is the sum of
// the rows printed under it: the rows left out are part of the parent. Its down-the-column sums are
// not checked (and the coverage says why) — never failed. Row identities and figures still stand.
import type { Table } from '../report/schema';
import { norm } from './names';

// "仅列示到款级科目" truncates the outline at a level, which keeps every parent whole: not a selection.
const SELECTION = /(仅|只)(列示|列出)(?!(到|至))|主要(项目|科目|支出科目)|部分(项目|科目)|重点项目|选列/;

export function isPartialListing(t: Pick<Table, 'title' | 'notes'>): boolean {
  return SELECTION.test(norm(t.title ?? '')) || (t.notes ?? []).some((n) => SELECTION.test(norm(n)));
}
