// The CLI's contract: shape, errors and exit codes (0 checked, 1 unreadable / not a disclosure,
// 2 bad usage), one line per error on stderr, valid report JSON.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../lib/report/schema';
import { fixturePath, sharedPath } from '../tests/shared';
import { main } from './main';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const SEED_HTML = fixturePath('html', '001_285cefce529bcf8b.html');

describe('budget-lens usage', () => {
  it('exits 2 with a message on a missing command, an unknown command, an unknown flag', async () => {
    for (const argv of [[], ['audit', 'x.pdf'], ['check'], ['check', 'x.pdf', '--frobnicate'], ['check', 'x', '--lang', 'fr']]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^budget-lens: /);
    }
  });

  it('prints usage on --help and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('budget-lens check FILE|URL');
  });
});

describe('budget-lens check: unreadable input', () => {
  it('exits 1 with one clear line for a missing file, and still checks the other inputs', async () => {
    const r = await run('check', '/nonexistent/预算.pdf', SEED_HTML, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/预算\.pdf: 无法读取：.*文件不存在/);
    const report = ReportSchema.parse(JSON.parse(r.stdout)[0]);
    expect(report.source).toBe(SEED_HTML);
  });

  it('exits 1 for a file that claims to be a PDF but is not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-cli-'));
    const fake = join(dir, 'fake.pdf');
    writeFileSync(fake, '<html>not a pdf</html>');
    const r = await run('check', fake);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/不是PDF文件/);
  });

  it('exits 1 for a page that is not a disclosure', async () => {
    const r = await run('check', fixturePath('hostile', 'not-a-disclosure.html'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/不是部门预算或决算公开文件/);
  });
});

describe('budget-lens check: reports', () => {
  it('prints the report contract as JSON for an HTML fixture and writes CSV with a BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-csv-'));
    const r = await run('check', SEED_HTML, '--json', '--csv', dir);
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.kind).toBe('budget');
    expect(report.tables.length).toBeGreaterThanOrEqual(10);
    const csvs = readdirSync(dir);
    expect(csvs.length).toBe(report.tables.length);
    expect(readFileSync(join(dir, csvs[0]!), 'utf8').startsWith('\uFEFF')).toBe(true);
  });

  it('prints a readable Chinese summary without --json', async () => {
    const r = await run('check', SEED_HTML);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/识别表格 \d+ 张/);
    expect(r.stdout).toMatch(/核查 \d+ 项：一致 \d+，尾差 \d+，不符 \d+/);
  });

  const seeds = sharedPath('seeds');
  it.skipIf(!seeds)('checks every seed text file and prints valid contract JSON (array for several inputs)', async () => {
    const files = readdirSync(seeds!).filter((f) => f.endsWith('.txt')).map((f) => join(seeds!, f));
    const r = await run('check', ...files, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.stdout) as unknown[];
    expect(reports).toHaveLength(files.length);
    for (const rep of reports) ReportSchema.parse(rep);
  });
});
