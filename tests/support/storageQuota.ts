// Tests only: gives WXT's fake browser the storage.local quota a real browser has (Chrome: a
// write that would go past QUOTA_BYTES is refused whole with "quota exceeded"), and
// getBytesInUse. `announce: false` hides QUOTA_BYTES (as Firefox does) while still enforcing it,
// so the browser's own error path is exercised too.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bytesOf } from '../../lib/library/quota';

type Area = Record<string, unknown> & {
  get: (keys?: unknown) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
};

/** Installs the quota; returns the function that removes it. */
export function emulateStorageQuota(quotaBytes: number, options: { announce?: boolean } = {}): () => void {
  const local = fakeBrowser.storage.local as unknown as Area;
  const { set } = local;
  const saved = { set, QUOTA_BYTES: local.QUOTA_BYTES, getBytesInUse: local.getBytesInUse };
  local.set = async (items) => {
    const next = { ...(await local.get(null)), ...(JSON.parse(JSON.stringify(items)) as Record<string, unknown>) };
    if (bytesOf(next) > quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    return set(items);
  };
  local.getBytesInUse = async (keys?: unknown) => bytesOf(await local.get(keys ?? null));
  local.QUOTA_BYTES = options.announce === false ? undefined : quotaBytes;
  return () => Object.assign(local, saved);
}
