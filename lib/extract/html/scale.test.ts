// A 10,000-row table must be read in time linear in its size. Timings are measured and printed
// (1,000 vs 10,000 rows, best of 7), not asserted: machines and their load differ; the row/cell
// counts and sums are asserted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bigTablePage } from '../../../scripts/fixtures/hostilePages';
import { fixturePath } from '../../../tests/shared';
import type { RawGrid } from '../raw';
import { extractHtmlRaw } from './extractHtmlRaw';
import { parseHtmlNode } from './parseHtmlNode';

function timeExtract(html: string): { ms: number; parseMs: number; grid: RawGrid } {
  const p0 = performance.now();
  const doc = parseHtmlNode(html);
  const parseMs = performance.now() - p0;
  let best = Infinity;
  let grid: RawGrid | undefined;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const raw = extractHtmlRaw(doc, 'big');
    best = Math.min(best, performance.now() - t0);
    grid = raw.blocks.find((b): b is RawGrid<Node> => b.type === 'grid');
  }
  return { ms: best, parseMs, grid: grid! };
}

describe('linear in size', () => {
  it('reads the committed 10,000-row fixture whole', () => {
    const { grid } = timeExtract(readFileSync(fixturePath('hostile', 'rows-10000.html'), 'utf8'));
    expect(grid.rows.length).toBe(2 + 1 + 10_000);
    expect(grid.rows.every((r) => r.length === 5)).toBe(true);
    expect(grid.rows[2]![1]!.text).toBe('合计');
    expect(grid.rows[10_002]!.slice(0, 2).map((c) => c.text)).toEqual(['2019999', '项目10000']);
    // Nothing lost or shifted: each amount column's 合计 equals the sum of its 10,000 cells.
    const cents = (s: string): bigint => BigInt(s.replace(/[,.]/g, ''));
    for (const col of [2, 3, 4]) {
      let sum = 0n;
      for (let r = 3; r < grid.rows.length; r++) sum += cents(grid.rows[r]![col]!.text);
      expect(sum).toBe(cents(grid.rows[2]![col]!.text));
    }
  });
  it('1,000 vs 10,000 rows: reports the time ratio', () => {
    warm();
    const small = timeExtract(bigTablePage(1_000));
    const large = timeExtract(bigTablePage(10_000));
    const ratio = large.ms / small.ms;
    console.log(
      `[scale] extractHtmlRaw 1,000 rows ${small.ms.toFixed(1)} ms, 10,000 rows ${large.ms.toFixed(1)} ms, ratio ${ratio.toFixed(1)} (linear ≈ 10); ` +
        `linkedom parse ${small.parseMs.toFixed(0)} / ${large.parseMs.toFixed(0)} ms, ratio ${(large.parseMs / small.parseMs).toFixed(1)}`,
    );
    expect(large.grid.rows.length).toBe(10 * (small.grid.rows.length - 3) + 3);
  });
});

function warm(): void {
  timeExtract(bigTablePage(200));
}
