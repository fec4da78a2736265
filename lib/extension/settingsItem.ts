// The one stored settings item, defined once (versioned: migrations go here) and zod-free, so the
// content script can use it within its size budget. Readers validate what they read: with zod in
// lib/extension/settings.ts, by hand in lib/page/pageSettings.ts. Writes go through one queue per
// extension context: two quick toggles are two read-modify-writes in order, neither lost.
import { storage } from '@wxt-dev/storage';

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  version: 1,
  // Version 1 is the first; later versions add their migration here.
  migrations: {},
});

export type StoredSettings = Record<string, unknown>;

export const storedObject = (v: unknown): StoredSettings => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as StoredSettings) : {});

let queue: Promise<unknown> = Promise.resolve();

/** Read the stored object, change it, write it back — after every earlier update in this context
 * (two quick toggles are two read-modify-writes in order, neither lost). */
export function updateSettingsItem(update: (current: StoredSettings) => StoredSettings): Promise<StoredSettings> {
  const run = queue.then(async () => {
    const next = update(storedObject(await settingsItem.getValue()));
    await settingsItem.setValue(next);
    return next;
  });
  queue = run.catch(() => {});
  return run;
}
