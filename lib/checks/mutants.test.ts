// The mutation test as a regression guard: a fixed sample of one-number changes in the five seeds'
// models (tables and narrative) must be caught by a new fail that refs the changed number, for at
// least 95% of the numbers some check reads. The full run is `npm run mutants`.
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { baselineOf, caughtShare, judge, mutantsOf, mutateNumber, MUTATION_OPS, narrativeSites, prng, sampleEvenly, stratum, tableSites, tally, type Baseline, type Site } from '../../tests/support/mutants';
import { loadSeed, loadSeedWithNarrative } from '../../tests/support/seedModels';

describe('mutateNumber', () => {
  it('keeps the printed form and always moves by more than one unit of the last place', () => {
    const rand = prng(7);
    for (const text of ['10,312.28', '0.00', '547.82', '23.06', '1', '0', '4.2', '30,688.06', '9.98']) {
      const dot = text.indexOf('.');
      const decimals = dot < 0 ? 0 : text.length - dot - 1;
      for (const op of MUTATION_OPS) {
        const m = mutateNumber(text, op, rand)!;
        expect(m).toMatch(decimals ? new RegExp(`\\.\\d{${decimals}}$`) : /^\d[\d,]*$/);
        expect(m.includes(',')).toBe(text.includes(','));
        const shift = new Decimal(m.replace(/,/g, '')).minus(text.replace(/,/g, '')).abs();
        expect(shift.gt(new Decimal(10).pow(-decimals)), `${text} ${op} → ${m}`).toBe(true);
      }
    }
    expect(mutateNumber('10,312.28', 'plus1')).toBe('10,313.28');
    expect(mutateNumber('0.20', 'minus037')).toBe('0.57');
    expect(mutateNumber('2024年', 'plus1')).toBeNull();
  });
});

const SEEDS = ['000', '001', '002', '003', '004'];

describe('mutation sample over the seeds', () => {
  const bases = new Map<string, Baseline>();
  for (const s of SEEDS) {
    const doc = loadSeedWithNarrative(s) ?? loadSeed(s);
    if (doc) bases.set(s, baselineOf(doc));
  }
  it.skipIf(bases.size < SEEDS.length)('60 fixed mutants: ≥ 95% of the catchable ones are caught, by a fail that refs the changed number', () => {
    const rand = prng(20261122);
    const table: Site[] = [];
    const narrative: Site[] = [];
    for (const [s, b] of bases) {
      table.push(...tableSites(s, b.doc));
      narrative.push(...narrativeSites(s, b.doc));
    }
    const sites = [...sampleEvenly(table, stratum, 40, rand), ...sampleEvenly(narrative, stratum, 20, rand)];
    const judged = mutantsOf(sites, rand).map((m) => judge(bases.get(m.seed)!, m));
    const t = tally(judged);
    expect(t.total).toBeGreaterThanOrEqual(58);
    // Both kinds of number are in the sample, and most of it is read by some check.
    expect(judged.some((j) => j.mutant.where === 'narrative' && j.outcome === 'caught')).toBe(true);
    expect(t.caught + t.missed).toBeGreaterThan(t.total * 0.8);
    const missed = judged.filter((j) => j.outcome === 'missed').map((j) => `${j.mutant.seed} ${stratum(j.mutant)} ${j.mutant.text} → ${j.mutant.mutated}`);
    expect(caughtShare(t), `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(95);
  }, 30_000);

  it.skipIf(!bases.has('000'))('a cell no check reads is uncatchable, not missed; a caught mutant names the rule that caught it', () => {
    const b = bases.get('000')!;
    const t3 = b.doc.tables.find((t) => t.kind === 'budget.expense')!;
    const site = tableSites('000', b.doc).find((s) => s.where === 'table' && s.table === t3.id && s.level === 'unit')!;
    const caught = judge(b, { ...site, op: 'plus1', mutated: mutateNumber(site.text, 'plus1')! });
    expect(caught.outcome).toBe('caught');
    expect(caught.caughtBy).toContain('columnSums');
    // 表12's 年度绩效目标 column holds text: made into a number, it is read by no identity.
    const t12 = b.doc.tables.find((t) => t.kind === 'budget.performance')!;
    const col = t12.columns.findIndex((c) => /年度绩效目标/.test(c));
    const lone: Site = { where: 'table', seed: '000', table: t12.id, tableKind: t12.kind, level: 'unit', row: 1, col, column: t12.columns[col]!, rowName: '', text: '12.00' };
    expect(judge(b, { ...lone, op: 'plus1', mutated: '13.00' }).outcome).toBe('uncatchable');
  });
});
