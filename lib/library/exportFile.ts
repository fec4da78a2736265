// The library export file: { format, version, exportedAt, documents }. Pure (no storage), so the
// CLI and fixture scripts can write and read it in Node.
import { upgradeEntry } from './migrations';
import { isWebLink, type Snapshot } from './snapshot';

export const EXPORT_FORMAT = 'budget-lens-library';
export const EXPORT_VERSION = 1;

export function libraryFile(documents: Snapshot[], exportedAt: Date = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), documents }, null, 1);
}

export class LibraryFileError extends Error {}

/** Every document validated (and upgraded); any bad one rejects the whole file, naming it. */
export function parseLibraryFile(text: string): Snapshot[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new LibraryFileError('导入失败：文件不是有效的 JSON (not valid JSON)');
  }
  const docs = (data as { documents?: unknown })?.documents;
  if ((data as { format?: unknown })?.format !== EXPORT_FORMAT || !Array.isArray(docs)) {
    throw new LibraryFileError('导入失败：不是预算透镜导出的文档库 (not a Budget Lens library export)');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    throw new LibraryFileError(`导入失败：文件由较新版本的扩展导出（版本 ${version}），请先升级扩展 (exported by a newer version ${version})`);
  }
  if (version !== EXPORT_VERSION) {
    throw new LibraryFileError(`导入失败：导出文件的版本无法识别 (unknown export version: ${JSON.stringify(version) ?? 'none'})`);
  }
  const snapshots: Snapshot[] = [];
  const bad: string[] = [];
  docs.forEach((d, i) => {
    const r = upgradeEntry(d);
    // A link the popup shows must not run script or open local files (javascript:, data:, file:).
    if (r.ok && !isWebLink(r.snapshot.url)) bad.push(`第 ${i + 1} 条：原文地址不是 http/https 链接 (url not http/https)`);
    else if (r.ok) snapshots.push(r.snapshot);
    else bad.push(`第 ${i + 1} 条：${r.reason}`);
  });
  if (bad.length) {
    throw new LibraryFileError(`导入失败，未做任何更改 (nothing was changed)：${bad.slice(0, 3).join('；')}${bad.length > 3 ? ` 等 ${bad.length} 条` : ''}`);
  }
  return snapshots;
}
