// The engine builds reports without zod (buildReport.ts): every report it makes must read back
// through the contract's schema unchanged — valid, and with no key the schema would strip (an
// internal field leaking into the output). On documents of every input format and layout.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../cli/checkTask';
import { fixturePath } from '../../tests/shared';
import { ReportSchema } from './schema';

const files = [
  ...readdirSync(fixturePath('html')).filter((f) => f.endsWith('.html')).map((f) => fixturePath('html', f)),
  ...readdirSync(fixturePath('regional')).filter((f) => f.endsWith('.html')).map((f) => fixturePath('regional', f)),
  fixturePath('narrative', '002-zhuzhou-lusong-2023-final.txt'),
  fixturePath('office', '001-sample.docx'),
  fixturePath('office', '001-sample.xlsx'),
  fixturePath('pdf', '002_6dac83234b86279a.libreoffice.pdf'),
  fixturePath('pdf-variants', 'henan-final-yuan.plain.pdf'),
];

describe('reports read back through the schema unchanged', () => {
  it.each(files.map((f) => [f.replace(/.*fixtures\//, ''), f]))('%s', async (_name, file) => {
    const report = await checkSource({ source: file });
    expect(report.findings.length).toBeGreaterThan(0);
    // toEqual: same keys and values at every depth (the schema's order aside).
    expect(ReportSchema.parse(report)).toEqual(report);
  }, 60_000);
});
