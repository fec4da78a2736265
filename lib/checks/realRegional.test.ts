// Real documents from other regions (../shared/real), read by the product's own PDF path: every
// standard table recognised with its role and unit, and no table-side `fail` but the ones checked
// by hand against the page. Skips, saying so, without ../shared/real.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../tests/shared';
import { checkDocument } from '../checkDocument';
import { extractPdfNode } from '../extract/pdf/loadNode';
import type { Report } from '../report/schema';

async function report(name: string): Promise<Report | null> {
  const p = sharedPath('real', name);
  if (!p) return null;
  return checkDocument((await extractPdfNode(new Uint8Array(readFileSync(p)), name)).doc);
}

const TABLE_RULES = /^(rowSums|columnSums|twoSided|crossTable|infoTable)/;
const tableFails = (r: Report) => r.findings.filter((f) => f.status === 'fail' && f.severity === 'error' && TABLE_RULES.test(f.rule)).map((f) => f.message);
const kinds = (r: Report) => [...new Set(r.tables.filter((t) => t.kind !== 'other').map((t) => t.kind))].sort();

describe('real disclosures from other regions', () => {
  it('上海 普陀 司法局 2026 budget: 9 tables in 元 recognised, codes joined, no table fail', async () => {
    const r = await report('putuo-justice-bureau-2026-dept-budget.pdf');
    if (!r) return;
    expect([r.kind, r.department, r.year, r.unit]).toEqual(['budget', '上海市普陀区司法局', 2026, '元']);
    expect(kinds(r)).toEqual(['budget.expense', 'budget.fiscalOverview', 'budget.generalBasic', 'budget.generalExpense', 'budget.govFund', 'budget.income', 'budget.overview', 'budget.stateCapital', 'budget.threePublic']);
    expect(r.tables.find((t) => t.kind === 'budget.generalExpense')!.rows.some((x) => x.code === '2040601')).toBe(true);
    expect(tableFails(r)).toEqual([]);
    expect(r.summary.checks).toBeGreaterThan(200);
  }, 120_000);

  it('江苏 高院 2017 budget: the 12-table set recognised; 合计 = 三公 + 会议费 + 培训费 holds', async () => {
    const r = await report('jiangsu-high-court-2017-budget.pdf');
    if (!r) return;
    expect(r.department).toBe('江苏省高级人民法院');
    expect(r.coverage!.recognised).toBeGreaterThanOrEqual(12);
    expect(tableFails(r)).toEqual([]);
    expect(r.findings.some((f) => f.status === 'pass' && /合计 2,599\.37/.test(f.message) && /会议费/.test(f.message))).toBe(true);
  }, 120_000);

  it('杭州 司法局 2026 budget: "表N：title" lines, tables continued over pages merged', async () => {
    const r = await report('hangzhou-justice-bureau-2026-budget.pdf');
    if (!r) return;
    expect(r.coverage!.recognised).toBe(r.coverage!.tables);
    expect(r.tables.find((t) => t.number === '表3')!.pageEnd).toBe(27);
    expect(tableFails(r)).toEqual([]);
  }, 120_000);

  it('佛山 轨道交通局 2019 final: the title printed on every page does not split a table', async () => {
    const r = await report('foshan-rail-transit-2019-final.pdf');
    if (!r) return;
    expect(r.department).toBe('佛山市轨道交通局');
    expect(r.tables.filter((t) => t.kind === 'final.income')).toHaveLength(1);
    expect(tableFails(r)).toEqual([]);
  }, 120_000);

  it('北京 退役军人事务局 2026 tables: 预算03表/05表 list 项 rows that do not reach their printed 合计 (checked on the page)', async () => {
    const r = await report('beijing-veterans-2026-budget-tables.pdf');
    if (!r) return;
    expect(r.coverage!.recognised).toBeGreaterThanOrEqual(13);
    const f = tableFails(r);
    expect(f).toHaveLength(2);
    expect(f[0]).toMatch(/^预算03表 合计： 合计 1,063,371\.776545 ≠ .* = 24,029\.836990/);
    expect(f[1]).toMatch(/^预算05表 预算数\/合计： 合计 820,087\.414755 ≠ .* = 23,775\.282490/);
  }, 120_000);
});
