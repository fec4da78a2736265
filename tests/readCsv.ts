// Reads back the CSVs the CLI writes (RFC 4180: quoted fields, doubled quotes, CRLF rows), as a
// spreadsheet would: header row → objects. Fails on a missing BOM, which Excel needs.
import { readFileSync } from 'node:fs';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

export function readCsvFile(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('\uFEFF')) throw new Error(`${path}: no UTF-8 BOM`);
  const [header, ...rows] = parseCsv(text.slice(1));
  return rows.map((r) => {
    if (r.length !== header!.length) throw new Error(`${path}: row of ${r.length} fields, header has ${header!.length}`);
    return Object.fromEntries(header!.map((h, i) => [h, r[i]!]));
  });
}
