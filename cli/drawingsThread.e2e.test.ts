// The thread beside one PDF's check (the built drawings-worker.mjs): it checks the bytes against
// the work budget with the verdict and message the check gives on this thread (and leaves the
// check here when it cannot tell), then gives, page by page, exactly the lists the content-stream
// reader gives on this thread; a file it cannot read, or a page count other than pdf.js's, gives
// null for every page (pdf.js's lists are used then).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { startDrawingsThread } from '../lib/extract/pdf/reader/drawingsOnThread';
import { inflateSyncNode } from '../lib/extract/pdf/zlibNode';
import { readPdfPages } from '../lib/extract/pdf/reader/pageDrawings';
import { checkPdfBytes, DEFAULT_BUDGET } from '../lib/extract/pdf/workBudget';
import { inflateNode } from '../lib/extract/pdf/zlibNode';
import type { ExtractError } from '../lib/extract/errors';
import { buildCli } from '../tests/builtCli';
import { fixturePath } from '../tests/shared';

let worker: URL;
beforeAll(() => {
  worker = pathToFileURL(join(dirname(buildCli('drawings-thread')), 'drawings-worker.mjs'));
}, 60_000);

const request = (bytes: Uint8Array) => ({ bytes, budget: DEFAULT_BUDGET });
const checkHere = () => Promise.reject(new Error('checked on the thread'));

describe('ruling lines read on a thread of their own', () => {
  it.each(['pdf/002_6dac83234b86279a.chromium.pdf', 'pdf-variants/henan-final-yuan.thickFrameGreyHead.pdf'])('%s: the same lists as on this thread', async (name) => {
    const bytes = new Uint8Array(readFileSync(fixturePath(...name.split('/'))));
    const local = readPdfPages(bytes, inflateSyncNode(DEFAULT_BUDGET.maxStreamBytes))!;
    const pages = local.count;
    const thread = startDrawingsThread(worker, request(bytes), checkHere);
    try {
      const drawings = thread.drawings(pages);
      for (let n = 1; n <= pages; n++) {
        const a = await drawings.page(n, DEFAULT_BUDGET.maxOperators);
        expect(a, `page ${n}`).not.toBeNull();
        expect(a).toEqual(local.page(n, DEFAULT_BUDGET.maxOperators));
      }
    } finally {
      thread.stop();
    }
  }, 60_000);

  it('a file it cannot read, or another page count, gives null for every page', async () => {
    const encrypted = new Uint8Array(readFileSync(fixturePath('hostile', 'encrypted.pdf')));
    const t1 = startDrawingsThread(worker, request(encrypted), checkHere);
    const t2 = startDrawingsThread(worker, request(new Uint8Array(readFileSync(fixturePath('pdf', '002_6dac83234b86279a.chromium.pdf')))), checkHere);
    try {
      expect(await t1.drawings(1).page(1, DEFAULT_BUDGET.maxOperators)).toBeNull();
      expect(await t2.drawings(999).page(1, DEFAULT_BUDGET.maxOperators)).toBeNull();
    } finally {
      t1.stop();
      t2.stop();
    }
  }, 60_000);

  it('checks the bytes against the work budget first, with the message the check gives here', async () => {
    const bytes = new Uint8Array(readFileSync(fixturePath('pdf', '002_6dac83234b86279a.chromium.pdf')));
    const ok = startDrawingsThread(worker, request(bytes), checkHere);
    const tight = { ...DEFAULT_BUDGET, maxStreamBytes: 2000 };
    const over = startDrawingsThread(worker, { bytes, budget: tight }, checkHere);
    try {
      await expect(ok.bytesChecked()).resolves.toBeUndefined();
      const here = await checkPdfBytes(bytes, tight, inflateNode).then(() => null, (e: ExtractError) => e.messageZh);
      expect(here).toMatch(/解压后超过/);
      await expect(over.bytesChecked()).rejects.toMatchObject({ code: 'too-complex', messageZh: here });
    } finally {
      ok.stop();
      over.stop();
    }
  }, 60_000);

  it('a thread that ends without a verdict leaves the check to this thread', async () => {
    const silent = pathToFileURL(join(dirname(fileURLToPath(worker)), 'silent-thread.mjs'));
    writeFileSync(fileURLToPath(silent), '// ends at once\n');
    const bytes = new Uint8Array(readFileSync(fixturePath('pdf', '002_6dac83234b86279a.chromium.pdf')));
    let checkedHere = 0;
    const t = startDrawingsThread(silent, request(bytes), async () => void checkedHere++);
    try {
      await t.bytesChecked();
      expect(checkedHere).toBe(1);
      expect(await t.drawings(11).page(1, DEFAULT_BUDGET.maxOperators)).toBeNull();
    } finally {
      t.stop();
    }
  }, 60_000);
});
