// Test helper: builds model tables from rows copied out of the seeds (tab-separated: code,
// label, cells…), so rule tests read the documents' own figures. Not used by the engine.
import type { DocModel, Table } from '../report/schema';

export function tableFrom(
  id: string,
  kind: string,
  columns: string[],
  rows: string,
  extra: Partial<Table> = {},
): Table {
  return {
    id,
    title: extra.title ?? kind,
    kind,
    page: null,
    columns,
    unit: '万元',
    rows: rows
      .replace(/^\n+|\n+$/g, '')
      .split('\n')
      .map((line) => {
        const [code, label, ...cells] = line.split('\t');
        return { code: code?.trim() ? code.trim() : null, label: label ?? '', cells: cells.map((c) => (c.trim() === '' ? null : c)) };
      }),
    ...extra,
  };
}

export function docOf(kind: 'budget' | 'final', tables: Table[], extra: Partial<DocModel> = {}): DocModel {
  return { source: 'test', format: 'text', kind, department: null, year: null, tables, unit: '万元', ...extra };
}
