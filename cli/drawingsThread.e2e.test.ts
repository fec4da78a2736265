// The content-stream reader on its own thread (the built drawings-worker.mjs, used when the CLI
// checks one PDF) gives, page by page, exactly the lists the reader gives on this thread; a file
// it cannot read, or a page count other than pdf.js's, gives null for every page (pdf.js's lists
// are used then).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { startDrawingsThread } from '../lib/extract/pdf/reader/drawingsOnThread';
import { inflateSyncNode } from '../lib/extract/pdf/reader/inflateSyncNode';
import { openPageDrawings } from '../lib/extract/pdf/reader/pageDrawings';
import { PdfFile } from '../lib/extract/pdf/reader/pdfFile';
import { buildCli } from '../tests/builtCli';
import { fixturePath } from '../tests/shared';

let worker: URL;
beforeAll(() => {
  worker = pathToFileURL(join(dirname(buildCli('drawings-thread')), 'drawings-worker.mjs'));
}, 60_000);

const LIMITS = { maxOperators: 1_000_000, maxStreamBytes: 128 * 1024 * 1024 };

describe('ruling lines read on a thread of their own', () => {
  it.each(['pdf/002_6dac83234b86279a.chromium.pdf', 'pdf-variants/henan-final-yuan.thickFrameGreyHead.pdf'])('%s: the same lists as on this thread', async (name) => {
    const bytes = new Uint8Array(readFileSync(fixturePath(...name.split('/'))));
    const pages = PdfFile.open(bytes, inflateSyncNode(LIMITS.maxStreamBytes)).pages().length;
    const local = openPageDrawings(bytes, inflateSyncNode(LIMITS.maxStreamBytes), pages)!;
    const thread = startDrawingsThread(worker, { bytes, ...LIMITS });
    try {
      const drawings = thread.drawings(pages);
      for (let n = 1; n <= pages; n++) {
        const a = await drawings.page(n, LIMITS.maxOperators);
        expect(a, `page ${n}`).not.toBeNull();
        expect(a).toEqual(local.page(n, LIMITS.maxOperators));
      }
    } finally {
      thread.stop();
    }
  }, 60_000);

  it('a file it cannot read, or another page count, gives null for every page', async () => {
    const encrypted = new Uint8Array(readFileSync(fixturePath('hostile', 'encrypted.pdf')));
    const t1 = startDrawingsThread(worker, { bytes: encrypted, ...LIMITS });
    const t2 = startDrawingsThread(worker, { bytes: new Uint8Array(readFileSync(fixturePath('pdf', '002_6dac83234b86279a.chromium.pdf'))), ...LIMITS });
    try {
      expect(await t1.drawings(1).page(1, LIMITS.maxOperators)).toBeNull();
      expect(await t2.drawings(999).page(1, LIMITS.maxOperators)).toBeNull();
    } finally {
      t1.stop();
      t2.stop();
    }
  }, 60_000);
});
