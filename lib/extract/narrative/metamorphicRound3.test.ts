// Metamorphic round 3: habits of other regions the first rounds (metamorphic.test.ts) do not
// cover — the change printed before the figure, PDF line breaks inside figures, numbered items
// as （1） or 一是, 较上年同期 / 比上年决算, percentage points after shares — must give the same
// narrative findings and the same statements checked. Approximate figures ("约39万元") must
// never add a fail, and leave no more statements checked than before.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { loadSeed } from '../../../tests/support/seedModels';
import {
  approximateChanges, changeBeforeFigure, inProse, itemsAsOneIs, lastYearOfKind, narrativeKeys, parenArabicItems, samePeriodLastYear, sharePoints, wrapInsideFigures,
  narrativeVerdicts,
} from '../../../tests/support/narrativeMetamorphic';
import { checkDocument } from '../../checkDocument';
import { extractHtml } from '../html/index';

const dir = fixturePath('narrative');
const FILES = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

type Transform = (text: string, file: string) => string;
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

const verdicts = narrativeVerdicts;

/** Fails by rule and the figures' subjects and roles (an approximate figure reads as null). */
const fails = (keys: string[]) => keys.filter((k) => / fail /.test(k)).map((k) => k.replace(/=\S*/g, ''));

describe.each(FILES)('%s', (file) => {
  const seed = file.slice(0, 3);
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const present = loadSeed(seed) != null;
  const base = present ? verdicts(seed, text) : null;
  it.skipIf(!present).each(TRANSFORMS)('%s: same narrative findings, same statements checked', (_, transform) => {
    const after = verdicts(seed, transform(text, file));
    expect(after.keys).toEqual(base!.keys);
    expect(after.checked).toBe(base!.checked);
  });
  it.skipIf(!present)('approximate changes (约39万元): no new fail, no more statements checked', () => {
    const after = verdicts(seed, approximateChanges(text));
    expect(fails(after.keys).filter((k) => !fails(base!.keys).includes(k))).toEqual([]);
    expect(after.checked).toBeLessThanOrEqual(base!.checked);
  });
});

const PAGES: string[] = [
  ...['001-sample', '001_285cefce529bcf8b', '002_6dac83234b86279a', '003_8bc4a22c64091804', '004_13042d54f6cda286'].map((n) => `html/${n}`),
  ...['sichuan-budget-yoy', 'henan-final-yuan', 'shandong-budget-annex', 'shanghai-budget-yuan'].map((n) => `regional/${n}`),
];
const pageHtml = (name: string) => {
  const [dirName, file] = name.split('/') as [string, string];
  return readFileSync(fixturePath(dirName, `${file}.html`), 'utf8');
};
function pageVerdicts(html: string, name: string): { keys: string[]; checked: number } {
  const r = checkDocument(extractHtml(html, name).doc);
  return { keys: narrativeKeys(r, r.findings), checked: r.coverage?.checkedStatements ?? 0 };
}

// A page's text flattens a line break to a space: "0.\n7%" becomes "0. 7%", which reads as PDF
// damage (a digit may be lost after "0. "), so a one-decimal percentage wrapped there is left
// unread. On pages the wrapping rewrites must add no fail and check no more; the others, as above.
const WRAPPING = new Set(['line breaks inside figures (23.⏎06%, 万⏎元)', 'several at once']);

describe.each(PAGES)('%s', (name) => {
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
  const texts = FILES.map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')] as const);
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
