// One PDF checked by the built, bundled CLI (its own chunks, Node's zlib in the byte check) gets
// the report the same document gets from the sources in this process, and a damaged PDF fails
// with the same message.
import { describe, expect, it, beforeAll } from 'vitest';
import { ExtractError } from '../lib/extract/errors';
import { ReportSchema } from '../lib/report/schema';
import { buildCli, runCli } from '../tests/builtCli';
import { fixturePath } from '../tests/shared';
import { checkOne } from './checkTask';

let cli: string;
beforeAll(() => {
  cli = buildCli('pdf-check');
}, 60_000);

describe('budget-lens check FILE.pdf, built', () => {
  it.each(['002_6dac83234b86279a.libreoffice.pdf', '001_285cefce529bcf8b.chromium.pdf'])('%s: the same report as from the sources', async (name) => {
    const file = fixturePath('pdf', name);
    const r = await runCli(cli, ['check', file, '--json']);
    expect(r.code).toBe(0);
    const onThread = ReportSchema.parse(JSON.parse(r.stdout));
    const inProcess = ReportSchema.parse(JSON.parse(JSON.stringify(await checkOne(file))));
    expect(onThread.findings.length).toBeGreaterThan(10);
    expect(onThread).toEqual(inProcess);
  }, 60_000);

  it('a damaged PDF fails with the same message', async () => {
    const file = fixturePath('hostile', 'truncated.pdf');
    const r = await runCli(cli, ['check', file, '--json']);
    const expected = await checkOne(file).then(() => null, (e: ExtractError) => e.messageZh);
    expect(expected).toMatch(/PDF文件已损坏或不完整/);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(expected!);
  }, 60_000);
});
