import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../tests/shared';
import { extractNarrative } from '../extract/narrative/index';
import { expectedReport, SEED_001, SEED_003, SEED_004 } from '../../tests/fixtures/library/reports';
import { seed001Narrative } from '../../tests/fixtures/library/seed001Narrative';
import { changeClaims } from './changeClaims';
import { keyFigures } from './keyFigures';

const byKey = (figs: ReturnType<typeof keyFigures>) => Object.fromEntries(figs.map((f) => [f.key, f.value]));

describe('key figures from the seeds\' tables', () => {
  it('001 (工业和信息化局 2025 budget): the figures its own narrative states', () => {
    const f = byKey(keyFigures(expectedReport(SEED_001)));
    // Each of these is also printed in 001's narrative (部门收支总预算30,688.06万元, 基本支出预算3,084.94万元 …).
    expect(f).toMatchObject({
      total: '30688.06',
      'income:general': '30688.06',
      'expense.basic': '3084.94',
      'expense.project': '27603.13',
      'basic.personnel': '2748.03',
      'basic.public': '336.91',
      'class:社会保障和就业支出': '679.60',
      'class:资源勘探工业信息等支出': '23978.19',
      'class:住房保障支出': '197.56',
      'threePublic.total': '6.68',
      'threePublic.reception': '5.08',
      'threePublic.cars': '1.60',
      'procurement.total': '485.37',
      'procurement.central': '36.36',
      'procurement.dispersed': '449.01',
      // "货物类采购预算13.48万元，工程类采购预算0.00万元，服务类采购预算471.89万元": sums of the 集中 and 分散 columns.
      'procurement.goods': '13.48',
      'procurement.works': '0.00',
      'procurement.services': '471.89',
      purchaseService: '468.64',
    });
    // Tables do not carry 机关运行经费 or the project count in a budget: without a narrative there are none.
    expect(f.operations).toBeUndefined();
    expect(f.projects).toBeUndefined();
  });

  it('001 reads 政府采购 from 资金类型/合计, not the misprinted 项目类型/合计 of the department row', () => {
    const fig = keyFigures(expectedReport(SEED_001)).find((x) => x.key === 'procurement.total')!;
    const t10 = expectedReport(SEED_001).tables.find((t) => t.id === fig.from.table)!;
    expect(t10.columns[fig.from.col!]).toBe('政府采购资金类型/合计');
  });

  it('reads 三公 from a header printed in one cell ("“三公”经费合计") as well', () => {
    const r = expectedReport(SEED_001);
    const t7 = r.tables.find((t) => t.kind === 'budget.threePublic')!;
    t7.columns = t7.columns.map((c) => (c === '“三公”经费/合计' ? '“三公”经费合计' : c));
    expect(byKey(keyFigures(r))['threePublic.total']).toBe('6.68');
  });

  it('003 (大数据发展局 2025 budget)', () => {
    const f = byKey(keyFigures(expectedReport(SEED_003)));
    expect(f).toMatchObject({
      total: '6400.69',
      'expense.basic': '980.63',
      'expense.project': '5420.06',
      'basic.public': '138.70',
      'class:资源勘探工业信息等支出': '6112.45',
      'threePublic.total': '1.47',
      'threePublic.reception': '1.47',
      'procurement.total': '256.66',
      'procurement.central': '3.74',
      'procurement.dispersed': '252.92',
    });
  });

  it('004 (final accounts): 决算数 of 公开09, 公开10 sections, 公开06 parts; blank cells are zero', () => {
    const f = byKey(keyFigures(expectedReport(SEED_004)));
    expect(f).toMatchObject({
      total: '513.98',
      'expense.basic': '401.24',
      'expense.project': '112.74',
      'basic.personnel': '372.99',
      'basic.public': '28.25',
      'class:科学技术支出': '357.13',
      'threePublic.total': '4.20',
      'threePublic.abroad': '0.00',
      operations: '28.25',
      'procurement.total': '6.19',
      'procurement.goods': '1.30',
      'procurement.services': '4.89',
    });
  });

  it('the narrative fills what tables lack, and is never preferred over a table', () => {
    const figs = keyFigures(expectedReport(SEED_001, { narrative: seed001Narrative }));
    const ops = figs.find((x) => x.key === 'operations')!;
    expect(ops).toMatchObject({ value: '336.91', decimals: 2, from: { kind: 'narrative' } });
    expect(ops.from.text).toContain('机关运行经费预算336.91万元');
    expect(figs.find((x) => x.key === 'projects')).toMatchObject({ value: '33', decimals: 0, unit: null });
    expect(figs.find((x) => x.key === 'total')!.from.kind).toBe('table');
  });
});

describe('同比 claims of a document', () => {
  it('001: each change statement becomes a claim on its key figure', () => {
    const claims = changeClaims(expectedReport(SEED_001, { narrative: seed001Narrative }));
    const k = Object.fromEntries(claims.map((c) => [c.key, c]));
    expect(k.total).toMatchObject({ delta: { value: '6908.39', decimals: 2 }, pct: { value: '18.38', decimals: 2 }, direction: 'down' });
    expect(k['threePublic.total']).toMatchObject({ previous: { value: '5.82' }, delta: { value: '0.86' }, direction: 'up' });
    expect(k['threePublic.abroad']).toMatchObject({ flat: true, amount: { value: '0.00' } });
    expect(k['class:资源勘探工业信息等支出']!.sentence).toContain('同比增加2,252.89万元');
    expect(k.operations).toMatchObject({ delta: { value: '23.85' } });
    // The project-count sentence states no change: not a claim.
    expect(claims.some((c) => c.key === 'projects' || c.key === 'expense.project' && c.sentence.includes('33个'))).toBe(false);
  });
});

const seed001Text = sharedPath('seeds', `${SEED_001}.txt`);

describe('with the narrative parser of the project', () => {
  it.skipIf(!seed001Text)('001: its statements map onto the key figures, and repeated claims are kept once', () => {
    const narrative = extractNarrative(readFileSync(seed001Text!, 'utf8'));
    const report = expectedReport(SEED_001, { narrative: { text: narrative.text, statements: narrative.statements } });
    const f = byKey(keyFigures(report));
    expect(f.operations).toBe('336.91');
    expect(f.projects).toBe('33');
    const claims = changeClaims(report);
    expect(claims.filter((c) => c.key === 'total')).toHaveLength(1);
    expect(claims.find((c) => c.key === 'threePublic.total')).toMatchObject({ previous: { value: '5.82' }, delta: { value: '0.86' }, direction: 'up' });
    expect(claims.find((c) => c.key === 'threePublic.cars')).toMatchObject({ flat: true });
  });
});
