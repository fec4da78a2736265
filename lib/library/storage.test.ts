import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expectedReport, SEED_001, SEED_003, synthetic2024Report } from '../../tests/fixtures/library/reports';
import { fixturePath } from '../../tests/shared';
import { snapshotFromReport } from './fromReport';
import { clearLibrary, deleteSnapshot, exportLibrary, importLibrary, LibraryError, loadLibrary, removeUnreadable, saveReport, saveSnapshot } from './storage';

const raw = async () => (await fakeBrowser.storage.local.get('library')).library;

describe('library storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is empty with no problems at first', async () => {
    expect(await loadLibrary()).toEqual({ snapshots: [], problems: [] });
  });

  it('saves a checked report and reads its key figures back as decimal strings', async () => {
    const { snapshot, replaced } = await saveReport(expectedReport(SEED_001));
    expect(replaced).toBe(false);
    const { snapshots, problems } = await loadLibrary();
    expect(problems).toEqual([]);
    expect(snapshots).toEqual([snapshot]);
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
    const { snapshots } = await loadLibrary();
    expect(snapshots).toHaveLength(2);
    const s001 = snapshots.find((s) => s.department?.includes('工业和信息化局'))!;
    expect(s001.summary.fail).toBe(1);
    expect(s001.savedAt).toBe('2026-02-01T00:00:00.000Z');
  });

  it('reports a corrupted entry, skips it, and keeps it and the others when saving again', async () => {
    const good = snapshotFromReport(expectedReport(SEED_001));
    const broken = { ...snapshotFromReport(expectedReport(SEED_003)), figures: [{ key: 'total', value: 6400.69 }] };
    const foreign = { hello: 'another extension wrote this' };
    await fakeBrowser.storage.local.set({ library: [good, broken, foreign, 'junk'] });
    const loaded = await loadLibrary();
    expect(loaded.snapshots.map((s) => s.id)).toEqual([good.id]);
    expect(loaded.problems.map((p) => p.index)).toEqual([1, 2, 3]);
    expect(loaded.problems[0]!.reason).toMatch(/损坏/);
    expect(loaded.problems[0]!.url).toBe(broken.url);
    expect(loaded.problems[1]!.reason).toMatch(/版本/);

    await saveReport(synthetic2024Report());
    const after = (await raw()) as unknown[];
    expect(after).toHaveLength(5);
    expect(after.slice(1, 4)).toEqual([broken, foreign, 'junk']);
    expect((await loadLibrary()).snapshots).toHaveLength(2);
  });

  it('a stored value that is not a list is reported; writes refuse to overwrite it until cleared', async () => {
    await fakeBrowser.storage.local.set({ library: { not: 'a list' } });
    const loaded = await loadLibrary();
    expect(loaded.snapshots).toEqual([]);
    expect(loaded.problems[0]!.index).toBe(-1);
    await expect(saveReport(expectedReport(SEED_001))).rejects.toBeInstanceOf(LibraryError);
    expect(await raw()).toEqual({ not: 'a list' });
    await clearLibrary();
    await saveReport(expectedReport(SEED_001));
    expect((await loadLibrary()).snapshots).toHaveLength(1);
  });

  it('an entry from a newer version of the extension is reported, not read as this version', async () => {
    const s = snapshotFromReport(expectedReport(SEED_001));
    await fakeBrowser.storage.local.set({ library: [{ ...s, v: 2 }] });
    const loaded = await loadLibrary();
    expect(loaded.snapshots).toEqual([]);
    expect(loaded.problems[0]!.reason).toMatch(/较新版本/);
  });

  it('deletes one, removes unreadable entries on request, clears all', async () => {
    const a = await saveReport(expectedReport(SEED_001));
    await saveReport(expectedReport(SEED_003));
    expect(await deleteSnapshot(a.snapshot.id)).toBe(true);
    expect(await deleteSnapshot('doc-missing')).toBe(false);
    expect((await loadLibrary()).snapshots.map((s) => s.year)).toEqual([2025]);
    await fakeBrowser.storage.local.set({ library: [...((await raw()) as unknown[]), { v: 1, id: 'x' }] });
    expect(await removeUnreadable()).toBe(1);
    expect((await loadLibrary()).problems).toEqual([]);
    await clearLibrary();
    expect((await loadLibrary()).snapshots).toEqual([]);
  });
});

describe('library export and import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips: export, clear, import gives the same snapshots', async () => {
    await saveReport(expectedReport(SEED_001));
    await saveReport(expectedReport(SEED_003));
    const before = (await loadLibrary()).snapshots;
    const file = await exportLibrary(new Date('2026-03-01T00:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({ format: 'budget-lens-library', version: 1, exportedAt: '2026-03-01T00:00:00.000Z' });
    await clearLibrary();
    expect(await importLibrary(file)).toEqual({ added: 2, updated: 0 });
    expect((await loadLibrary()).snapshots).toEqual(before);
    // Importing the same file again updates, never duplicates.
    expect(await importLibrary(file)).toEqual({ added: 0, updated: 2 });
    expect((await loadLibrary()).snapshots).toHaveLength(2);
  });

  const badFiles: [string, string, RegExp][] = [
    ['not JSON', '{"format": "budget-lens-library", documents: [', /不是有效的 JSON/],
    ['another format', JSON.stringify({ format: 'something-else', documents: [] }), /不是预算透镜导出的文档库/],
    ['documents not a list', JSON.stringify({ format: 'budget-lens-library', documents: {} }), /不是预算透镜导出的文档库/],
  ];
  for (const [name, text, message] of badFiles) {
    it(`rejects ${name} and changes nothing`, async () => {
      await saveReport(expectedReport(SEED_001));
      const before = await raw();
      await expect(importLibrary(text)).rejects.toThrow(message);
      expect(await raw()).toEqual(before);
    });
  }

  it('rejects a file with one bad entry among good ones, whole, naming the entry', async () => {
    await saveReport(expectedReport(SEED_001));
    const before = await raw();
    const good = snapshotFromReport(expectedReport(SEED_003));
    const bad = { ...snapshotFromReport(synthetic2024Report()), figures: [{ ...good.figures[0]!, value: '6,400.69' }] };
    const file = JSON.stringify({ format: 'budget-lens-library', version: 1, documents: [good, bad] });
    await expect(importLibrary(file)).rejects.toThrow(/第 2 条.*figures\.0\.value/);
    expect(await raw()).toEqual(before);
  });

  it('import validates with the same rules as storage: a float amount is refused', async () => {
    const s = snapshotFromReport(expectedReport(SEED_001));
    const file = JSON.stringify({ format: 'budget-lens-library', documents: [{ ...s, figures: s.figures.map((f) => ({ ...f, value: Number(f.value) })) }] });
    await expect(importLibrary(file)).rejects.toBeInstanceOf(LibraryError);
    expect(await raw()).toBeUndefined();
  });

  it('saveSnapshot keeps entries of other documents untouched', async () => {
    const a = snapshotFromReport(expectedReport(SEED_001));
    const b = snapshotFromReport(expectedReport(SEED_003));
    await saveSnapshot(a);
    await saveSnapshot(b);
    await saveSnapshot({ ...a, title: '改过的标题' });
    const { snapshots } = await loadLibrary();
    expect(snapshots.map((s) => s.title)).toEqual(['改过的标题', b.title]);
  });
});

describe('the committed import files of the e2e tests', () => {
  beforeEach(() => fakeBrowser.reset());
  const read = (name: string) => readFileSync(fixturePath('library', name), 'utf8');

  it('library-two-documents.json imports: 003 and the synthetic 2024 document', async () => {
    expect(await importLibrary(read('library-two-documents.json'))).toEqual({ added: 2, updated: 0 });
    expect((await loadLibrary()).snapshots.map((s) => [s.department, s.year])).toEqual([
      ['柳州市大数据发展局', 2025],
      ['柳州市工业和信息化局', 2024],
    ]);
  });

  it('library-malformed.json is rejected whole, naming the bad entry', async () => {
    await importLibrary(read('library-two-documents.json'));
    const before = await raw();
    await expect(importLibrary(read('library-malformed.json'))).rejects.toThrow(/第 2 条.*figures\.0\.value/);
    expect(await raw()).toEqual(before);
  });
});
