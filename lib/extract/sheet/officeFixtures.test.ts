// Workbooks LibreOffice made from the seed pages (scripts/make-fixtures.ts): the whole page in
// one sheet (.xlsx and Excel 97 .xls) and the tables alone, one sheet each. Read through
// extractSheet they must give the page's tables cell for cell and its failing checks.
import { describe, expect, it } from 'vitest';
import { cellScore, failsOf, isTableOnly, OFFICE_SEEDS, officeFixture, pageOf, shape } from '../../../tests/office/sameAsPage';
import { toExpected } from '../assemble/expected';
import { extractSheet } from './index';

describe.each(OFFICE_SEEDS)('seed %s as a workbook', (seed) => {
  const page = pageOf(seed);

  describe.each(['xlsx', 'xls'])('one sheet, the whole page (.%s)', (ext) => {
    const { doc } = extractSheet(officeFixture(`${seed}.${ext}`), `${seed}.${ext}`);
    it('same document kind, department, year and tables as the page', () => {
      expect(doc.format).toBe('sheet');
      expect({ kind: doc.kind, department: doc.department, year: doc.year }).toEqual({ kind: page.doc.kind, department: page.doc.department, year: page.doc.year });
      expect(shape(toExpected(doc))).toEqual(shape(page.expected));
    });
    it('every code, label and cell', () => {
      const score = cellScore(doc, page.expected);
      console.log(`[cells] ${seed}.${ext}: ${score.exact}/${score.total}`);
      expect(score.misses.slice(0, 10)).toEqual([]);
      expect(score.total).toBeGreaterThan(300);
    });
    it('the same failing checks as the page', () => {
      expect(page.fails.length).toBeGreaterThan(0);
      expect(failsOf(doc)).toEqual(page.fails);
    });
  });

  describe('one sheet per table (.tables.xlsx)', () => {
    const { doc } = extractSheet(officeFixture(`${seed}.tables.xlsx`), `${seed}.tables.xlsx`);
    // The page's titled tables (its 公开表); untitled appendix tables have no title to keep them apart.
    const titled = new Set(page.doc.tables.filter((t) => t.title).map((t) => t.id));
    it('every titled table of the page, cell for cell', () => {
      const mine = doc.tables.filter((t) => titled.has(t.id));
      expect(mine.map((t) => t.id)).toEqual([...titled]);
      const expected = { ...page.expected, tables: page.expected.tables.filter((t) => titled.has(t.id)) };
      const score = cellScore({ ...doc, tables: mine }, expected);
      expect(score.misses.slice(0, 10)).toEqual([]);
    });
    it('the same failing table checks as the page', () => {
      expect(failsOf(doc, isTableOnly)).toEqual(failsOf(page.doc, isTableOnly));
    });
  });
});
