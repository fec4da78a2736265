// Writes tests/fixtures/expected/<seed>.json: every table of a seed as a person reads it.
// = the text extractor's output on ../shared/seeds/<seed>.txt + the seed's committed
// corrections (tests/fixtures/corrections/<seed>.json) for damage the text cannot carry.
// Usage: npx tsx scripts/make-expected.ts [seedname …]   (default: all seeds)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText } from '../lib/extract';
import { applyCorrections, toExpected, type Corrections } from '../lib/extract/assemble/expected';
import { fixturePath, sharedPath } from '../tests/shared';

const seedsDir = sharedPath('seeds');
if (!seedsDir) process.exit(0);
const names = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));

for (const name of names) {
  const text = readFileSync(resolve(seedsDir, `${name}.txt`), 'utf8');
  const { doc } = extractText(text, `${name}.txt`);
  let expected = toExpected(doc);
  const corrPath = fixturePath('corrections', `${name}.json`);
  if (existsSync(corrPath)) expected = applyCorrections(expected, JSON.parse(readFileSync(corrPath, 'utf8')) as Corrections);
  writeFileSync(fixturePath('expected', `${name}.json`), JSON.stringify(expected, null, 1) + '\n');
  const cells = expected.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.cells.length, 0), 0);
  console.log(`${name}: ${expected.tables.length} tables, ${cells} cells`);
}
