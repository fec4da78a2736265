// The saved-documents library in extension storage (WXT storage). Layout v2: a small index
// (one light entry per document: what the popup lists) and each full snapshot under its own key,
// read only when compared: reading 200 full snapshots (1.6 MB) took Chromium ~220 ms here, which
// the popup cannot afford when it opens.
// Layout v1 (one list of full snapshots under `library`) is migrated on first use.
// Every entry is validated on its own: a corrupted or foreign one is reported and skipped, and it
// stays where it is — a write only ever replaces the entry it is about.
// Every write goes through one queue (writeQueue.ts: read the index, change it, write it, with no
// other write in between), checks the room left first (quota.ts), and writes its snapshots and the
// index in one storage call: it happens whole or not at all.
// Extension contexts only (defining items touches browser.storage); the pure parts are in
// snapshot.ts, migrations.ts and exportFile.ts.
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { queuedWrite } from '../extension/writeQueue';
import type { Report } from '../report/schema';
import { libraryFile, parseLibraryFile } from './exportFile';
import { snapshotFromReport, type SnapshotMeta } from './fromReport';
import { upgradeEntry } from './migrations';
import { fitsInStorage, isQuotaError, STORAGE_FULL } from './quota';
import { IndexEntrySchema, indexEntryOf, normalizeSourceUrl, SNAPSHOT_VERSION, type IndexEntry, type Snapshot } from './snapshot';

const indexItem = storage.defineItem<unknown>('local:libraryIndex', { version: 1, migrations: {} });
/** Layout v1: every full snapshot in one list. Read once, to migrate. */
const legacyItem = storage.defineItem<unknown>('local:library');
const docItem = (id: string) => storage.defineItem<unknown>(`local:doc:${id}`);
/** The same keys as browser.storage.local names them (WXT drops the `local:` area prefix). */
const INDEX_KEY = 'libraryIndex';
const DOC_PREFIX = 'doc:';
const QUEUE = 'library';

export interface LibraryProblem {
  /** Position in the index; -1 when a whole stored value is unreadable. */
  index: number;
  reason: string;
  /** What could be read of the entry, to name it to the user. */
  url: string | null;
}

export interface LoadedLibrary {
  entries: IndexEntry[];
  problems: LibraryProblem[];
}

export class LibraryError extends Error {}

const entryUrl = (e: unknown): string | null => {
  const x = typeof e === 'object' && e !== null && 'unreadable' in e ? (e as { unreadable: unknown }).unreadable : e;
  return typeof x === 'object' && x !== null && typeof (x as { url?: unknown }).url === 'string' ? normalizeSourceUrl((x as { url: string }).url) : null;
};
const entryId = (e: unknown): string | null =>
  typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string' ? (e as { id: string }).id : null;

let migrated: Promise<void> | null = null;

/** The old list and the index in one storage round trip (what the popup waits for when it opens). */
async function readStored(): Promise<{ legacy: unknown; index: unknown }> {
  const [legacy, index] = await storage.getItems([legacyItem, indexItem]);
  return { legacy: legacy?.value, index: index?.value };
}

/** v1 → v2, once per page: each readable snapshot to its own key; unreadable entries kept, in the index.
 * Queued like every write; callers that write must await it before entering the queue. */
function migrateLegacy(): Promise<void> {
  migrated ??= queuedWrite(QUEUE, async () => {
    const { legacy, index: rawIndex } = await readStored();
    if (legacy === null || legacy === undefined || !Array.isArray(legacy)) return; // nothing to do, or reported by loadLibrary
    const index = indexOf(rawIndex);
    if (index.problem) return;
    const entries = [...index.entries];
    const snapshots: Snapshot[] = [];
    for (const raw of legacy) {
      const r = upgradeEntry(raw);
      if (!r.ok) {
        // Kept, wrapped so it reads as unreadable (a half-valid snapshot could pass as an index entry).
        entries.push({ unreadable: raw, reason: r.reason });
        continue;
      }
      snapshots.push(r.snapshot);
      upsertIndex(entries, indexEntryOf(r.snapshot));
    }
    await commit(snapshots, entries);
    await legacyItem.removeValue();
  }).catch((e) => {
    migrated = null;
    throw e;
  });
  return migrated;
}

/** For tests: forget that this page already migrated. */
export function resetMigrationState(): void {
  migrated = null;
}

async function readIndex(): Promise<{ entries: unknown[]; problem: LibraryProblem | null }> {
  return indexOf(await indexItem.getValue());
}

function indexOf(raw: unknown): { entries: unknown[]; problem: LibraryProblem | null } {
  if (raw === null || raw === undefined) return { entries: [], problem: null };
  if (!Array.isArray(raw)) return { entries: [], problem: { index: -1, url: null, reason: '已保存的文档库无法读取（格式不对）；可清空后重新保存 (library index is not a list)' } };
  return { entries: raw, problem: null };
}

/** Runs one library write in the queue, after the one-time migration. */
async function libraryWrite<T>(write: () => Promise<T>): Promise<T> {
  await migrateLegacy();
  return queuedWrite(QUEUE, write);
}

/**
 * Writes `snapshots` and the index in one storage call (whole or not at all), after checking they
 * fit; a storage-full browser error is reported the same way.
 */
async function commit(snapshots: Snapshot[], entries: unknown[]): Promise<void> {
  const writes: Record<string, unknown> = { [INDEX_KEY]: entries };
  for (const s of snapshots) writes[DOC_PREFIX + s.id] = s;
  if (!(await fitsInStorage(writes))) throw new LibraryError(STORAGE_FULL);
  try {
    await storage.setItems([...snapshots.map((s) => ({ item: docItem(s.id), value: s })), { item: indexItem, value: entries }]);
  } catch (e) {
    if (isQuotaError(e)) throw new LibraryError(STORAGE_FULL);
    throw e;
  }
}

/** Writes refuse to run over an unreadable index: clearing is the user's decision. Inside the queue. */
async function writableIndex(): Promise<unknown[]> {
  const { entries, problem } = await readIndex();
  if (problem) throw new LibraryError(problem.reason);
  return [...entries];
}

function readIndexEntry(raw: unknown): { ok: true; entry: IndexEntry } | { ok: false; reason: string } {
  if (typeof raw === 'object' && raw !== null && 'unreadable' in raw) return { ok: false, reason: `旧版记录无法读取 (unreadable v1 entry): ${String((raw as { reason?: unknown }).reason ?? '')}` };
  const v = (raw as { v?: unknown } | null)?.v;
  if (typeof raw !== 'object' || raw === null || typeof v !== 'number') return { ok: false, reason: '不是预算透镜保存的文档 (not a saved document)' };
  if (v > SNAPSHOT_VERSION) return { ok: false, reason: `由较新版本的扩展保存（版本 ${v}），请升级 (saved by a newer version ${v})` };
  const p = IndexEntrySchema.safeParse(raw);
  if (!p.success) {
    const issue = p.error.issues[0];
    return { ok: false, reason: `内容已损坏 (corrupted): ${issue ? `${issue.path.join('.')} ${issue.message}` : ''}` };
  }
  return { ok: true, entry: p.data };
}

/** The index: what the popup lists. Cheap: no full snapshot is read. */
export async function loadLibrary(): Promise<LoadedLibrary> {
  let stored = await readStored();
  if (Array.isArray(stored.legacy)) {
    migrated = null; // an old list is (still) there: migrate it now
    await migrateLegacy();
    stored = await readStored();
  }
  const problems: LibraryProblem[] = [];
  const { legacy } = stored;
  if (legacy !== null && legacy !== undefined && !Array.isArray(legacy)) {
    problems.push({ index: -1, url: null, reason: '旧版文档库无法读取（格式不对），已跳过 (old library value is not a list)' });
  }
  const { entries: raw, problem } = indexOf(stored.index);
  if (problem) problems.push(problem);
  const entries: IndexEntry[] = [];
  raw.forEach((e, index) => {
    const r = readIndexEntry(e);
    if (r.ok) entries.push(r.entry);
    else problems.push({ index, reason: r.reason, url: entryUrl(e) });
  });
  return { entries, problems };
}

/** Full snapshots of the given documents (for comparing); unreadable ones are reported. */
export async function loadSnapshots(ids: string[]): Promise<{ snapshots: Snapshot[]; problems: LibraryProblem[] }> {
  await migrateLegacy();
  const snapshots: Snapshot[] = [];
  const problems: LibraryProblem[] = [];
  const values = await Promise.all(ids.map((id) => docItem(id).getValue()));
  values.forEach((raw, i) => {
    if (raw === null || raw === undefined) {
      problems.push({ index: i, url: null, reason: `文档 ${ids[i]} 的内容不见了 (snapshot missing)` });
      return;
    }
    const r = upgradeEntry(raw);
    if (r.ok) snapshots.push(r.snapshot);
    else problems.push({ index: i, url: entryUrl(raw), reason: r.reason });
  });
  return { snapshots, problems };
}

function upsertIndex(entries: unknown[], entry: IndexEntry): boolean {
  const at = entries.findIndex((e) => entryId(e) === entry.id || entryUrl(e) === entry.url);
  if (at >= 0) entries[at] = entry;
  else entries.push(entry);
  return at >= 0;
}

/** Saves, or replaces the snapshot of the same document (same URL). */
export function saveSnapshot(snapshot: Snapshot): Promise<{ snapshot: Snapshot; replaced: boolean }> {
  return libraryWrite(async () => {
    const entries = await writableIndex();
    const old = entries.find((e) => entryUrl(e) === snapshot.url && entryId(e) !== snapshot.id);
    const replaced = upsertIndex(entries, indexEntryOf(snapshot));
    await commit([snapshot], entries);
    const oldId = entryId(old);
    if (oldId) await docItem(oldId).removeValue();
    return { snapshot, replaced };
  });
}

/** "保存到对比" from the page panel, the viewer or the popup. */
export function saveReport(report: Report, meta: SnapshotMeta = {}): Promise<{ snapshot: Snapshot; replaced: boolean }> {
  return saveSnapshot(snapshotFromReport(report, meta));
}

export function deleteSnapshot(id: string): Promise<boolean> {
  return libraryWrite(async () => {
    const entries = await writableIndex();
    const kept = entries.filter((e) => entryId(e) !== id);
    if (kept.length === entries.length) return false;
    await indexItem.setValue(kept);
    await docItem(id).removeValue();
    return true;
  });
}

/** Drops the index entries that cannot be read (after the user saw them reported). */
export function removeUnreadable(): Promise<number> {
  return libraryWrite(() => removeUnreadableNow());
}

async function removeUnreadableNow(): Promise<number> {
  const { entries, problem } = await readIndex();
  let removed = 0;
  if (problem) {
    await indexItem.removeValue();
    removed++;
  } else {
    const kept = entries.filter((e) => readIndexEntry(e).ok);
    removed = entries.length - kept.length;
    for (const e of entries) if (!readIndexEntry(e).ok && entryId(e)) await docItem(entryId(e)!).removeValue();
    if (removed) await indexItem.setValue(kept);
  }
  const legacy = await legacyItem.getValue();
  if (legacy !== null && legacy !== undefined && !Array.isArray(legacy)) {
    await legacyItem.removeValue();
    removed++;
  }
  return removed;
}

/** 清空全部: every snapshot key goes, indexed or not (orphans of an interrupted write included). */
export function clearLibrary(): Promise<void> {
  return queuedWrite(QUEUE, async () => {
    const stored = Object.keys(await browser.storage.local.get(null));
    const docs = stored.filter((k) => k.startsWith(DOC_PREFIX));
    await browser.storage.local.remove([...docs, INDEX_KEY, `${INDEX_KEY}$`, 'library']);
    migrated = null;
  });
}

export async function exportLibrary(now: Date = new Date()): Promise<string> {
  const { entries } = await loadLibrary();
  const { snapshots } = await loadSnapshots(entries.map((e) => e.id));
  return libraryFile(snapshots, now);
}

export interface ImportResult {
  added: number;
  updated: number;
}

/** Full validation first (parseLibraryFile); a file with any bad entry is rejected whole and nothing changes. */
export async function importLibrary(text: string): Promise<ImportResult> {
  let snapshots: Snapshot[];
  try {
    snapshots = parseLibraryFile(text);
  } catch (e) {
    throw new LibraryError((e as Error).message);
  }
  return libraryWrite(async () => {
    const entries = await writableIndex();
    let updated = 0;
    for (const s of snapshots) if (upsertIndex(entries, indexEntryOf(s))) updated++;
    await commit(snapshots, entries);
    return { added: snapshots.length - updated, updated };
  });
}

export function watchLibrary(cb: () => void): () => void {
  return indexItem.watch(() => cb());
}
