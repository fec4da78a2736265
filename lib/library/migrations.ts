// Upgrading stored snapshots written by older versions of the extension. Each migration takes
// an entry of version v to v + 1; an entry is upgraded step by step, then validated. Version 1
// is the first, so the table is empty today: the next shape change adds `1: (old) => new`.
import type { z } from 'zod';
import { SNAPSHOT_VERSION, SnapshotSchema, type Snapshot } from './snapshot';

export type SnapshotMigration = (entry: Record<string, unknown>) => Record<string, unknown>;

export const SNAPSHOT_MIGRATIONS: Record<number, SnapshotMigration> = {};

export type UpgradeResult = { ok: true; snapshot: Snapshot; migrated: boolean } | { ok: false; reason: string };

/** One stored entry → a current snapshot, or why it cannot be read (the caller reports and skips it). */
export function upgradeEntry(
  raw: unknown,
  migrations: Record<number, SnapshotMigration> = SNAPSHOT_MIGRATIONS,
  current: number = SNAPSHOT_VERSION,
  schema: z.ZodType<Snapshot> = SnapshotSchema,
): UpgradeResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: '不是预算透镜保存的文档 (not a saved document)' };
  let entry = raw as Record<string, unknown>;
  const v = entry.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, reason: '缺少版本号，不是预算透镜保存的文档 (no version: foreign entry)' };
  if (v > current) return { ok: false, reason: `由较新版本的扩展保存（版本 ${v}），请升级 (saved by a newer version ${v})` };
  let migrated = false;
  for (let from = v; from < current; from++) {
    const step = migrations[from];
    if (!step) return { ok: false, reason: `无法从版本 ${from} 升级 (no migration from version ${from})` };
    try {
      entry = { ...step(entry), v: from + 1 };
    } catch (e) {
      return { ok: false, reason: `升级失败 (migration from ${from} failed): ${(e as Error).message}` };
    }
    migrated = true;
  }
  const parsed = schema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `内容已损坏 (corrupted): ${issue ? `${issue.path.join('.')} ${issue.message}` : ''}` };
  }
  return { ok: true, snapshot: parsed.data, migrated };
}
