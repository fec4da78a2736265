// The batch mode end to end: the real built CLI as a whole process, many inputs with bad ones in
// the middle, JSON lines checked against the report contract, the CSVs read back, sharding,
// --from on stdin, directories, and Ctrl-C leaving valid outputs.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../lib/report/schema';
import { buildCli, runCli } from '../tests/builtCli';
import { readCsvFile } from '../tests/readCsv';
import { fixturePath } from '../tests/shared';

let cli: string;
beforeAll(() => {
  cli = buildCli('batch');
}, 60_000);

const html = (name: string): string => fixturePath('html', name);
const GOOD_1 = html('001_285cefce529bcf8b.html');
const GOOD_2 = html('004_13042d54f6cda286.html');
const GOOD_PDF = fixturePath('pdf', '002_6dac83234b86279a.libreoffice.pdf');
const GOOD_TXT = fixturePath('narrative', '001-liuzhou-industry-2025-budget.txt');
const MISSING = '/nonexistent/缺失的预算.pdf';
const CORRUPT = fixturePath('hostile', 'truncated.pdf');
const NOT_DISCLOSURE = fixturePath('hostile', 'not-a-disclosure.html');

const jsonl = (stdout: string): Report[] => stdout.trim().split('\n').filter(Boolean).map((l) => ReportSchema.parse(JSON.parse(l)));
const tmp = (): string => mkdtempSync(join(tmpdir(), 'bl-batch-'));

describe('budget-lens check: a batch on the worker pool', () => {
  it('checks every input in order around bad ones, streams valid JSON lines and writes both CSVs', async () => {
    const dir = tmp();
    const inputs = [GOOD_1, MISSING, GOOD_PDF, CORRUPT, NOT_DISCLOSURE, GOOD_TXT, GOOD_2];
    const r = await runCli(cli, ['check', ...inputs, '--jsonl', '--jobs', '2', '--summary', join(dir, 's.csv'), '--findings', join(dir, 'f.csv')]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/缺失的预算\.pdf: 无法读取：.*文件不存在/);
    expect(errors[1]).toMatch(/truncated\.pdf: PDF文件已损坏或不完整/);
    expect(errors[2]).toMatch(/not-a-disclosure\.html: 不是部门预算或决算公开文件/);

    const reports = jsonl(r.stdout);
    expect(reports.map((x) => x.source)).toEqual([GOOD_1, GOOD_PDF, GOOD_TXT, GOOD_2]);
    expect(reports.map((x) => x.format)).toEqual(['html', 'pdf', 'text', 'html']);

    const summary = readCsvFile(join(dir, 's.csv'));
    expect(summary.map((row) => row.source)).toEqual(inputs);
    for (const row of summary) {
      const report = reports.find((x) => x.source === row.source);
      if (!report) {
        expect(row.error, row.source).not.toBe('');
        expect(row.checks).toBe('');
        continue;
      }
      expect(row.error).toBe('');
      expect(row.department).toBe(report.department ?? '');
      expect(row.year).toBe(String(report.year ?? ''));
      expect(row.kind).toBe(report.kind);
      expect(Number(row.checks)).toBe(report.summary.checks);
      expect(Number(row.pass)).toBe(report.summary.pass);
      expect(Number(row.rounding)).toBe(report.summary.rounding);
      expect(Number(row.fail)).toBe(report.summary.fail);
      expect(Number(row.seconds)).toBeGreaterThanOrEqual(0);
    }

    const findings = readCsvFile(join(dir, 'f.csv'));
    expect(findings).toHaveLength(reports.reduce((n, x) => n + x.findings.length, 0));
    const fails = reports.flatMap((x) => x.findings.filter((f) => f.status === 'fail').map((f) => `${x.source}|${f.id}|${f.rule}|${f.message}`));
    expect(fails.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.status === 'fail').map((f) => `${f.source}|${f.finding}|${f.rule}|${f.message}`)).toEqual(fails);
  }, 120_000);

  it('one input of a list still prints --json as an array, and one plain input as an object', async () => {
    const one = await runCli(cli, ['check', GOOD_2, '--json']);
    expect(one.code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(one.stdout)).source).toBe(GOOD_2);
    const list = await runCli(cli, ['check', '--from', '-', '--json'], { stdin: `# a list\n${GOOD_2}\n\n${GOOD_1}\n` });
    expect(list.code).toBe(0);
    const reports = (JSON.parse(list.stdout) as unknown[]).map((x) => ReportSchema.parse(x));
    expect(reports.map((x) => x.source)).toEqual([GOOD_2, GOOD_1]);
  });

  it('--shard I/N splits a directory into disjoint parts whose JSON lines concatenate to the whole', async () => {
    const dir = fixturePath('html');
    const whole = await runCli(cli, ['check', dir, '--jsonl', '--quiet']);
    const all = jsonl(whole.stdout).map((x) => x.source);
    const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    expect(all).toEqual(files.map((f) => join(dir, f)));
    const parts: string[][] = [];
    for (const i of [1, 2, 3]) {
      const r = await runCli(cli, ['check', dir, '--jsonl', '--shard', `${i}/3`]);
      parts.push(jsonl(r.stdout).map((x) => x.source));
    }
    expect(parts.map((p) => p.length)).toEqual([2, 2, 2]);
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(parts[0]).toEqual([all[0], all[3]]);
  }, 300_000);

  it('rejects a malformed shard, jobs or output path as bad usage (exit 2)', async () => {
    for (const argv of [['--shard', '4/3'], ['--shard', 'x'], ['--jobs', '0'], ['--json', '--jsonl'], ['--summary', join(GOOD_1, 's.csv')]]) {
      const r = await runCli(cli, ['check', GOOD_1, ...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^budget-lens: /);
    }
  });

  it('an office attachment that is not a real workbook is one clear error and the batch goes on', async () => {
    const r = await runCli(cli, ['check', fixturePath('site', 'files', 'inspection-sheet-2025.xlsx'), GOOD_2, '--jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/inspection-sheet-2025\.xlsx: 不是电子表格文件$/);
    expect(jsonl(r.stdout).map((x) => x.source)).toEqual([GOOD_2]);
  });

  it('Ctrl-C stops the batch, exits 130 and leaves a valid summary of what was done', async () => {
    const dir = tmp();
    const inputs = Array.from({ length: 30 }, (_, i) => (i % 2 ? GOOD_1 : GOOD_PDF));
    let sent = false;
    const r = await runCli(cli, ['check', ...inputs, '--jsonl', '--jobs', '2', '--summary', join(dir, 's.csv')], {
      onStdout: (out, kill) => {
        if (!sent && out.includes('\n')) (sent = true), kill();
      },
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/已中断：完成 \d+\/30，已写出/);
    const done = jsonl(r.stdout);
    expect(done.length).toBeGreaterThanOrEqual(1);
    expect(done.length).toBeLessThan(30);
    const rows = readCsvFile(join(dir, 's.csv'));
    expect(rows.map((row) => row.source).sort()).toEqual(done.map((x) => x.source).sort());
  }, 120_000);
});
