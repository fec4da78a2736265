// Every generated fixture page (scripts/make-fixtures.ts) read back through extractHtml must
// give the seed's expected tables cell for cell. The pages are committed, so this runs without
// ../shared. A failure after tests/fixtures/expected/*.json changed may mean the pages are stale:
// rerun `npx tsx scripts/make-fixtures.ts`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { type ExpectedDoc, scoreCells, toExpected } from '../assemble/expected';
import { extractHtml } from './index';

const expectedDir = fixturePath('expected');
const seeds = existsSync(expectedDir)
  ? readdirSync(expectedDir)
      .filter((f) => /^\d{3}_[0-9a-f]+\.json$/.test(f) && existsSync(fixturePath('html', f.replace(/\.json$/, '.html'))))
      .map((f) => f.replace(/\.json$/, ''))
  : [];

function compare(page: string, expected: ExpectedDoc, label: string) {
  const { doc } = extractHtml(readFileSync(page, 'utf8'), label);
  const actual = toExpected(doc);
  const score = scoreCells(actual, expected);
  const pct = score.total ? ((100 * score.exact) / score.total).toFixed(2) : 'n/a';
  console.log(`[cells] ${label}: ${score.exact}/${score.total} exact (${pct}%)`);
  return { actual, score };
}

const shape = (d: ExpectedDoc) =>
  d.tables.map((t) => ({ id: t.id, title: t.title, kind: t.kind, group: t.group, part: t.part, columns: t.columns, rows: t.rows.length }));

describe('hand-made sample page (seed 001: 表1, 表2, start of 表10)', () => {
  const expected = JSON.parse(readFileSync(fixturePath('html', '001-sample.expected.json'), 'utf8')) as ExpectedDoc;
  const { actual, score } = compare(fixturePath('html', '001-sample.html'), expected, '001-sample');
  it('same tables, columns and row counts', () => {
    expect(shape(actual)).toEqual(shape(expected));
  });
  it('every code, label and cell', () => {
    expect(score.misses).toEqual([]);
    expect(score.total).toBeGreaterThan(300);
  });
});

describe.each(seeds)('fixture page %s', (seed) => {
  const expected = JSON.parse(readFileSync(fixturePath('expected', `${seed}.json`), 'utf8')) as ExpectedDoc;
  const { actual, score } = compare(fixturePath('html', `${seed}.html`), expected, seed);
  it('document kind, department and year', () => {
    expect({ kind: actual.kind, department: actual.department, year: actual.year }).toEqual({
      kind: expected.kind,
      department: expected.department,
      year: expected.year,
    });
  });
  it('same tables (id, title, kind, parts), columns and row counts', () => {
    expect(shape(actual)).toEqual(shape(expected));
  });
  it('every code, label and cell', () => {
    expect(score.misses.slice(0, 20)).toEqual([]);
  });
});
