// End to end in Node: the fixture pages of seed 001 (2025) and of the synthetic 2024 document go
// through the project's own HTML extraction, narrative parser and checks, are saved as
// snapshots, and compared — the same path the extension takes, without the browser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/shared';
import { checkDocument } from '../checkDocument';
import { extractHtmlDom } from '../extract/html/index';
import { parseHtmlNode } from '../extract/html/parseHtmlNode';
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
    // The page's own checks: the 政府采购 misprints of docs/domain.md are there, nothing is lost on the way.
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

describe('同比 claims of final accounts (fixture pages of seeds 004 and 002)', () => {
  const s004 = snapshotOfPage(fixturePath('html', '004_13042d54f6cda286.html'), 'http://czj.example.gov.cn/html/004.html');
  const s002 = snapshotOfPage(fixturePath('html', '002_6dac83234b86279a.html'), 'http://czj.example.gov.cn/html/002.html');

  it('"年初预算323.84万元" is the same year\'s budget, never taken as last year\'s figure', () => {
    expect(s004.claims.filter((c) => c.previous)).toEqual([]);
    // "较上年决算减少95.46万元，下降21.14%" is.
    expect(s004.claims.find((c) => c.key === 'class:科学技术支出')).toMatchObject({ delta: { value: '95.46' }, pct: { value: '21.14' }, direction: 'down' });
    // "一般公共服务支出年初预算0万元，支出决算1.20万元" says nothing about last year.
    expect(s004.claims.some((c) => c.key === 'class:一般公共服务支出')).toBe(false);
    // "与上年“三公”经费财政拨款支出决算相同": flat against last year.
    expect(s004.claims.find((c) => c.key === 'threePublic.abroad')).toMatchObject({ flat: true });
  });

  it('财政拨款收支总计 is not 收支总计 (narrower scope): only the document-wide total is a total claim', () => {
    const totals = s002.claims.filter((c) => c.key === 'total');
    expect(totals).toHaveLength(1);
    expect(totals[0]!.sentence).toContain('2023年度收、支总计1,452.61万元');
    // 三公 "决算数与预算数持平，与上年相比增加1.07万元": a change, not flat.
    expect(s002.claims.find((c) => c.key === 'threePublic.total')).toMatchObject({ flat: false, delta: { value: '1.07' } });
  });
});
