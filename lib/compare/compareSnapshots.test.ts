import { describe, expect, it } from 'vitest';
import { expectedReport, SEED_001, SEED_003, SEED_004, synthetic2024Report } from '../../tests/fixtures/library/reports';
import { snapshotFromReport } from '../library/fromReport';
import { comparisonCsv } from './comparisonCsv';
import { compareSnapshots, composition } from './compareSnapshots';
import { execution, isBudgetFinalPair } from './execution';

const s001 = snapshotFromReport(expectedReport(SEED_001));
const s003 = snapshotFromReport(expectedReport(SEED_003));

describe('side-by-side comparison', () => {
  const c = compareSnapshots([s001, s003]);
  const row = (key: string) => c.rows.find((r) => r.key === key)!;

  it('aligns the key figures of 001 and 003 with difference and change against the first', () => {
    expect(row('total').cells.map((x) => x.display)).toEqual(['30,688.06', '6,400.69']);
    // 6,400.69 − 30,688.06 = −24,287.37; / 30,688.06 = −79.1428…%
    expect(row('total').cells[1]).toMatchObject({ difference: '-24,287.37', changePct: '-79.14%' });
    expect(row('threePublic.total').cells[1]).toMatchObject({ display: '1.47', difference: '-5.21', changePct: '-77.99%' });
    // 256.66 − 485.37 = −228.71; / 485.37 = −47.1208…%
    expect(row('procurement.total').cells[1]).toMatchObject({ difference: '-228.71', changePct: '-47.12%' });
  });

  it('leaves out rows that are zero in every document, keeps one that is zero in only one', () => {
    expect(c.rows.some((r) => r.key === 'class:外交支出')).toBe(false);
    const env = row('class:节能环保支出');
    expect(env.cells.map((x) => x.display)).toEqual(['2,565.20', '0.00']);
    expect(env.cells[1]!.changePct).toBe('-100.00%');
  });

  it('a figure one document lacks shows as missing, without a difference', () => {
    const c3 = compareSnapshots([s001, snapshotFromReport(expectedReport(SEED_004))]);
    const purchase = c3.rows.find((r) => r.key === 'purchaseService')!;
    expect(purchase.cells[1]).toEqual({ value: null, display: '—', difference: null, changePct: null });
  });

  it('refuses fewer than 2 or more than 4 documents', () => {
    expect(() => compareSnapshots([s001])).toThrow(RangeError);
    expect(() => compareSnapshots([s001, s003, s001, s003, s001])).toThrow(RangeError);
  });

  it('composition: function class shares of each document sum to 1, largest first', () => {
    const parts = composition(c, 0, 'functionClass');
    expect(parts[0]!.label).toBe('资源勘探工业信息等支出');
    expect(parts.reduce((a, p) => a + p.share, 0)).toBeCloseTo(1, 9);
    expect(composition(c, 1, 'expenseType').map((p) => p.label)).toEqual(['项目支出', '基本支出']);
  });

  it('CSV: UTF-8 BOM, one row per figure, sources listed', () => {
    const csv = comparisonCsv(c);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('分组,项目,柳州市工业和信息化局2025年预算（万元）,柳州市大数据发展局2025年预算（万元）,柳州市大数据发展局2025年预算 差额,柳州市大数据发展局2025年预算 变化（%）');
    expect(lines).toContain('收支总计,收支总计,"30,688.06","6,400.69","-24,287.37",-79.14');
    expect(lines.some((l) => l.startsWith('来源1,') && l.endsWith(s001.url))).toBe(true);
  });
});

describe('budget against final accounts', () => {
  it('pairs only the same department and year, one budget and one final', () => {
    const prev = snapshotFromReport(synthetic2024Report());
    expect(isBudgetFinalPair(s001, s003)).toBe(false);
    expect(isBudgetFinalPair(prev, { ...prev, id: 'f', kind: 'final' })).toBe(true);
    expect(isBudgetFinalPair(prev, { ...s001, kind: 'final' })).toBe(false); // 2024 vs 2025
  });

  it('execution rate 决算/预算 per figure', () => {
    const budget = snapshotFromReport(synthetic2024Report());
    // A final account of the same year, figures as printed by a 决算: made from the budget's, some changed.
    const final = {
      ...budget,
      id: 'final-2024',
      kind: 'final' as const,
      figures: budget.figures.map((f) => (f.key === 'total' ? { ...f, value: '35000.00' } : f.key === 'threePublic.total' ? { ...f, value: '4.10' } : f)),
    };
    const ex = execution(final, budget);
    expect(ex.budget.kind).toBe('budget');
    const r = Object.fromEntries(ex.rows.map((x) => [x.key, x]));
    // 35,000.00 / 37,596.45 = 93.0938…%
    expect(r.total).toMatchObject({ budget: '37,596.45', final: '35,000.00', rate: '93.09%' });
    expect(r['threePublic.total']!.rate).toBe('69.26%'); // 4.10 / 5.92
    expect(r['expense.basic']!.rate).toBe('100.00%');
  });
});
