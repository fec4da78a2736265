import { describe, expect, it } from 'vitest';
import { expectedReport, SEED_001, SEED_003, synthetic2024Report } from '../../tests/fixtures/library/reports';
import { seed001Narrative } from '../../tests/fixtures/library/seed001Narrative';
import { snapshotFromReport } from '../library/fromReport';
import type { Snapshot } from '../library/snapshot';
import { isYearPair, yearOverYear, yearPairs } from './yearOverYear';

const newer = snapshotFromReport(expectedReport(SEED_001, { narrative: seed001Narrative }));
const older = snapshotFromReport(synthetic2024Report());

describe('year over year across documents', () => {
  const yoy = yearOverYear(newer, older); // order does not matter
  const status = (rule: string, label: string) =>
    yoy.findings.filter((f) => f.rule === `compare.yoy.${rule}` && f.message.startsWith(label)).map((f) => f.status);

  it('pairs the same department in consecutive years of the same kind only', () => {
    expect(isYearPair(newer, older)).toBe(true);
    expect(isYearPair(newer, snapshotFromReport(expectedReport(SEED_003)))).toBe(false);
    expect(isYearPair(newer, { ...older, kind: 'final' })).toBe(false);
    expect(yearPairs([snapshotFromReport(expectedReport(SEED_003)), newer, older]).map(([a, b]) => [a.year, b.year])).toEqual([[2024, 2025]]);
    expect(yoy.older.year).toBe(2024);
  });

  it('computed changes per figure', () => {
    const total = yoy.changes.find((c) => c.key === 'total')!;
    expect(total).toMatchObject({ older: '37,596.45', newer: '30,688.06', difference: '-6,908.39', changePct: '-18.38%' });
  });

  it('claims that agree with last year\'s document pass', () => {
    expect(status('delta', '收支总计')).toEqual(['pass']);
    expect(status('pct', '收支总计')).toEqual(['pass']); // 6,908.39 / 37,596.45 = 18.3752%
    expect(status('pct', '资源勘探工业信息等支出')).toEqual(['pass']); // 2,252.89 / 21,725.30 = 10.3699%
    expect(status('delta', '机关运行经费')).toEqual(['pass']);
    expect(status('flat', '公务用车购置及运行维护费')).toEqual(['pass']);
    expect(status('flat', '因公出国（境）费')).toEqual(['pass']);
  });

  it('the planted disagreement is a finding citing both documents', () => {
    // 2025 says "比2024年预算5.82万元，同比增加0.86万元，同比增长14.78%"; the 2024 document prints 5.92.
    expect(status('previous', '“三公”经费')).toEqual(['fail']);
    expect(status('delta', '“三公”经费')).toEqual(['fail']);
    expect(status('pct', '“三公”经费')).toEqual(['fail']);
    expect(status('delta', '公务接待费')).toEqual(['fail']);
    const f = yoy.findings.find((x) => x.rule === 'compare.yoy.previous')!;
    expect(f).toMatchObject({ expected: '5.92', actual: '5.82', severity: 'warning' });
    expect(f.sources.map((s) => [s.role, s.url])).toEqual([
      ['newer', newer.url],
      ['older', older.url],
    ]);
    expect(f.refs[0]!.text).toContain('比2024年预算5.82万元');
    expect(f.refs[1]).toMatchObject({ table: 't7', value: '5.92' });
    // No other claim of the 2025 document disagrees.
    expect(yoy.findings.filter((x) => x.status === 'fail').every((x) => /三公|公务接待/.test(x.message))).toBe(true);
  });

  it('a claim about another scope (its figure is not the document\'s) is left unchecked, not failed', () => {
    const scoped = { ...newer.claims.find((c) => c.key === 'class:资源勘探工业信息等支出')!, amount: { value: '23000.00', decimals: 2 }, delta: { value: '1.00', decimals: 2 } };
    const r = yearOverYear(older, { ...newer, claims: [scoped] });
    expect(r.findings).toEqual([]);
    expect(r.unmatchedClaims).toBe(1);
  });

  it('a difference only rounding explains is "rounding", not a failure', () => {
    const base = (value: string): Snapshot['figures'][number] => ({ ...older.figures.find((x) => x.key === 'operations')!, value });
    const o: Snapshot = { ...older, figures: [base('100.00')] };
    const n: Snapshot = {
      ...newer,
      figures: [base('110.01')],
      claims: [{ key: 'operations', sentence: '机关运行经费110.01万元，同比增加10.00万元，同比增长10.00%。', amount: { value: '110.01', decimals: 2 }, previous: null, delta: { value: '10.00', decimals: 2 }, pct: { value: '10.00', decimals: 2 }, direction: 'up', flat: false }],
    };
    const r = yearOverYear(o, n);
    // 110.01 − 100.00 = 10.01 vs 10.00: [10.00, 10.02] meets [9.995, 10.005]; 10.01% vs 10.00% likewise.
    expect(r.findings.map((f) => [f.rule, f.status])).toEqual([
      ['compare.yoy.delta', 'rounding'],
      ['compare.yoy.pct', 'rounding'],
    ]);
    // A direction word the other way round is a failure: "减少10.00" against +10.01.
    const wrongWay = yearOverYear(o, { ...n, claims: [{ ...n.claims[0]!, direction: 'down' }] });
    expect(wrongWay.findings.map((f) => f.status)).toEqual(['fail', 'fail']);
  });
});
