import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expectedReport, SEED_001, SEED_003, synthetic2024Report } from '../../tests/fixtures/library/reports';
import { fixturePath } from '../../tests/shared';
import { snapshotFromReport } from './fromReport';
import {
  clearLibrary,
  deleteSnapshot,
  exportLibrary,
  importLibrary,
  LibraryError,
  loadLibrary,
  loadSnapshots,
  removeUnreadable,
  resetMigrationState,
  saveReport,
  saveSnapshot,
} from './storage';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const index = () => stored('libraryIndex');
const everything = async () => fakeBrowser.storage.local.get(null);

beforeEach(() => {
  fakeBrowser.reset();
  resetMigrationState();
});

describe('library storage', () => {
  it('is empty with no problems at first', async () => {
    expect(await loadLibrary()).toEqual({ entries: [], problems: [] });
  });

  it('saves a checked report: a light index entry, the full snapshot under its own key', async () => {
    const { snapshot, replaced } = await saveReport(expectedReport(SEED_001));
    expect(replaced).toBe(false);
    const { entries, problems } = await loadLibrary();
    expect(problems).toEqual([]);
    expect(entries).toEqual([{ v: 1, id: snapshot.id, url: snapshot.url, title: snapshot.title, department: '柳州市工业和信息化局', year: 2025, kind: 'budget', unit: '万元', summary: snapshot.summary, savedAt: snapshot.savedAt }]);
    expect('figures' in entries[0]!).toBe(false);
    const { snapshots } = await loadSnapshots([snapshot.id]);
    const total = snapshots[0]!.figures.find((f) => f.key === 'total')!;
    expect(total).toMatchObject({ value: '30688.06', decimals: 2, unit: '万元' });
    expect(typeof total.value).toBe('string');
  });

  it('saving the same document again updates it instead of adding a copy', async () => {
    await saveReport(expectedReport(SEED_001), { savedAt: new Date('2026-01-01T00:00:00Z') });
    await saveReport(expectedReport(SEED_003));
    const again = await saveReport(expectedReport(SEED_001, { summary: { checks: 9, pass: 5, rounding: 3, fail: 1 } }), {
      url: `http://czj.example.gov.cn/html/${SEED_001}.html#t3`, // same page, another anchor
      savedAt: new Date('2026-02-01T00:00:00Z'),
    });
    expect(again.replaced).toBe(true);
    const { entries } = await loadLibrary();
    expect(entries).toHaveLength(2);
    const e001 = entries.find((s) => s.department?.includes('工业和信息化局'))!;
    expect(e001.summary.fail).toBe(1);
    expect(e001.savedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(Object.keys(await everything()).filter((k) => k.startsWith('doc:'))).toHaveLength(2);
  });

  it('reports corrupted and foreign index entries, skips them, and keeps them when saving again', async () => {
    const good = snapshotFromReport(expectedReport(SEED_001));
    await saveSnapshot(good);
    const broken = { v: 1, id: 'doc-x', url: 'http://czj.example.gov.cn/broken.html', year: '2025' };
    const foreign = { hello: 'another extension wrote this' };
    await fakeBrowser.storage.local.set({ libraryIndex: [...((await index()) as unknown[]), broken, foreign, 'junk', { ...broken, v: 7 }] });
    const loaded = await loadLibrary();
    expect(loaded.entries.map((s) => s.id)).toEqual([good.id]);
    expect(loaded.problems.map((p) => p.index)).toEqual([1, 2, 3, 4]);
    expect(loaded.problems[0]).toMatchObject({ url: broken.url, reason: expect.stringMatching(/损坏/) });
    expect(loaded.problems[1]!.reason).toMatch(/不是预算透镜保存的文档/);
    expect(loaded.problems[3]!.reason).toMatch(/较新版本/);

    await saveReport(synthetic2024Report());
    const after = (await index()) as unknown[];
    expect(after).toHaveLength(6);
    expect(after.slice(1, 5)).toEqual([broken, foreign, 'junk', { ...broken, v: 7 }]);
    expect((await loadLibrary()).entries).toHaveLength(2);
  });

  it('a corrupted full snapshot is reported when compared, the others load', async () => {
    const a = await saveReport(expectedReport(SEED_001));
    const b = await saveReport(expectedReport(SEED_003));
    await fakeBrowser.storage.local.set({ [`doc:${b.snapshot.id}`]: { ...b.snapshot, figures: 'gone' } });
    const r = await loadSnapshots([a.snapshot.id, b.snapshot.id, 'doc-missing']);
    expect(r.snapshots.map((s) => s.id)).toEqual([a.snapshot.id]);
    expect(r.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/损坏.*figures/), expect.stringMatching(/不见了/)]);
  });

  it('an index that is not a list is reported; writes refuse to overwrite it until cleared', async () => {
    await fakeBrowser.storage.local.set({ libraryIndex: { not: 'a list' } });
    const loaded = await loadLibrary();
    expect(loaded.entries).toEqual([]);
    expect(loaded.problems[0]!.index).toBe(-1);
    await expect(saveReport(expectedReport(SEED_001))).rejects.toBeInstanceOf(LibraryError);
    expect(await index()).toEqual({ not: 'a list' });
    await clearLibrary();
    await saveReport(expectedReport(SEED_001));
    expect((await loadLibrary()).entries).toHaveLength(1);
  });

  it('deletes one (index entry and snapshot), removes unreadable entries on request, clears all', async () => {
    const a = await saveReport(expectedReport(SEED_001));
    await saveReport(expectedReport(SEED_003));
    expect(await deleteSnapshot(a.snapshot.id)).toBe(true);
    expect(await deleteSnapshot('doc-missing')).toBe(false);
    expect((await loadLibrary()).entries.map((s) => s.department)).toEqual(['柳州市大数据发展局']);
    expect(await stored(`doc:${a.snapshot.id}`)).toBeUndefined();
    await fakeBrowser.storage.local.set({ libraryIndex: [...((await index()) as unknown[]), { v: 1, id: 'x' }] });
    expect(await removeUnreadable()).toBe(1);
    expect((await loadLibrary()).problems).toEqual([]);
    await clearLibrary();
    expect((await loadLibrary()).entries).toEqual([]);
    expect(Object.keys(await everything()).filter((k) => !k.endsWith('$'))).toEqual([]);
  });
});

describe('migration from layout v1 (one list of full snapshots under "library")', () => {
  it('moves each snapshot to its own key and into the index, keeps unreadable entries, drops the old list', async () => {
    const a = snapshotFromReport(expectedReport(SEED_001));
    const b = snapshotFromReport(expectedReport(SEED_003));
    const broken = { ...snapshotFromReport(synthetic2024Report()), figures: [{ key: 'total', value: 37596.45 }] };
    await fakeBrowser.storage.local.set({ library: [a, broken, b] });
    const loaded = await loadLibrary();
    expect(loaded.entries.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]!.url).toBe(broken.url);
    expect(await stored('library')).toBeUndefined();
    expect((await loadSnapshots([a.id, b.id])).snapshots).toEqual([a, b]);
    // The unreadable entry is kept (in the index) until the user removes it.
    expect(((await index()) as unknown[])[1]).toMatchObject({ unreadable: broken });
    expect(loaded.problems[0]!.reason).toMatch(/旧版记录无法读取.*figures/);
  });

  it('merges into an existing index and runs once', async () => {
    const a = await saveReport(expectedReport(SEED_001));
    const b = snapshotFromReport(expectedReport(SEED_003));
    await fakeBrowser.storage.local.set({ library: [b, a.snapshot] });
    resetMigrationState(); // a new page: the old list found there
    expect((await loadLibrary()).entries.map((e) => e.id)).toEqual([a.snapshot.id, b.id]);
    expect((await loadLibrary()).entries).toHaveLength(2);
  });

  it('an old value that is not a list is reported, not migrated, and removable', async () => {
    await fakeBrowser.storage.local.set({ library: 'garbage' });
    expect((await loadLibrary()).problems[0]!.reason).toMatch(/旧版文档库无法读取/);
    await saveReport(expectedReport(SEED_001));
    expect(await removeUnreadable()).toBe(1);
    expect(await loadLibrary()).toMatchObject({ problems: [], entries: [expect.objectContaining({ year: 2025 })] });
  });
});

describe('library export and import', () => {
  it('round-trips: export, clear, import gives the same snapshots', async () => {
    const a = await saveReport(expectedReport(SEED_001));
    const b = await saveReport(expectedReport(SEED_003));
    const file = await exportLibrary(new Date('2026-03-01T00:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({ format: 'budget-lens-library', version: 1, exportedAt: '2026-03-01T00:00:00.000Z' });
    await clearLibrary();
    expect(await importLibrary(file)).toEqual({ added: 2, updated: 0 });
    expect((await loadSnapshots([a.snapshot.id, b.snapshot.id])).snapshots).toEqual([a.snapshot, b.snapshot]);
    // Importing the same file again updates, never duplicates.
    expect(await importLibrary(file)).toEqual({ added: 0, updated: 2 });
    expect((await loadLibrary()).entries).toHaveLength(2);
  });

  const badFiles: [string, string, RegExp][] = [
    ['not JSON', '{"format": "budget-lens-library", documents: [', /不是有效的 JSON/],
    ['another format', JSON.stringify({ format: 'something-else', documents: [] }), /不是预算透镜导出的文档库/],
    ['documents not a list', JSON.stringify({ format: 'budget-lens-library', documents: {} }), /不是预算透镜导出的文档库/],
  ];
  for (const [name, text, message] of badFiles) {
    it(`rejects ${name} and changes nothing`, async () => {
      await saveReport(expectedReport(SEED_001));
      const before = await everything();
      await expect(importLibrary(text)).rejects.toThrow(message);
      expect(await everything()).toEqual(before);
    });
  }

  it('rejects a file with one bad entry among good ones, whole, naming the entry', async () => {
    await saveReport(expectedReport(SEED_001));
    const before = await everything();
    const good = snapshotFromReport(expectedReport(SEED_003));
    const bad = { ...snapshotFromReport(synthetic2024Report()), figures: [{ ...good.figures[0]!, value: '6,400.69' }] };
    const file = JSON.stringify({ format: 'budget-lens-library', version: 1, documents: [good, bad] });
    await expect(importLibrary(file)).rejects.toThrow(/第 2 条.*figures\.0\.value/);
    expect(await everything()).toEqual(before);
  });

  it('a float amount is refused', async () => {
    const s = snapshotFromReport(expectedReport(SEED_001));
    const file = JSON.stringify({ format: 'budget-lens-library', documents: [{ ...s, figures: s.figures.map((f) => ({ ...f, value: Number(f.value) })) }] });
    await expect(importLibrary(file)).rejects.toBeInstanceOf(LibraryError);
    expect(await index()).toBeUndefined();
  });
});

describe('the committed import files of the e2e tests', () => {
  const read = (name: string) => readFileSync(fixturePath('library', name), 'utf8');

  it('library-two-documents.json imports: 003 and the synthetic 2024 document', async () => {
    expect(await importLibrary(read('library-two-documents.json'))).toEqual({ added: 2, updated: 0 });
    expect((await loadLibrary()).entries.map((s) => [s.department, s.year])).toEqual([
      ['柳州市大数据发展局', 2025],
      ['柳州市工业和信息化局', 2024],
    ]);
  });

  it('library-malformed.json is rejected whole, naming the bad entry', async () => {
    await importLibrary(read('library-two-documents.json'));
    const before = await everything();
    await expect(importLibrary(read('library-malformed.json'))).rejects.toThrow(/第 2 条.*figures\.0\.value/);
    expect(await everything()).toEqual(before);
  });
});
