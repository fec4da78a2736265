// The comparison as CSV (UTF-8 with BOM, via the report's CSV writer): one row per key figure,
// each document's figure, then its difference and change against the first document.
import { csvRows } from '../report/csv';
import { columnTitle, type Comparison } from './compareSnapshots';
import { GROUP_LABELS } from './figureCatalog';

export function comparisonCsv(c: Comparison): string {
  const titles = c.columns.map(columnTitle);
  const header: string[] = ['分组', '项目', ...titles.map((t) => `${t}${c.unit ? `（${c.unit}）` : ''}`)];
  for (const t of titles.slice(1)) header.push(`${t} 差额`, `${t} 变化（%）`);
  const rows = c.rows.map((r) => {
    const out: (string | null)[] = [GROUP_LABELS[r.group], r.label, ...r.cells.map((x) => (x.value ? x.display : null))];
    // Plain numbers: a leading '+' or a trailing '%' makes csvField guard the cell as text.
    for (const x of r.cells.slice(1)) out.push(x.difference?.replace(/^\+/, '') ?? null, x.changePct === '—' ? null : (x.changePct?.replace(/^\+|%$/g, '') ?? null));
    return out;
  });
  const sources = c.columns.map((col, i) => [`来源${i + 1}`, titles[i]!, col.url]);
  return csvRows([header, ...rows, [], ...sources]);
}
