// The fuzz run of CI (scripts/fuzz.ts): a fixed seed and a fixed number of damaged inputs, about
// a minute. Every input ends in a report or a clear error kind; none crashes or hangs.
import { describe, expect, it } from 'vitest';
import { fuzz, fuzzCases } from './fuzz';

const CLEAR = new Set(['report', 'unreadable', 'not-pdf', 'encrypted', 'truncated', 'no-text-layer', 'not-disclosure', 'too-complex', 'unsupported']);

describe('fuzz: damaged fixtures and junk', () => {
  it('the inputs are the same every run (fixed seed)', () => {
    const a = fuzzCases(14, 6).map((c) => `${c.name} ${c.bytes.length}`);
    expect(fuzzCases(14, 6).map((c) => `${c.name} ${c.bytes.length}`)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });

  it('every input ends in a report or a clear error kind', { timeout: 600_000 }, async () => {
    const outcomes = await fuzz(14, 24);
    const crashes = outcomes.filter((o) => !CLEAR.has(o.outcome));
    expect(crashes).toEqual([]);
    expect(outcomes).toHaveLength(9 + 24);
    // The run exercises both ends: damaged files still read, and refused ones with their reason.
    const kinds = new Set(outcomes.map((o) => o.outcome));
    for (const k of ['report', 'truncated', 'not-pdf', 'too-complex']) expect(kinds).toContain(k);
    expect(outcomes.filter((o) => o.name === 'nested-q.pdf' || o.name === 'segments.pdf').map((o) => o.outcome)).toEqual(['too-complex', 'too-complex']);
  });
});
