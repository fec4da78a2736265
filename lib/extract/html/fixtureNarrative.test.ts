// The fixture pages carry the seeds' narrative word for word: every paragraph and heading of the
// seed (table rows and table context aside) comes back from extractHtmlRaw as one text block, in
// order. Reads the seeds from ../shared; skipped without them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedTables, readExpected } from '../../../scripts/fixtures/expectedDoc';
import { seedLayout } from '../../../scripts/fixtures/seedLayout';
import { fixturePath, sharedPath } from '../../../tests/shared';
import type { RawText } from '../raw';
import { extractHtmlRaw } from './extractHtmlRaw';
import { parseHtmlNode } from './parseHtmlNode';

const seeds = sharedPath('seeds');
const names = ['000_c19d32f823b4b9a2', '001_285cefce529bcf8b', '002_6dac83234b86279a', '003_8bc4a22c64091804', '004_13042d54f6cda286'].filter(
  (n) => existsSync(fixturePath('html', `${n}.html`)) && existsSync(fixturePath('expected', `${n}.json`)),
);

describe.skipIf(!seeds)('fixture page narrative vs the seed text', () => {
  it.each(names)('%s: every seed paragraph, in order', (name) => {
    const seed = readFileSync(join(seeds!, `${name}.txt`), 'utf8');
    const items = seedLayout(seed, printedTables(readExpected(fixturePath('expected', `${name}.json`))));
    const want = items.flatMap((i) => (i.kind === 'table' ? [] : [i.text.replace(/[ \t\u00a0]+/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')])).filter((t) => t);
    const raw = extractHtmlRaw(parseHtmlNode(readFileSync(fixturePath('html', `${name}.html`), 'utf8')), name);
    const got = raw.blocks.filter((b): b is RawText<Node> => b.type === 'text').map((b) => b.text);
    // In order: each wanted paragraph is found after the previous one.
    let at = 0;
    const missing: string[] = [];
    for (const w of want) {
      const i = got.indexOf(w, at);
      if (i < 0) missing.push(w);
      else at = i + 1;
    }
    console.log(`[narrative] ${name}: ${want.length - missing.length}/${want.length} seed paragraphs found in order`);
    expect(missing).toEqual([]);
  });
});
