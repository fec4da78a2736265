// Probes from issue 14 against the library: concurrent saves, a quota-filling import, 清空全部 with
// orphaned keys, the export file's version, hostile URLs, a crafted import that froze Compare.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expectedReport, SEED_001, SEED_003 } from '../../tests/fixtures/library/reports';
import { compareSnapshots } from '../compare/compareSnapshots';
import { libraryFile } from './exportFile';
import { snapshotFromReport } from './fromReport';
import { MAX_FIGURES, type Snapshot } from './snapshot';
import { clearLibrary, importLibrary, loadLibrary, resetMigrationState, saveReport } from './storage';
import { emulateStorageQuota } from '../../tests/support/storageQuota';

const everything = async () => fakeBrowser.storage.local.get(null);
const docKeys = async () => Object.keys(await everything()).filter((k) => k.startsWith('doc:'));
const base = snapshotFromReport(expectedReport(SEED_001));
/** Seed 001's snapshot saved from another page: a document of its own. */
const copyAt = (n: number): Snapshot => snapshotFromReport(expectedReport(SEED_001), { url: `http://czj.example.gov.cn/copies/${n}.html` });
const fileOf = (docs: unknown[], version: unknown = 1) =>
  JSON.stringify({ format: 'budget-lens-library', version, exportedAt: '2026-03-01T00:00:00.000Z', documents: docs });

let removeQuota: (() => void) | null = null;
beforeEach(() => {
  fakeBrowser.reset();
  resetMigrationState();
});
afterEach(() => {
  removeQuota?.();
  removeQuota = null;
});

describe('concurrent writes', () => {
  it('a flood of 300 concurrent saves of 6 documents leaves 6 index entries and exactly their 6 snapshot keys', async () => {
    const reports = [0, 1, 2, 3, 4, 5].map((n) => expectedReport(SEED_001, { source: `http://czj.example.gov.cn/flood/${n}.html` }));
    await Promise.all(Array.from({ length: 300 }, (_, i) => saveReport(reports[i % 6]!)));
    const { entries, problems } = await loadLibrary();
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(6);
    expect((await docKeys()).sort()).toEqual(entries.map((e) => `doc:${e.id}`).sort());
  });
});

describe('storage quota', () => {
  const QUOTA = 400_000;
  const sizeOfOne = JSON.stringify(base).length;

  it('an import that would not fit is refused with 存储空间不足 and changes nothing', async () => {
    removeQuota = emulateStorageQuota(QUOTA);
    await saveReport(expectedReport(SEED_003));
    const before = await everything();
    const docs = Array.from({ length: Math.ceil((2 * QUOTA) / sizeOfOne) }, (_, i) => copyAt(i));
    await expect(importLibrary(libraryFile(docs))).rejects.toThrow(/存储空间不足/);
    expect(await everything()).toEqual(before);
  });

  it('when the browser announces no quota but refuses the write, still one clear error and nothing written', async () => {
    removeQuota = emulateStorageQuota(QUOTA, { announce: false });
    await saveReport(expectedReport(SEED_003));
    const before = await everything();
    const docs = Array.from({ length: Math.ceil((2 * QUOTA) / sizeOfOne) }, (_, i) => copyAt(i));
    await expect(importLibrary(libraryFile(docs))).rejects.toThrow(/存储空间不足/);
    expect(await everything()).toEqual(before);
  });

  it('an import that fits is written whole', async () => {
    removeQuota = emulateStorageQuota(QUOTA);
    const docs = Array.from({ length: Math.floor(QUOTA / sizeOfOne / 2) }, (_, i) => copyAt(i));
    expect(await importLibrary(libraryFile(docs))).toEqual({ added: docs.length, updated: 0 });
    expect(await docKeys()).toHaveLength(docs.length);
  });

  it('a save into full storage is refused with the same message; storage is as it was', async () => {
    removeQuota = emulateStorageQuota(QUOTA);
    await saveReport(expectedReport(SEED_001));
    await fakeBrowser.storage.local.set({ filler: 'x'.repeat(QUOTA - 2 * sizeOfOne) });
    const before = await everything();
    await expect(saveReport(expectedReport(SEED_003))).rejects.toThrow(/存储空间不足/);
    expect(await everything()).toEqual(before);
  });
});

describe('清空全部', () => {
  it('removes every snapshot key, also orphans the index does not list', async () => {
    await saveReport(expectedReport(SEED_001));
    await fakeBrowser.storage.local.set({ 'doc:orphan-1': copyAt(1), 'doc:orphan-2': { junk: true }, settings: { lang: 'en' } });
    await clearLibrary();
    expect(await docKeys()).toEqual([]);
    expect(await loadLibrary()).toEqual({ entries: [], problems: [] });
    expect(await everything()).toEqual({ settings: { lang: 'en' } }); // not the library's: kept
  });
});

describe('import checks', () => {
  it('a file from a newer version is refused, naming the version; one without a version too', async () => {
    await expect(importLibrary(fileOf([base], 2))).rejects.toThrow(/较新版本.*版本 2/);
    await expect(importLibrary(JSON.stringify({ format: 'budget-lens-library', documents: [base] }))).rejects.toThrow(/版本无法识别/);
    await expect(importLibrary(fileOf([base], '1'))).rejects.toThrow(/版本无法识别/);
    expect(await everything()).toEqual({});
    expect(await importLibrary(fileOf([base], 1))).toEqual({ added: 1, updated: 0 });
  });

  it.each(['javascript:alert(document.cookie)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome://settings'])(
    'a document whose URL is %j is refused, the whole file with it',
    async (url) => {
      await expect(importLibrary(fileOf([copyAt(1), { ...base, url }]))).rejects.toThrow(/第 2 条.*http\/https/);
      expect(await everything()).toEqual({});
    },
  );

  it('http, https and the bare name of a PDF opened from disk are accepted', async () => {
    const urls = ['http://czj.example.gov.cn/a.html', 'https://czj.example.gov.cn/b.pdf', '2025年部门预算.pdf'];
    expect(await importLibrary(fileOf(urls.map((url, i) => ({ ...copyAt(i), url }))))).toEqual({ added: 3, updated: 0 });
  });
});

describe('a crafted import with 4 × 20,000 figures', () => {
  const figures = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ ...base.figures[0]!, key: `income:crafted-${i}`, label: `来源${i}`, group: 'income' as const, value: `${i}.00` }));

  it('is refused on import: more figures than any document has', async () => {
    const docs = [0, 1, 2, 3].map((n) => ({ ...copyAt(n), figures: figures(20_000) }));
    await expect(importLibrary(fileOf(docs))).rejects.toThrow(/第 1 条.*figures/);
    expect(await everything()).toEqual({});
  });

  it('and Compare is linear in the figures anyway: 4 × 20,000 (never stored) compare, every key once', () => {
    const docs = [0, 1, 2, 3].map((n) => ({ ...copyAt(n), figures: figures(20_000) }));
    const c = compareSnapshots(docs);
    expect(c.rows.filter((r) => r.key.startsWith('income:crafted-'))).toHaveLength(20_000 - 1); // 0.00 everywhere is left out
    expect(c.rows.find((r) => r.key === 'income:crafted-19999')!.cells.map((x) => x.difference)).toEqual([null, '0.00', '0.00', '0.00']);
  });

  it('the cap is far above a real document', () => {
    expect(base.figures.length).toBeLessThan(MAX_FIGURES / 5);
  });
});
