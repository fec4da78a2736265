// The two settings the page overlay uses (rounding / pass switches), read and written in the same
// storage item as lib/extension/settings.ts but validated by hand: that module's zod schema would
// put zod (~85 KB) into the content script. Other fields of the item are kept as they are.
import { storage } from '@wxt-dev/storage';
import { queuedWrite } from '../extension/writeQueue';
import type { MarkSettings } from './markers';

const KEY = 'local:settings';
export const PAGE_DEFAULTS: MarkSettings = { showRounding: false, showPass: false };

export function markSettingsOf(v: unknown): MarkSettings {
  const o = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  return {
    showRounding: typeof o.showRounding === 'boolean' ? o.showRounding : PAGE_DEFAULTS.showRounding,
    showPass: typeof o.showPass === 'boolean' ? o.showPass : PAGE_DEFAULTS.showPass,
  };
}

export async function loadMarkSettings(): Promise<MarkSettings> {
  return markSettingsOf(await storage.getItem<unknown>(KEY));
}

/** Read-modify-write in the settings queue (writeQueue.ts): two quick switches both stick. */
export function saveMarkSettings(patch: Partial<MarkSettings>): Promise<void> {
  return queuedWrite('settings', async () => {
    const current = await storage.getItem<unknown>(KEY);
    const base = typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : {};
    const next: Record<string, unknown> = { ...base };
    if (typeof patch.showRounding === 'boolean') next.showRounding = patch.showRounding;
    if (typeof patch.showPass === 'boolean') next.showPass = patch.showPass;
    await storage.setItem(KEY, next);
  });
}

export function watchMarkSettings(cb: (s: MarkSettings) => void): () => void {
  return storage.watch<unknown>(KEY, (v) => cb(markSettingsOf(v)));
}
