// The CLI on office attachments: workbooks and Word files are checked like the page they came
// from (same exit code, same failing checks); a legacy .doc and a protected or damaged workbook
// exit 1 with one line that says what to do.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../lib/report/schema';
import { fixturePath } from '../tests/shared';
import { main } from './main';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const failsOf = (json: string) =>
  ReportSchema.parse(JSON.parse(json))
    .findings.filter((f) => f.status === 'fail')
    .map((f) => f.message)
    .sort();

describe('budget-lens check on office attachments', () => {
  it('checks .xlsx, .xls and .docx with the same failing checks as the page', async () => {
    const page = await run('check', fixturePath('html', '001-sample.html'), '--json');
    expect(page.code).toBe(0);
    for (const [file, format] of [['001-sample.xlsx', 'sheet'], ['001-sample.xls', 'sheet'], ['001-sample.docx', 'docx']] as const) {
      const r = await run('check', fixturePath('office', file), '--json');
      expect(r.code, file).toBe(0);
      expect(JSON.parse(r.stdout).format).toBe(format);
      expect(failsOf(r.stdout), file).toEqual(failsOf(page.stdout));
    }
  });

  it('reads a workbook by its bytes even when it is named otherwise (an attachment saved as .bin)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-cli-'));
    const renamed = join(dir, 'download.bin');
    copyFileSync(fixturePath('office', '001-sample.xls'), renamed);
    const r = await run('check', renamed, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tables.length).toBe(4);
  });

  it('a legacy .doc exits 1 saying to save it as .docx or PDF, on one line', async () => {
    const r = await run('check', fixturePath('hostile', 'legacy.doc'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('请另存为 .docx 或 PDF 后核查');
  });

  it('protected, damaged and not-a-workbook files exit 1 with their own line each', async () => {
    const r = await run('check', fixturePath('hostile', 'encrypted.xlsx'), fixturePath('hostile', 'truncated.xlsx'), fixturePath('hostile', 'not-a-workbook.xlsx'));
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('文件有密码保护');
    expect(lines[1]).toContain('文件已损坏');
    expect(lines[2]).toContain('不是电子表格文件');
  });
});
