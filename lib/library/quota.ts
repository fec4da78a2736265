// The room left in extension storage, checked before a library write: Chrome's storage.local
// holds QUOTA_BYTES (10 MB without unlimitedStorage) and refuses a write past it with a raw error
// — a 50 MB import once left 822 snapshot keys and no index. A write that would not fit is
// refused whole with one clear message, before anything is written.
import { browser } from 'wxt/browser';

export const STORAGE_FULL =
  '存储空间不足：扩展的本地存储放不下这些文档，未做任何更改；请先删除一些已保存的文档 (not enough storage space; nothing was changed)';

const utf8 = new TextEncoder();

/** Bytes Chrome counts for stored values: each key plus its JSON (UTF-8). */
export function bytesOf(items: Record<string, unknown>): number {
  let n = 0;
  for (const [key, value] of Object.entries(items)) {
    if (value === undefined) continue;
    n += utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length;
  }
  return n;
}

type LocalArea = typeof browser.storage.local & {
  QUOTA_BYTES?: number;
  getBytesInUse?: (keys?: string | string[] | null) => Promise<number>;
};

/** Head-room for WXT's small meta keys and the estimate's error. */
const MARGIN = 16 * 1024;

/**
 * True when writing `writes` (storage keys → values) and removing `removes` stays within the
 * quota. Browsers without a storage.local quota (Firefox) always have room.
 */
export async function fitsInStorage(writes: Record<string, unknown>, removes: string[] = []): Promise<boolean> {
  const local = browser.storage.local as LocalArea;
  const quota = local.QUOTA_BYTES;
  if (typeof quota !== 'number' || !Number.isFinite(quota)) return true;
  const touched = [...new Set([...Object.keys(writes), ...removes])];
  const [inUse, before] = await Promise.all([
    local.getBytesInUse ? local.getBytesInUse(null) : local.get(null).then((all) => bytesOf(all)),
    local.get(touched).then((old) => bytesOf(old)),
  ]);
  return inUse - before + bytesOf(writes) + MARGIN <= quota;
}

/** The browser's own quota error (when the estimate was short, or another writer got there first). */
export function isQuotaError(e: unknown): boolean {
  return /quota/i.test(String((e as { message?: unknown })?.message ?? e));
}
