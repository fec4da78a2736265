// Word files LibreOffice made from the seed pages (scripts/make-fixtures.ts), read through mammoth
// and the HTML path: the page's tables cell for cell (merged header cells included) and its
// failing checks, narrative ones too.
import { describe, expect, it } from 'vitest';
import { cellScore, failsOf, OFFICE_SEEDS, officeFixture, pageOf, shape } from '../../../tests/office/sameAsPage';
import { toExpected } from '../assemble/expected';
import { extractDocx } from './index';

describe.each(OFFICE_SEEDS)('seed %s as a Word file (.docx)', async (seed) => {
  const page = pageOf(seed);
  const { doc } = await extractDocx(officeFixture(`${seed}.docx`), `${seed}.docx`);
  it('same document kind, department, year and tables as the page', () => {
    expect(doc.format).toBe('docx');
    expect({ kind: doc.kind, department: doc.department, year: doc.year }).toEqual({ kind: page.doc.kind, department: page.doc.department, year: page.doc.year });
    expect(shape(toExpected(doc))).toEqual(shape(page.expected));
  });
  it('every code, label and cell', () => {
    const score = cellScore(doc, page.expected);
    console.log(`[cells] ${seed}.docx: ${score.exact}/${score.total}`);
    expect(score.misses.slice(0, 10)).toEqual([]);
  });
  it('the same failing checks as the page', () => {
    expect(page.fails.length).toBeGreaterThan(0);
    expect(failsOf(doc)).toEqual(page.fails);
  });
});
