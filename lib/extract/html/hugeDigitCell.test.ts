// Probe from issue 14: a table cell of 1 MB of digits once froze the worker (the thousands-grouping
// regex ran quadratically: 30,000 digits took 6 s, 1 MB hours). A run of digits longer than any
// amount is text: it is read, never parsed as an amount, never grouped, and the rest of the
// document is checked as before. Finishing inside vitest's default timeout is the bound.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { checkDocument } from '../../checkDocument';
import { extractHtml } from './index';

const page = readFileSync(fixturePath('html', '001-sample.html'), 'utf8');
const MEGABYTE = 1_000_000;
/** The seed's first income cell (一般公共预算拨款 30,688.06) replaced by 1 MB of digits. */
const hostile = page.replace('宋体">30,688.06<', `宋体">${'9'.repeat(MEGABYTE)}<`);

describe('a 1 MB cell of digits', () => {
  it('is in the page once, where the seed prints 30,688.06', () => {
    expect(hostile.length - page.length).toBe(MEGABYTE - '30,688.06'.length);
  });

  it('is extracted and checked; the cell is text, every check that needs it is left out', () => {
    const seed = checkDocument(extractHtml(page, '001-sample.html').doc);
    const { doc } = extractHtml(hostile, '001-sample.html');
    const report = checkDocument(doc);
    const income = report.tables.find((t) => t.rows.some((r) => r.label.includes('一般公共预算拨款')))!;
    const row = income.rows.find((r) => r.label.includes('一般公共预算拨款'))!;
    // Kept as the page prints it (text), not read as a figure.
    expect(row.cells).toContain('9'.repeat(MEGABYTE));
    // No finding quotes it as a figure, and the checks that do not involve it still run.
    const refs = report.findings.flatMap((f) => f.refs);
    expect(refs.some((r) => (r.value ?? '').length > 64)).toBe(false);
    expect(report.summary.checks).toBeGreaterThan(100);
    expect(report.summary.checks).toBeLessThan(seed.summary.checks);
    expect(report.summary.fail).toBe(seed.summary.fail);
  });
});
