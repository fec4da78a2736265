// The narrative extractor over the whole narrative part of each seed in ../shared/seeds/
// (skipped in a clone without ../shared). Prints statements, figures and time per seed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../tests/shared';
import { Decimal } from '../../amount/index';
import { addIntervals, overlaps, roundingInterval } from '../../amount/interval';
import { extractNarrative } from './index';

const seedsDir = sharedPath('seeds');

/** The 情况说明 part of a seed: from the last "第二/三部分 …情况说明" heading to the next part. */
function narrativeOfSeed(text: string): string {
  const lines = text.split('\n');
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!/第[二三]部分/.test(lines[i]!)) continue;
    const next = lines.slice(i, i + 12).filter((l) => l.trim()).slice(0, 3).join(' ');
    if (/情况说明/.test(next)) start = i;
  }
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (/第[三四五]部分/.test(lines[i]!)) {
      end = i;
      break;
    }
  }
  return lines.slice(Math.max(0, start), end).join('\n');
}

const interval = (v: string) => roundingInterval(new Decimal(v), (v.split('.')[1] ?? '').length);

describe.skipIf(!seedsDir)('extractNarrative on the five seeds (../shared/seeds)', () => {
  const files = seedsDir ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
  const rows: string[] = [];

  for (const file of files) {
    it(`${file}: figures point at their text, lists add up (time logged)`, () => {
      const text = narrativeOfSeed(readFileSync(`${seedsDir}/${file}`, 'utf8'));
      expect(text.length).toBeGreaterThan(2000);
      const n = extractNarrative(text);
      // Time: best of several runs after a warm-up (the first run pays for JIT compilation).
      const times: number[] = [];
      for (let k = 0; k < 15; k++) {
        const t0 = performance.now();
        extractNarrative(text);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const best = times[0]!;
      const ms = times[Math.floor(times.length / 2)]!;
      // Measured and logged below, never asserted: a timer in a test fails for load, not for a defect.

      const byId = new Map(n.statements.map((s) => [s.id, s]));
      const own = (id: string) => byId.get(id)!.figures.find((f) => f.role === 'amount' || f.role === 'count')?.value;
      const failing: string[] = [];
      let lists = 0;
      for (const s of n.statements) {
        for (const f of s.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
        if (s.section?.includes('绩效')) expect(s.figures.every((f) => f.role === 'count')).toBe(true);
        if (!s.components?.length) continue;
        lists++;
        const parts = s.components.map(own);
        const total = own(s.id);
        if (!total || parts.some((p) => !p)) failing.push(`${s.subject}: missing amount`);
        else if (!overlaps(addIntervals(...parts.map((p) => interval(p!))), interval(total))) failing.push(`${s.subject} ${total}`);
      }
      expect(failing).toEqual(file.startsWith('004') ? ['人员经费 372.99'] : []);
      const figures = n.statements.reduce((a, s) => a + s.figures.length, 0);
      const withAmount = n.statements.filter((s) => s.figures.some((f) => f.role === 'amount')).length;
      expect(withAmount).toBeGreaterThan(40);
      rows.push(
        `${file.slice(0, 3)}: ${text.length} chars, ${n.statements.length} statements (${withAmount} with an amount), ${figures} figures, ${lists} lists, best ${best.toFixed(2)} ms, median ${ms.toFixed(2)} ms`,
      );
    });
  }

  it('report', () => {
    console.log(`[narrative] per seed:\n  ${rows.join('\n  ')}`);
    expect(rows).toHaveLength(files.length);
  });
});
