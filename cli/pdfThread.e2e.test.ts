// One PDF checked by the built CLI runs pdf.js on a thread of its own (lib/extract/pdf/
// pdfWorkerThread.ts): the report must be the one the same document gets with pdf.js on the
// calling thread (the path tests and the batch pool use), a damaged PDF must fail as it does there,
// and the process must end by itself once the document is done (the thread never holds it open).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { ExtractError } from '../lib/extract/errors';
import { ReportSchema } from '../lib/report/schema';
import { buildCli, runCli } from '../tests/builtCli';
import { fixturePath } from '../tests/shared';
import { checkOne } from './checkTask';

let cli: string;
beforeAll(() => {
  cli = buildCli('pdf-thread');
  // The thread's script is built beside the entry, which uses it when present.
  expect(existsSync(join(dirname(cli), 'pdf-worker.mjs'))).toBe(true);
}, 60_000);

describe('budget-lens check FILE.pdf: pdf.js on its own thread', () => {
  it.each(['002_6dac83234b86279a.libreoffice.pdf', '001_285cefce529bcf8b.chromium.pdf'])('%s: the same report as pdf.js on this thread', async (name) => {
    const file = fixturePath('pdf', name);
    const r = await runCli(cli, ['check', file, '--json']);
    expect(r.code).toBe(0);
    const onThread = ReportSchema.parse(JSON.parse(r.stdout));
    const inProcess = ReportSchema.parse(JSON.parse(JSON.stringify(await checkOne(file))));
    expect(onThread.findings.length).toBeGreaterThan(10);
    expect(onThread).toEqual(inProcess);
  }, 60_000);

  it('a damaged PDF fails with the same message, and the process ends', async () => {
    const file = fixturePath('hostile', 'truncated.pdf');
    const r = await runCli(cli, ['check', file, '--json']);
    const expected = await checkOne(file).then(() => null, (e: ExtractError) => e.messageZh);
    expect(expected).toMatch(/PDF文件已损坏或不完整/);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(expected!);
  }, 60_000);
});
