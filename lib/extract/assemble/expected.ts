// The ground-truth form of a document's tables (tests/fixtures/expected/*.json), the
// corrections that turn the text form's reading into it, and the cell-by-cell comparison
// every extraction test (text, HTML, PDF) uses.
import type { DocModel, RowLevel } from '../../report/schema';
import { rowStructure } from './rowStructure';

export interface ExpectedRow {
  code: string | null;
  label: string;
  cells: (string | null)[];
  level?: RowLevel;
  parent?: number | null;
}

export interface ExpectedTable {
  id: string;
  title: string;
  kind: string;
  group?: string;
  part?: string;
  unit: string | null;
  number?: string | null;
  notes?: string[];
  columns: string[];
  rows: ExpectedRow[];
}

export interface ExpectedDoc {
  kind: string;
  department: string | null;
  year: number | null;
  unit: string | null;
  /** Document title as printed, when the expectation records it. */
  title?: string | null;
  tables: ExpectedTable[];
}

export function toExpected(doc: DocModel): ExpectedDoc {
  return {
    kind: doc.kind,
    department: doc.department,
    year: doc.year,
    unit: doc.unit ?? null,
    tables: doc.tables.map((t) => {
      const out: ExpectedTable = { id: t.id, title: t.title, kind: t.kind, unit: t.unit ?? null, number: t.number ?? null, columns: t.columns, rows: [] };
      if (t.group) out.group = t.group;
      if (t.part) out.part = t.part;
      if (t.notes?.length) out.notes = t.notes;
      out.rows = t.rows.map((r) => ({ code: r.code, label: r.label, cells: r.cells, level: r.level, parent: r.parent ?? null }));
      return out;
    }),
  };
}

/** Each fix says why (`why`): corrections are documentation as much as data. */
export interface Corrections {
  about?: string;
  doc?: Partial<Pick<ExpectedDoc, 'kind' | 'department' | 'year' | 'unit'>> & { why?: string };
  /** Append table B's rows to table A and drop B (a continuation the text could not tie). */
  merge?: { into: string; from: string; why: string }[];
  /** Replace a table (its rows' level/parent are recomputed) or insert it after `after`. */
  replace?: { id: string; why: string; table: ExpectedTable; after?: string }[];
  /** Remove a table. */
  drop?: { id: string; why: string }[];
  tables?: Record<
    string,
    {
      why?: string;
      title?: string;
      kind?: string;
      number?: string | null;
      columns?: string[];
      /** Set one cell (col ≥ 0), the label (col -1) or the code (col -2). */
      cells?: { row: number; col: number; value: string | null; why: string }[];
      /** Row indices to drop (debris), applied after cell fixes. */
      dropRows?: { rows: number[]; why: string };
      /** Column indices to remove from `columns` and every row (layout debris). */
      dropColumns?: { cols: number[]; why: string };
      /** Replace all rows of the table. */
      rows?: { code: string | null; label: string; cells: (string | null)[] }[];
    }
  >;
}

function restructure(t: ExpectedTable): void {
  const places = rowStructure(
    t.rows.map((r) => ({ code: r.code, codeFromUnitColumn: !!r.code && /^[0-9]{3}$|^[0-9]{6}$/.test(r.code) && (t.rows.some((x) => x.code?.length === 6)), label: r.label })),
  );
  t.rows.forEach((r, i) => {
    r.level = places[i]!.level;
    r.parent = places[i]!.parent;
  });
}

export function applyCorrections(doc: ExpectedDoc, c: Corrections): ExpectedDoc {
  const out: ExpectedDoc = JSON.parse(JSON.stringify(doc)) as ExpectedDoc;
  if (c.doc) {
    const { why: _why, ...rest } = c.doc;
    Object.assign(out, rest);
  }
  const byId = (id: string) => out.tables.find((t) => t.id === id);
  for (const m of c.merge ?? []) {
    const a = byId(m.into);
    const b = byId(m.from);
    if (!a || !b) throw new Error(`merge: no table ${!a ? m.into : m.from}`);
    a.rows.push(...b.rows);
    out.tables = out.tables.filter((t) => t !== b);
    restructure(a);
  }
  for (const [id, fix] of Object.entries(c.tables ?? {})) {
    const t = byId(id);
    if (!t) throw new Error(`corrections: no table ${id}`);
    if (fix.title !== undefined) t.title = fix.title;
    if (fix.kind !== undefined) t.kind = fix.kind;
    if (fix.number !== undefined) t.number = fix.number;
    if (fix.columns) t.columns = fix.columns;
    if (fix.rows) t.rows = fix.rows.map((r) => ({ ...r }));
    for (const cell of fix.cells ?? []) {
      const row = t.rows[cell.row];
      if (!row) throw new Error(`corrections: ${id} has no row ${cell.row}`);
      if (cell.col === -1) row.label = cell.value ?? '';
      else if (cell.col === -2) row.code = cell.value;
      else row.cells[cell.col] = cell.value;
    }
    if (fix.dropColumns) {
      const drop = new Set(fix.dropColumns.cols);
      t.columns = t.columns.filter((_, i) => !drop.has(i));
      for (const r of t.rows) r.cells = r.cells.filter((_, i) => !drop.has(i));
    }
    if (fix.dropRows) {
      const drop = new Set(fix.dropRows.rows);
      t.rows = t.rows.filter((_, i) => !drop.has(i));
    }
    restructure(t);
  }
  for (const r of c.replace ?? []) {
    const table: ExpectedTable = JSON.parse(JSON.stringify(r.table)) as ExpectedTable;
    restructure(table);
    const at = out.tables.findIndex((t) => t.id === r.id);
    if (at >= 0) out.tables[at] = table;
    else {
      // inserting is explicit: a replace whose table vanished must not add a duplicate silently
      if (r.after === undefined) throw new Error(`corrections: no table ${r.id} to replace`);
      const after = out.tables.findIndex((t) => t.id === r.after);
      out.tables.splice(after + 1, 0, table);
    }
  }
  for (const d of c.drop ?? []) out.tables = out.tables.filter((t) => t.id !== d.id);
  return out;
}

export interface CellScore {
  exact: number;
  total: number;
  misses: { table: string; row: number; col: number; expected: string | null; actual: string | null }[];
}

/**
 * Cell accuracy of a model against the expected tables: tables matched by id, rows by index,
 * every cell, label and code counted once. `skip` lists table ids with documented damage.
 */
export function scoreCells(actual: ExpectedDoc, expected: ExpectedDoc, skip: Set<string> = new Set()): CellScore {
  const score: CellScore = { exact: 0, total: 0, misses: [] };
  const byId = new Map(actual.tables.map((t) => [t.id, t]));
  for (const e of expected.tables) {
    if (skip.has(e.id)) continue;
    const a = byId.get(e.id);
    e.rows.forEach((er, ri) => {
      const ar = a?.rows[ri];
      const pairs: [number, string | null, string | null][] = [
        [-2, er.code, ar ? ar.code : null],
        [-1, er.label, ar ? ar.label : null],
        ...er.cells.map((v, ci): [number, string | null, string | null] => [ci, v, ar ? (ar.cells[ci] ?? null) : null]),
      ];
      for (const [col, ev, av] of pairs) {
        score.total++;
        if (ar && ev === av) score.exact++;
        else score.misses.push({ table: e.id, row: ri, col, expected: ev, actual: ar ? av : null });
      }
    });
  }
  return score;
}
