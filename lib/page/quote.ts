// "复制引用": one quotable Chinese sentence a journalist can paste — where (page title, URL,
// table, row, column), what is printed, what the other printed figures give, the difference.
import type { Finding, Report } from '../report/schema';
import { markedRefIndex } from './markers';
import { describeRef } from './refLabel';

export interface PageInfo {
  title: string;
  url: string;
}

const STATUS_WORDS: Record<Finding['status'], string> = {
  fail: '四舍五入不能解释这一差异',
  rounding: '差异在四舍五入范围内',
  pass: '数字一致',
};

/**
 * Bidirectional controls (LRE…RLO, LRI…PDI, marks): a page title carrying them would make the
 * pasted citation read in a different order than it was written. Never part of a real citation.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
export const stripBidi = (s: string): string => s.replace(BIDI_CONTROLS, '');

export function quoteOf(f: Finding, report: Pick<Report, 'tables' | 'narrative'>, page: PageInfo): string {
  const ref = f.refs[markedRefIndex(f)];
  const where = `《${page.title.trim() || '未命名页面'}》（${page.url}）`;
  let place = '';
  if (ref) {
    const l = describeRef(ref, report);
    if (l.row !== null || l.column !== null) {
      place = `${l.table}中“${l.row ?? ''}”行${l.column ? `“${l.column}”列` : ''}`;
    } else if (l.sentence) {
      place = `情况说明“${l.sentence}”中`;
    } else {
      place = l.table;
    }
  }
  const printed = f.actual ?? ref?.value ?? null;
  const parts = [`${where}${place}印为 ${printed ?? '（空）'}`];
  if (f.expected != null) parts.push(`按表中其他数字计算应为 ${f.expected}`);
  if (f.difference != null) parts.push(`相差 ${f.difference}`);
  return stripBidi(`${parts.join('，')}；${STATUS_WORDS[f.status]}。（核算：${f.message}——预算透镜核查）`);
}
