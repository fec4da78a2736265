// Extracted tables vs expected tables (tests/fixtures/expected/<seed>.json), cell by cell. A
// table is matched by kind and part (ids may shift when a table is added or lost), columns by
// their flattened header path, rows in order by code + label (a lost or extra row costs its own
// cells, not every row after it). Every compared slot counts: code, label and each amount cell.
import { titleKey } from '../../../lib/text/matchKey';

export interface CmpRow {
  code: string | null;
  label: string;
  cells: (string | null)[];
}
export interface CmpTable {
  id: string;
  kind: string;
  part?: string;
  title: string;
  columns: string[];
  rows: CmpRow[];
}

export interface TableScore {
  id: string;
  kind: string;
  matchedAs: string | null;
  cells: number;
  exact: number;
  misses: string[];
}

const key = (s: string | null | undefined): string => titleKey(s ?? '');
const cellKey = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, '');

function rowKey(r: CmpRow): string {
  return `${r.code ?? ''}|${key(r.label)}`;
}

export function compareTable(expected: CmpTable, actual: CmpTable | undefined): TableScore {
  const perRow = 2 + expected.columns.length;
  const cells = expected.rows.length * perRow;
  const score: TableScore = { id: expected.id, kind: expected.kind, matchedAs: actual?.id ?? null, cells, exact: 0, misses: [] };
  if (!actual) {
    score.misses.push(`${expected.id}: table not found`);
    return score;
  }
  // Column map by header path; same position when the paths differ only in form.
  const actualCols = actual.columns.map(key);
  const colMap = expected.columns.map((c, i) => {
    const j = actualCols.indexOf(key(c));
    if (j >= 0) return j;
    return actual.columns.length === expected.columns.length ? i : -1;
  });
  let cursor = 0;
  for (const [ri, er] of expected.rows.entries()) {
    // Look ahead a little for the same row; a missing row leaves the cursor where it was.
    let found = -1;
    for (let k = cursor; k < Math.min(actual.rows.length, cursor + 8); k++) {
      if (rowKey(actual.rows[k]!) === rowKey(er)) {
        found = k;
        break;
      }
    }
    if (found < 0 && cursor < actual.rows.length && (actual.rows[cursor]!.code ?? '') === (er.code ?? '')) found = cursor;
    if (found < 0) {
      score.misses.push(`${expected.id} row ${ri} ${er.code ?? ''} ${er.label}: not found`);
      continue;
    }
    const ar = actual.rows[found]!;
    cursor = found + 1;
    if ((ar.code ?? '') === (er.code ?? '')) score.exact++;
    else score.misses.push(`${expected.id} row ${ri} code: ${er.code} ≠ ${ar.code}`);
    if (key(ar.label) === key(er.label)) score.exact++;
    else score.misses.push(`${expected.id} row ${ri} label: ${er.label} ≠ ${ar.label}`);
    er.cells.forEach((v, c) => {
      const j = colMap[c]!;
      const got = j >= 0 ? ar.cells[j] : undefined;
      if (cellKey(got) === cellKey(v)) score.exact++;
      else score.misses.push(`${expected.id} row ${ri} (${er.label}) col ${expected.columns[c]}: ${v} ≠ ${got}`);
    });
  }
  return score;
}

/** Score every expected table against the best-matching actual table. */
export function compareDocTables(expected: CmpTable[], actual: CmpTable[]): { cells: number; exact: number; tables: TableScore[] } {
  const used = new Set<CmpTable>();
  const tables = expected.map((e) => {
    const byKind = actual.filter((a) => !used.has(a) && a.kind === e.kind && (a.part ?? '') === (e.part ?? ''));
    const pick = byKind.find((a) => a.id === e.id) ?? byKind[0] ?? actual.find((a) => !used.has(a) && a.id === e.id);
    if (pick) used.add(pick);
    return compareTable(e, pick);
  });
  return { cells: tables.reduce((a, t) => a + t.cells, 0), exact: tables.reduce((a, t) => a + t.exact, 0), tables };
}
