import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expectedReport, SEED_001 } from '../../tests/fixtures/library/reports';
import type { SaveReply } from '../extension/messages';
import type { Report } from '../report/schema';
import { saveRequestListener } from './saveRequest';
import { loadLibrary, resetMigrationState } from './storage';

const page = () => ({ url: 'http://czj.example.gov.cn/html/001.html', title: '510柳州市工业和信息化局2025年部门预算公开说明' });

function ask(listener: ReturnType<typeof saveRequestListener>, message: unknown): Promise<{ async: boolean; reply: SaveReply | undefined }> {
  return new Promise((resolve) => {
    let async = false;
    async = listener(message, {}, (reply) => resolve({ async, reply }));
    if (!async) setTimeout(() => resolve({ async, reply: undefined }), 10);
  });
}

describe('the content script answering the popup\'s save request', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetMigrationState();
  });

  it('saves the report it holds and replies asynchronously', async () => {
    const report: Report = expectedReport(SEED_001);
    const r = await ask(saveRequestListener(() => report, page), { type: 'save-to-library' });
    expect(r.async).toBe(true);
    expect(r.reply).toMatchObject({ ok: true, replaced: false });
    expect((await loadLibrary()).entries).toMatchObject([{ url: page().url, title: page().title, year: 2025 }]);
    expect((await ask(saveRequestListener(() => report, page), { type: 'save-to-library' })).reply).toMatchObject({ ok: true, replaced: true });
  });

  it('says the page is not checked yet, and ignores other messages', async () => {
    const listener = saveRequestListener(() => null, page);
    const pending = new Promise<SaveReply>((resolve) => listener({ type: 'save-to-library' }, {}, resolve));
    expect(await pending).toEqual({ ok: false, error: expect.stringMatching(/还没有核查完/) });
    expect(listener({ type: 'get-status' }, {}, () => {})).toBe(false);
    expect(listener({ type: 'nonsense' }, {}, () => {})).toBe(false);
    expect((await loadLibrary()).entries).toEqual([]);
  });
});
