// The saved-documents library in extension storage (WXT storage, one versioned item holding a
// list of entries). Extension contexts only (defining the item touches browser.storage); the
// pure parts are in snapshot.ts, migrations.ts and exportFile.ts. Each entry is validated on its own: a corrupted or foreign entry is reported
// and skipped, and it stays where it is — a write only ever replaces the entry it is about.
import { storage } from '@wxt-dev/storage';
import type { Report } from '../report/schema';
import { libraryFile, parseLibraryFile } from './exportFile';
import { snapshotFromReport, type SnapshotMeta } from './fromReport';
import { upgradeEntry } from './migrations';
import { normalizeSourceUrl, type Snapshot } from './snapshot';

const libraryItem = storage.defineItem<unknown>('local:library', {
  // Version of the container (a list of entries); entries carry their own version (`v`).
  version: 1,
  migrations: {},
});

export interface LibraryProblem {
  /** Position in storage; -1 when the whole stored value is unreadable. */
  index: number;
  reason: string;
  /** What could be read of the entry, to name it to the user. */
  url: string | null;
}

export interface LoadedLibrary {
  snapshots: Snapshot[];
  problems: LibraryProblem[];
}

export class LibraryError extends Error {}

async function readEntries(): Promise<{ entries: unknown[]; problem: LibraryProblem | null }> {
  const raw = await libraryItem.getValue();
  if (raw === null || raw === undefined) return { entries: [], problem: null };
  if (!Array.isArray(raw)) return { entries: [], problem: { index: -1, url: null, reason: '已保存的文档库无法读取（格式不对）；可清空后重新保存 (library value is not a list)' } };
  return { entries: raw, problem: null };
}

/** Writes refuse to run over an unreadable library: clearing is the user's decision. */
async function writableEntries(): Promise<unknown[]> {
  const { entries, problem } = await readEntries();
  if (problem) throw new LibraryError(problem.reason);
  return entries;
}

const entryUrl = (e: unknown): string | null =>
  typeof e === 'object' && e !== null && typeof (e as { url?: unknown }).url === 'string' ? normalizeSourceUrl((e as { url: string }).url) : null;

export async function loadLibrary(): Promise<LoadedLibrary> {
  const { entries, problem } = await readEntries();
  const snapshots: Snapshot[] = [];
  const problems: LibraryProblem[] = problem ? [problem] : [];
  entries.forEach((e, index) => {
    const r = upgradeEntry(e);
    if (r.ok) snapshots.push(r.snapshot);
    else problems.push({ index, reason: r.reason, url: entryUrl(e) });
  });
  return { snapshots, problems };
}

function upsertInto(entries: unknown[], snapshot: Snapshot): boolean {
  const at = entries.findIndex((e) => (e as { id?: unknown })?.id === snapshot.id || entryUrl(e) === snapshot.url);
  if (at >= 0) entries[at] = snapshot;
  else entries.push(snapshot);
  return at >= 0;
}

/** Saves, or replaces the snapshot of the same document (same URL). */
export async function saveSnapshot(snapshot: Snapshot): Promise<{ snapshot: Snapshot; replaced: boolean }> {
  const entries = [...(await writableEntries())];
  const replaced = upsertInto(entries, snapshot);
  await libraryItem.setValue(entries);
  return { snapshot, replaced };
}

/** "保存到对比" from the page panel, the viewer or the popup. */
export function saveReport(report: Report, meta: SnapshotMeta = {}): Promise<{ snapshot: Snapshot; replaced: boolean }> {
  return saveSnapshot(snapshotFromReport(report, meta));
}

export async function deleteSnapshot(id: string): Promise<boolean> {
  const entries = await writableEntries();
  const kept = entries.filter((e) => (e as { id?: unknown })?.id !== id);
  if (kept.length === entries.length) return false;
  await libraryItem.setValue(kept);
  return true;
}

/** Drops the entries that cannot be read (after the user saw them reported). */
export async function removeUnreadable(): Promise<number> {
  const { entries, problem } = await readEntries();
  if (problem) {
    await libraryItem.removeValue();
    return 1;
  }
  const kept = entries.filter((e) => upgradeEntry(e).ok);
  if (kept.length !== entries.length) await libraryItem.setValue(kept);
  return entries.length - kept.length;
}

export async function clearLibrary(): Promise<void> {
  await libraryItem.removeValue();
}

export async function exportLibrary(now: Date = new Date()): Promise<string> {
  return libraryFile((await loadLibrary()).snapshots, now);
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
  const entries = [...(await writableEntries())];
  let updated = 0;
  for (const s of snapshots) if (upsertInto(entries, s)) updated++;
  await libraryItem.setValue(entries);
  return { added: snapshots.length - updated, updated };
}

export function watchLibrary(cb: () => void): () => void {
  return libraryItem.watch(() => cb());
}
