// End to end in Node: the fixture pages of seed 001 (2025) and of the synthetic 2024 document go
// through the project's own HTML extraction, narrative parser and checks, are saved as
// snapshots, and compared — the same path the extension takes, without the browser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/shared';
import { checkDocument } from '../checkDocument';
import { extractHtmlDom, parseHtmlNode } from '../extract/html/index';
import { extractNarrative } from '../extract/narrative/index';
import { snapshotFromReport } from '../library/fromReport';
import { compareSnapshots } from './compareSnapshots';
import { yearOverYear } from './yearOverYear';

function snapshotOfPage(path: string, url: string) {
  const { doc } = extractHtmlDom(parseHtmlNode(readFileSync(path, 'utf8')), url, { narrative: extractNarrative });
  return snapshotFromReport(checkDocument(doc), { url });
}

describe('fixture pages → snapshots → comparisons', () => {
  const s2025 = snapshotOfPage(fixturePath('html', '001_285cefce529bcf8b.html'), 'http://czj.example.gov.cn/html/001_285cefce529bcf8b.html');
  const s2024 = snapshotOfPage(fixturePath('library', 'synthetic-2024-budget.html'), 'http://czj.example.gov.cn/library/synthetic-2024-budget.html');

  it('the 2025 page yields its key figures and its 同比 claims', () => {
    const f = Object.fromEntries(s2025.figures.map((x) => [x.key, x.value]));
    expect(f).toMatchObject({ total: '30688.06', 'threePublic.total': '6.68', operations: '336.91', projects: '33' });
    expect(s2025.claims.map((c) => c.key)).toEqual(expect.arrayContaining(['total', 'threePublic.total', 'procurement.total', 'operations']));
    // The page's own checks: the 政府采购 misprints of DOMAIN.md are there, nothing is lost on the way.
    expect(s2025.summary.fail).toBeGreaterThan(0);
  });

  it('the synthetic 2024 page checks clean (it is internally consistent by construction)', () => {
    expect(s2024.summary.fail).toBe(0);
    expect(s2024.year).toBe(2024);
  });

  it('year over year: only the planted 三公 disagreement fails, every other claim holds', () => {
    const yoy = yearOverYear(s2024, s2025);
    const fails = yoy.findings.filter((x) => x.status === 'fail');
    expect(new Set(fails.map((x) => x.message.split('：')[0]))).toEqual(new Set(['“三公”经费', '公务接待费']));
    expect(yoy.findings.filter((x) => x.status !== 'fail').length).toBeGreaterThan(20);
    expect(yoy.unmatchedClaims).toBe(0);
  });

  it('compares with the 003 page side by side', () => {
    const s003 = snapshotOfPage(fixturePath('html', '003_8bc4a22c64091804.html'), 'http://czj.example.gov.cn/html/003_8bc4a22c64091804.html');
    const c = compareSnapshots([s2025, s003]);
    expect(c.rows.find((r) => r.key === 'operations')!.cells.map((x) => x.display)).toEqual(['336.91', '292.90']);
  });
});
