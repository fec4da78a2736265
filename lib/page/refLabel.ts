// Human names for a ref: which table, which row, which column (or which sentence) — for the
// card, the panel and the quotable sentence.
import type { Ref, Report, Table } from '../report/schema';

export interface RefLabel {
  /** "表10 政府采购预算表", or "情况说明" for narrative figures. */
  table: string;
  /** "405 柳州市科学技术局" (code and label as printed). */
  row: string | null;
  /** Column header path, "政府采购项目类型/合计". */
  column: string | null;
  /** For narrative refs: the sentence the figure sits in. */
  sentence: string | null;
}

export function tableName(t: Pick<Table, 'number' | 'title'>): string {
  const n = t.number?.trim();
  return n && !t.title.includes(n) ? `${n} ${t.title}` : t.title || n || '表格';
}

export function describeRef(ref: Ref, report: Pick<Report, 'tables' | 'narrative'>): RefLabel {
  if (ref.table != null) {
    const t = report.tables.find((x) => x.id === ref.table);
    if (!t) return { table: ref.table, row: null, column: null, sentence: null };
    const row = ref.row != null ? t.rows[ref.row] : undefined;
    return {
      table: tableName(t),
      row: row ? [row.code, row.label].filter((s) => s && s.trim()).join(' ') || `第${ref.row! + 1}行` : null,
      column: ref.col != null && ref.col >= 0 ? (t.columns[ref.col] ?? null) : null,
      sentence: null,
    };
  }
  const n = report.narrative;
  if (n && ref.figure) {
    const s = n.statements.find((st) => st.figures.some((f) => f.id === ref.figure));
    if (s) return { table: '情况说明', row: null, column: null, sentence: n.text.slice(s.start, s.end).trim() };
  }
  return { table: '情况说明', row: null, column: null, sentence: ref.text };
}

/** One line: "表10 政府采购预算表 · 405 柳州市科学技术局 · 政府采购项目类型/合计". */
export function refLine(ref: Ref, report: Pick<Report, 'tables' | 'narrative'>): string {
  const l = describeRef(ref, report);
  if (l.sentence !== null && l.row === null) return `${l.table}：${ref.text ?? ref.value ?? ''}`;
  return [l.table, l.row, l.column].filter(Boolean).join(' · ');
}
