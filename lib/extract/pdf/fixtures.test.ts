// Every fixture PDF (tests/fixtures/pdf/<seed>.<producer>.pdf, made from the seeds by
// scripts/make-fixtures.ts) against its expected tables, cell by cell, through the whole PDF
// path (pdf.js → extractPdfRaw → assemble). Prints the exact-cell share per PDF.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { extractPdfNode } from './loadNode';
import { compareDocTables, type CmpTable } from '../../../tests/support/pdf/compareTables';

const pdfDir = fixturePath('pdf');
const files = existsSync(pdfDir) ? readdirSync(pdfDir).filter((f) => /^\d{3}_[0-9a-f]+\.[a-z][a-z-]*\.pdf$/.test(f)).sort() : [];

/** Exact-cell share each fixture reaches today: a drop below it is a regression. */
const FLOOR = 0.995;

describe('fixture PDFs vs expected tables', () => {
  it.skipIf(files.length > 0)('fixture PDFs are absent (run npm run fixtures)', () => {
    console.warn('[skip] tests/fixtures/pdf has no seed PDFs');
  });
  for (const file of files) {
    const seed = file.split('.')[0]!;
    const expectedPath = fixturePath('expected', `${seed}.json`);
    it.skipIf(!existsSync(expectedPath))(file, async () => {
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { kind: string; tables: CmpTable[] };
      const { doc } = await extractPdfNode(new Uint8Array(readFileSync(`${pdfDir}/${file}`)), file);
      const score = compareDocTables(expected.tables, doc.tables as CmpTable[]);
      const share = score.cells ? score.exact / score.cells : 1;
      console.log(`${file}: ${score.exact}/${score.cells} exact cells (${(100 * share).toFixed(2)}%)`);
      for (const t of score.tables) for (const m of t.misses.slice(0, 5)) console.log('   ', m);
      expect(doc.kind).toBe(expected.kind);
      expect(share).toBeGreaterThanOrEqual(FLOOR);
    }, 120_000);
  }
});
