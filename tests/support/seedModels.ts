// Test helper: the seeds' ground-truth models (tests/fixtures/expected), fresh per call so a test
// may mutate one into a failing document. Node-only; never imported by the engine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { DocModel, Table } from '../../lib/report/schema';
import { fixturePath } from '../shared';
import { extractNarrative } from '../../lib/extract/narrative/index';

export function loadSeed(seed: string): DocModel | null {
  const dir = fixturePath('expected');
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(seed)) : undefined;
  if (!file) {
    console.warn(`[skip] tests/fixtures/expected/${seed}_*.json is absent`);
    return null;
  }
  return { source: file, format: 'text', ...JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) };
}

/** The seed's model with its narrative, read by the narrative extractor from the committed
 * 情况说明 text (tests/fixtures/narrative/<seed>-*.txt). */
export function loadSeedWithNarrative(seed: string): DocModel | null {
  const doc = loadSeed(seed);
  const dir = fixturePath('narrative');
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(seed)) : undefined;
  if (!doc || !file) return null;
  return { ...doc, narrative: extractNarrative(readFileSync(`${dir}/${file}`, 'utf8')) };
}

export function tableOf(doc: DocModel, kind: string, part?: string): Table {
  const t = doc.tables.find((x) => x.kind === kind && (part === undefined || x.part === part));
  if (!t) throw new Error(`no ${kind} ${part ?? ''} table`);
  return t;
}

/** Sets one cell (found by row label or code and column header) to a new printed value. */
export function setCell(t: Table, row: string, col: RegExp, value: string | null): void {
  const r = t.rows.find((x) => x.code === row || x.label.replace(/\s+/g, '') === row);
  const c = t.columns.findIndex((x) => col.test(x));
  if (!r || c < 0) throw new Error(`no cell ${row} / ${col}`);
  r.cells[c] = value;
}
