// Metamorphic round 3: habits of other regions the first rounds (metamorphic.test.ts) do not
// cover — the change printed before the figure, PDF line breaks inside figures, numbered items
// as （1） or 一是, 较上年同期 / 比上年决算, percentage points after shares — must give the same
// narrative findings and the same statements checked. Approximate figures ("约39万元") must
// never add a fail, and leave no more statements checked than before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../../tests/support/seedModels';
import {
  approximateChanges, changeBeforeFigure, inProse, itemsAsOneIs, lastYearOfKind, parenArabicItems, samePeriodLastYear, sharePoints, wrapInsideFigures,
  narrativeVerdicts, NARRATIVE_DIR, NARRATIVE_FILES, NARRATIVE_PAGES, pageHtml, pageVerdicts, type Transform,
} from '../../../tests/support/narrativeMetamorphic';

const TRANSFORMS: [string, Transform][] = [
  ['line breaks inside figures (23.⏎06%, 万⏎元)', wrapInsideFigures],
  ['change before the figure, the figure in the next sentence', changeBeforeFigure],
  ['1. → （1）', parenArabicItems],
  ['1. → 一是', itemsAsOneIs],
  ['→ 较上年同期', samePeriodLastYear],
  ['→ 比上年决算 / 比上年预算数', lastYearOfKind],
  ['占X% → 占X%，比上年提高0.50个百分点', sharePoints],
  ['several at once', (t, f) => sharePoints(wrapInsideFigures(parenArabicItems(samePeriodLastYear(changeBeforeFigure(t)))))],
];

/** Fails by rule and the figures' subjects and roles (an approximate figure reads as null). */
const fails = (keys: string[]) => keys.filter((k) => / fail /.test(k)).map((k) => k.replace(/=\S*/g, ''));

describe.each(NARRATIVE_FILES)('%s', (file) => {
  const seed = file.slice(0, 3);
  const text = readFileSync(`${NARRATIVE_DIR}/${file}`, 'utf8');
  const present = loadSeed(seed) != null;
  const base = present ? narrativeVerdicts(seed, text) : null;
  it.skipIf(!present).each(TRANSFORMS)('%s: same narrative findings, same statements checked', (_, transform) => {
    const after = narrativeVerdicts(seed, transform(text, file));
    expect(after.keys).toEqual(base!.keys);
    expect(after.checked).toBe(base!.checked);
  });
  it.skipIf(!present)('approximate changes (约39万元): no new fail, no more statements checked', () => {
    const after = narrativeVerdicts(seed, approximateChanges(text));
    expect(fails(after.keys).filter((k) => !fails(base!.keys).includes(k))).toEqual([]);
    expect(after.checked).toBeLessThanOrEqual(base!.checked);
  });
});


// A page's text flattens a line break to a space: "0.\n7%" becomes "0. 7%", which reads as PDF
// damage (a digit may be lost after "0. "), so a one-decimal percentage wrapped there is left
// unread. On pages the wrapping rewrites must add no fail and check no more; the others, as above.
const WRAPPING = new Set(['line breaks inside figures (23.⏎06%, 万⏎元)', 'several at once']);

describe.each(NARRATIVE_PAGES)('%s', (name) => {
  const html = pageHtml(name);
  const base = pageVerdicts(html, name);
  const kind = /final/.test(name) ? '-final-' : '-budget-';
  it.each(TRANSFORMS.filter(([n]) => !WRAPPING.has(n)))('%s (prose only): same narrative findings, same statements checked', (_, transform) => {
    const after = pageVerdicts(inProse(html, (t) => transform(t, kind)), name);
    expect(after.keys).toEqual(base.keys);
    expect(after.checked).toBe(base.checked);
  });
  it.each([...TRANSFORMS.filter(([n]) => WRAPPING.has(n)), ['approximate changes', approximateChanges] as [string, Transform]])(
    '%s (prose only): no new fail, no more statements checked',
    (_, transform) => {
      const after = pageVerdicts(inProse(html, (t) => transform(t, kind)), name);
      expect(fails(after.keys).filter((k) => !fails(base.keys).includes(k))).toEqual([]);
      expect(after.checked).toBeLessThanOrEqual(base.checked);
    },
  );
});

describe('the round-3 rewrites are not vacuous', () => {
  const texts = NARRATIVE_FILES.map((f) => [f, readFileSync(`${NARRATIVE_DIR}/${f}`, 'utf8')] as const);
  it.each([...TRANSFORMS, ['approximate changes', approximateChanges] as [string, Transform]])('%s rewrites at least two seeds', (_, transform) => {
    expect(texts.filter(([f, t]) => transform(t, f) !== t).length).toBeGreaterThanOrEqual(2);
  });
  it('rewrites are exact string edits', () => {
    expect(wrapInsideFigures('同比下降23.06%，减少3,090.19万元')).toBe('同比下降23.\n06%，减少3,090.19万\n元');
    expect(changeBeforeFigure('收入。(二)单位资金84.20万元,同比增加26.20万元,同比增长45.17%。')).toBe('收入。(二)单位资金84.20万元,同比增加26.20万元,同比增长45.17%。'); // a list item: kept
    expect(changeBeforeFigure('。公务接待费2024年预算4.56万元,同比减少1.35万元,同比下降22.84%。')).toBe('。公务接待费2024年预算同比减少1.35万元,同比下降22.84%。公务接待费2024年预算为4.56万元。');
    expect(parenArabicItems('- 1. 科学技术支出9,430.73万元\n2、卫生')).toBe('- （1）科学技术支出9,430.73万元\n（2）卫生');
    expect(itemsAsOneIs('- 1. 科学技术支出\n2、卫生')).toBe('- 一是科学技术支出\n二是卫生');
    expect(sharePoints('占支出总预算24.71%, 同比减少')).toBe('占支出总预算24.71%，比上年提高0.50个百分点, 同比减少');
    expect(approximateChanges('同比减少3,090.19万元')).toBe('同比减少约3,090万元');
  });
});
