// Metamorphic checks for the narrative: the seeds' 情况说明 (tests/fixtures/narrative) rewritten
// in the wordings other regions use (tests/support/narrativeMetamorphic.ts) must give the same
// narrative findings — same rule, same status, same figures read — and the same number of
// statements checked. A wording the extractor does not know shows up here as a lost check.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../../tests/support/seedModels';
import {
  bareFlat, comparedWithIncreaseRate, comparedWithLastYear, downSynonyms, fullWidthFigures, namedPreviousYear, narrativeKeys,
  inProse, previousYearOf, proseToYuan, upSynonyms, shareAsProportion, shareAsWeight, shareOfToggle, spaceBeforeUnit, toggleThousands, withLastYearClause, yearOnYear,
  narrativeVerdicts, NARRATIVE_DIR, NARRATIVE_FILES, NARRATIVE_PAGES, pageHtml, pageVerdicts, type Transform,
} from '../../../tests/support/narrativeMetamorphic';
import { runChecks } from '../../checks/registry';
import { narrativeSelf } from '../../checks/narrativeSelf';
import type { DocModel } from '../../report/schema';
import { extractHtml } from '../html/index';
import { extractNarrative } from './index';

const TRANSFORMS: [string, Transform][] = [
  ['同比/较上年 → 比上年', comparedWithLastYear],
  ['→ 较上年…，增幅/降幅Y%', comparedWithIncreaseRate],
  ['比上年/较上年 → 同比', yearOnYear],
  ['→ 与上年相比，增加/减少', withLastYearClause],
  ['上年 → 比2023年', (t, f) => namedPreviousYear(t, previousYearOf(f))],
  ['下降 → 降低, 减少 → 下降', downSynonyms],
  ['增长 → 上升 (%), 增加 → 增长 (万元)', upSynonyms],
  ['与上年持平 → 持平', bareFlat],
  ['full-width digits and ％', fullWidthFigures],
  ['thousands separators toggled', toggleThousands],
  ['a space between number and unit', spaceBeforeUnit],
  ['占X% → 占比X%', shareAsProportion],
  ['占X% → 所占比重为X%', shareAsWeight],
  ['占…X% ↔ 占…的X%', shareOfToggle],
  // several habits of one region at once
  ['较上年…增幅, 所占比重为, full-width, spaced unit, separators toggled', (t) =>
    fullWidthFigures(spaceBeforeUnit(toggleThousands(shareAsWeight(comparedWithIncreaseRate(t)))))],
];

describe.each(NARRATIVE_FILES)('%s', (file) => {
  const seed = file.slice(0, 3);
  const text = readFileSync(`${NARRATIVE_DIR}/${file}`, 'utf8');
  const present = loadSeed(seed) != null;
  const base = present ? narrativeVerdicts(seed, text) : null;
  it.skipIf(!present).each(TRANSFORMS)('%s: same narrative findings, same statements checked', (_, transform) => {
    const rewritten = transform(text, file);
    const after = narrativeVerdicts(seed, rewritten);
    expect(after.keys).toEqual(base!.keys);
    expect(after.checked).toBe(base!.checked);
  });
});

/** A fake file name carrying the page's year, for the 上年 → 比<year-1>年 rewrite. */
const yearTag = (html: string, name: string) => `-${extractHtml(html, name).doc.year ?? 2024}-`;

describe.each(NARRATIVE_PAGES)('%s', (name) => {
  const html = pageHtml(name);
  const base = pageVerdicts(html, name);
  const tag = yearTag(html, name);
  it.each(TRANSFORMS)('%s (prose only): same narrative findings, same statements checked', (_, transform) => {
    const after = pageVerdicts(inProse(html, (t) => transform(t, tag)), name);
    expect(after.keys).toEqual(base.keys);
    expect(after.checked).toBe(base.checked);
  });
});

// 万元 → 元 in the text alone would set it against tables still in 万元: only the checks a narrative
// makes on itself (narrativeSelf) are compared. Printed in 元 an amount loses its 万元 rounding slack,
// so a former rounding may turn pass or fail; every other verdict must stay.
describe.each(NARRATIVE_FILES)('%s in 元', (file) => {
  const seed = file.slice(0, 3);
  const text = readFileSync(`${NARRATIVE_DIR}/${file}`, 'utf8');
  const self = (t: string) => {
    const doc: DocModel = { ...loadSeed(seed)!, unit: '元', tables: [], narrative: extractNarrative(t) };
    return narrativeKeys(doc, runChecks(doc, {}, [narrativeSelf]).findings);
  };
  it(`${seed}: 万元 → 元 in the narrative keeps every narrativeSelf verdict but a former rounding`, () => {
    const before = self(text);
    const after = self(proseToYuan(text));
    expect(before.length).toBeGreaterThan(3);
    const notRounding = (k: string) => !/^\S+ rounding /.test(k);
    const wasRounding = new Set(before.filter((k) => !notRounding(k)).map((k) => k.replace(/^(\S+) rounding /, '$1 ')));
    expect(after.filter(notRounding).filter((k) => !wasRounding.has(k.replace(/^(\S+) \S+ /, '$1 ')))).toEqual(before.filter(notRounding));
  });
});

describe('the narrative rewrites are not vacuous', () => {
  const texts = NARRATIVE_FILES.map((f) => [f, readFileSync(`${NARRATIVE_DIR}/${f}`, 'utf8')] as const);
  // 比上年/较上年 and a bare 占X% are printed by one seed each (001, 002): one is enough there
  it.each(TRANSFORMS)('%s rewrites at least one of the seeds (most: several)', (_, transform) => {
    expect(texts.filter(([f, t]) => transform(t, f) !== t).length).toBeGreaterThanOrEqual(1);
  });
  it('the prose rewrites reach the HTML pages’ narratives', () => {
    const rewritten = NARRATIVE_PAGES.filter((n) => {
      const html = pageHtml(n);
      const tag = yearTag(html, n);
      const same = inProse(html, (x) => x);
      return TRANSFORMS.filter(([, t]) => inProse(html, (x) => t(x, tag)) !== same).length >= 5;
    });
    expect(rewritten.length).toBeGreaterThanOrEqual(5);
  });
  it('rewrites are exact string edits', () => {
    expect(proseToYuan('同比减少3,090.19万元，单位资金84.20万元，共5万元')).toBe('同比减少30,901,900.00元，单位资金842000.00元，共5万元');
    expect(fullWidthFigures('同比下降23.06%，减少3,090.19万元')).toBe('同比下降２３．０６％，减少３，０９０．１９万元');
    expect(toggleThousands('收入10,312.28万元，单位资金84.20万元，合计1234.5万元')).toBe('收入10312.28万元，单位资金84.20万元，合计1,234.5万元');
    expect(comparedWithIncreaseRate('同比增加26.20万元,同比增长45.17%')).toBe('较上年增加26.20万元,增幅45.17%');
    expect(shareOfToggle('占支出总预算91.45%，占基本支出的87.61%')).toBe('占支出总预算的91.45%，占基本支出87.61%');
  });
});
