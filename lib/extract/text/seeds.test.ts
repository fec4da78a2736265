// The five seeds' text form against their expected tables (tests/fixtures/expected), cell by
// cell. Tables with damage the text cannot carry (documented in tests/fixtures/corrections)
// are scored apart. Skips when ../shared is absent.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText } from '../index';
import { applyCorrections, scoreCells, toExpected, type Corrections, type ExpectedDoc } from '../assemble/expected';
import { existsSync } from 'node:fs';
import { fixturePath, sharedPath } from '../../../tests/shared';

const seeds = sharedPath('seeds');
// Tables whose text form lost what the expected table shows (see the corrections files).
const DAMAGED: Record<string, string[]> = {
  '000_c19d32f823b4b9a2': ['t1.income', 't1.expense', 't8', 't9'],
  '001_285cefce529bcf8b': ['t12'],
};

describe.skipIf(!seeds)('seed text form vs expected tables', () => {
  for (const name of ['000_c19d32f823b4b9a2', '001_285cefce529bcf8b', '002_6dac83234b86279a', '003_8bc4a22c64091804', '004_13042d54f6cda286']) {
    it(name, () => {
      const text = readFileSync(resolve(seeds!, `${name}.txt`), 'utf8');
      const expected = JSON.parse(readFileSync(fixturePath('expected', `${name}.json`), 'utf8')) as ExpectedDoc;
      const { doc } = extractText(text, name);
      const skip = new Set(DAMAGED[name] ?? []);
      // same tables, same kinds (004 t2 lost its title in the text: its kind is a correction)
      const kinds = new Map(doc.tables.map((t) => [t.id, t.kind]));
      for (const t of expected.tables) {
        if (skip.has(t.id)) continue;
        expect(kinds.has(t.id), t.id).toBe(true);
        if (!(name.startsWith('004') && t.id === 't2')) expect(kinds.get(t.id), t.id).toBe(t.kind);
      }
      const score = scoreCells(toExpected(doc), expected, skip);
      const all = scoreCells(toExpected(doc), expected);
      console.log(`${name}: ${score.exact}/${score.total} cells outside documented damage; ${all.exact}/${all.total} in all`);
      if (score.total > 0) expect(score.exact / score.total).toBeGreaterThanOrEqual(0.995);
      expect({ kind: doc.kind, department: doc.department, year: doc.year }).toEqual({ kind: expected.kind, department: expected.department, year: expected.year });
    });
  }

  it('the committed expected tables are the text form plus the committed corrections (scripts/make-expected.ts)', () => {
    for (const name of ['000_c19d32f823b4b9a2', '001_285cefce529bcf8b', '002_6dac83234b86279a', '003_8bc4a22c64091804', '004_13042d54f6cda286']) {
      const { doc } = extractText(readFileSync(resolve(seeds!, `${name}.txt`), 'utf8'), `${name}.txt`);
      const corr = fixturePath('corrections', `${name}.json`);
      const made = existsSync(corr) ? applyCorrections(toExpected(doc), JSON.parse(readFileSync(corr, 'utf8')) as Corrections) : toExpected(doc);
      const committed = JSON.parse(readFileSync(fixturePath('expected', `${name}.json`), 'utf8')) as ExpectedDoc;
      expect(JSON.parse(JSON.stringify(made)), name).toEqual(committed);
    }
  });
});
