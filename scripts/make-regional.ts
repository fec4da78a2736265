// Writes tests/fixtures/regional/: synthetic disclosures in other regions' layouts
// (scripts/fixtures/regionalDocs.ts). Also run by `npm run fixtures`; needs nothing but Node.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fixturePath } from '../tests/shared';
import { jiangsuBudget, numberedTitles, shanghaiBudget } from './fixtures/regionalDocs';
import { guangxiSubset, henanFinal, sichuanBudget, shandongBudget } from './fixtures/regionalTemplates';

export function writeRegionalFixtures(): string[] {
  const dir = fixturePath('regional');
  mkdirSync(dir, { recursive: true });
  const docs = { 'shanghai-budget-yuan.html': shanghaiBudget(), 'jiangsu-budget-12.html': jiangsuBudget(), 'numbered-titles.html': numberedTitles(),
    'sichuan-budget-yoy.html': sichuanBudget(), 'henan-final-yuan.html': henanFinal(), 'shandong-budget-annex.html': shandongBudget(), 'guangxi-subset.html': guangxiSubset() };
  const out: string[] = [];
  const planted: Record<string, string> = {};
  for (const [name, d] of Object.entries(docs)) {
    writeFileSync(fixturePath('regional', name), d.html);
    planted[name] = d.planted;
    out.push(fixturePath('regional', name));
  }
  writeFileSync(fixturePath('regional', 'PLANTED.json'), JSON.stringify(planted, null, 2) + '\n');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const f of writeRegionalFixtures()) console.log(`wrote ${f}`);
