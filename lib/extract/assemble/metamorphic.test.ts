// Metamorphic checks: the seeds' pages and the regional documents rewritten as another region
// would print the same figures (tests/support/metamorphic.ts) must fail exactly what they failed
// before — same rule, same table role, same row. Printed in 元, a figure loses the slack of its
// 万元 rounding (±50 元 becomes ±0.005 元), so there a 尾差 may become a fail; nothing else may.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { failKeys, flattenHeaders, fullWidthAmounts, glueCodes, insertPageFurniture, renameTables, renumber, reorderSiblings, splitCodeColumns, splitTables, thousands, toYuan, unitInColumnHeaders, unitIntoHeader, wrapTitles, zeroAs } from '../../../tests/support/metamorphic';
import { checkDocument } from '../../checkDocument';
import type { Report } from '../../report/schema';
import { extractHtml } from '../html/index';

const DOCS: [string, string][] = [
  ...['000_c19d32f823b4b9a2', '001-sample', '002_6dac83234b86279a', '003_8bc4a22c64091804', '004_13042d54f6cda286'].map((n): [string, string] => [`html/${n}`, fixturePath('html', `${n}.html`)]),
  ...['shanghai-budget-yuan', 'jiangsu-budget-12', 'numbered-titles', 'sichuan-budget-yoy', 'henan-final-yuan', 'shandong-budget-annex', 'guangxi-subset'].map((n): [string, string] => [`regional/${n}`, fixturePath('regional', `${n}.html`)]),
];

const check = (html: string, name: string): Report => checkDocument(extractHtml(html, name).doc);
const recognised = (r: Report) => r.tables.map((t) => t.kind).filter((k) => k !== 'other').length;

const TRANSFORMS: [string, (html: string) => string][] = [
  ['tables renamed to their synonyms', renameTables],
  ['renumbered 表N → 附表1-N', (h) => renumber(h, 'annex')],
  ['renumbered 表N → 表一', (h) => renumber(h, 'chinese')],
  ['科目编码 split into 类|款|项 columns', splitCodeColumns],
  ['page furniture between tables', insertPageFurniture],
  ['long titles wrapped over two lines', wrapTitles],
  ['the unit line moved into the header\'s top-right cell', unitIntoHeader],
  ['科目编码 glued onto the names (2010101行政运行)', glueCodes],
  // second round: amount cells, units, table breaks, row order
  ['dashes printed — instead of -', zeroAs('—', ['dash'])],
  ['dashes printed - instead of —', zeroAs('-', ['dash'])],
  ['thousands separators removed', thousands('none')],
  ['thousands separators added', thousands('add')],
  ['amounts in full-width digits (１，２３４．５６)', fullWidthAmounts],
  ['the unit written into the amount column headers (金额（万元）)', unitInColumnHeaders],
  ['long tables broken in two <table>s, the header repeated', splitTables],
  ['项 rows reordered within their 款', reorderSiblings],
];

// A zero printed differently is not always the same statement: the engine reads a dash as "not
// applicable" and a blank in a budget table as "not stated" (lib/checks/cells.ts) — both leave
// the identity they sit in not checked. So printing 0.00 as a dash or a blank may only LOSE a
// fail (never gain one), and printing a dash or blank as 0.00 may only GAIN checks (every fail
// stays); both keep every recognised table. Dash ↔ dash (- ↔ —) is strict (in TRANSFORMS).
const ZERO_TO_NA: [string, (html: string) => string][] = [
  ['0.00 printed -', zeroAs('-', ['zero'])], // — reads as - (strict dash ↔ dash above)
  ['0.00 left blank', zeroAs('', ['zero'])],
];
// A header flattened to one row ("基本支出/人员经费" → "基本支出人员经费") loses the structure that
// says which columns add up to which: the engine does not guess it back from glued names, so
// sums it no longer sees are not checked — no fail may be gained, none need stay.
const FLATTENED: [string, (html: string) => string][] = [['two-level headers flattened into one row', flattenHeaders]];
const NA_TO_ZERO: [string, (html: string) => string][] = [
  ['dashes and blanks printed 0.00', zeroAs('0.00', ['dash', 'blank'])],
];

describe.each(DOCS)('%s', (name, path) => {
  const html = readFileSync(path, 'utf8');
  const base = check(html, name);
  const before = failKeys(base);
  it.each(TRANSFORMS)('%s: the same findings fail, the same tables are recognised', (_, transform) => {
    const after = check(transform(html), name);
    expect(failKeys(after)).toEqual(before);
    expect(recognised(after)).toBe(recognised(base));
  });
  it.each([...ZERO_TO_NA, ...FLATTENED])('%s: no fail is gained, the same tables are recognised', (_, transform) => {
    const after = check(transform(html), name);
    expect(failKeys(after).filter((k) => !before.includes(k))).toEqual([]);
    expect(recognised(after)).toBe(recognised(base));
  });
  it.each(NA_TO_ZERO)('%s: every fail stays, the same tables are recognised', (_, transform) => {
    const after = check(transform(html), name);
    expect(failKeys(after)).toEqual(expect.arrayContaining(before));
    expect(recognised(after)).toBe(recognised(base));
  });
  it('万元 → 元 with every amount ×10000: what failed still fails; only a former 尾差 may newly fail', () => {
    if (base.unit !== '万元') return; // a document already in 元 has nothing to convert
    const after = check(toYuan(html), name);
    const keys = failKeys(after);
    expect(keys).toEqual(expect.arrayContaining(before));
    const wasRounding = new Set(failKeys(base, ['rounding']));
    expect(keys.filter((k) => !before.includes(k) && !wasRounding.has(k))).toEqual([]);
    expect(after.tables.map((t) => t.unit === '元' || t.unit === null)).not.toContain(false);
  });
});

describe('the transformations are not vacuous', () => {
  const pages = DOCS.map(([, path]) => readFileSync(path, 'utf8'));
  it.each([...TRANSFORMS, ...ZERO_TO_NA, ...FLATTENED, ...NA_TO_ZERO, ['万元 → 元', toYuan] as [string, (h: string) => string]])('%s rewrites several of the documents', (_, transform) => {
    expect(pages.filter((h) => transform(h) !== h).length).toBeGreaterThanOrEqual(3);
  });
  it('split codes print 类|款|项 columns; 元 amounts are exact string shifts', () => {
    const sichuan = pages[DOCS.findIndex(([n]) => n === 'regional/sichuan-budget-yoy')]!;
    const seed001 = pages[DOCS.findIndex(([n]) => n === 'html/001-sample')]!;
    expect(splitCodeColumns(seed001)).toMatch(/<t[dh][^>]*>类<\/t[dh]><t[dh][^>]*>款<\/t[dh]><t[dh][^>]*>项<\/t[dh]>/);
    expect(toYuan(sichuan)).toContain('<td>10,800,000.00</td>');
  });
});
