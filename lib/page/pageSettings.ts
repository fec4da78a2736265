// The two settings the page overlay uses (rounding / pass switches), read and written through the
// one settings item (lib/extension/settingsItem) but validated by hand: lib/extension/settings.ts's
// zod schema would put zod (~85 KB) into the content script. Other fields are kept as they are.
import { settingsItem, updateSettingsItem } from '../extension/settingsItem';
import type { MarkSettings } from './markers';

export const PAGE_DEFAULTS: MarkSettings = { showRounding: false, showPass: false };

export function markSettingsOf(v: unknown): MarkSettings {
  const o = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  return {
    showRounding: typeof o.showRounding === 'boolean' ? o.showRounding : PAGE_DEFAULTS.showRounding,
    showPass: typeof o.showPass === 'boolean' ? o.showPass : PAGE_DEFAULTS.showPass,
  };
}

export async function loadMarkSettings(): Promise<MarkSettings> {
  return markSettingsOf(await settingsItem.getValue());
}

export async function saveMarkSettings(patch: Partial<MarkSettings>): Promise<void> {
  await updateSettingsItem((current) => {
    const next = { ...current };
    if (typeof patch.showRounding === 'boolean') next.showRounding = patch.showRounding;
    if (typeof patch.showPass === 'boolean') next.showPass = patch.showPass;
    return next;
  });
}

export function watchMarkSettings(cb: (s: MarkSettings) => void): () => void {
  return settingsItem.watch((v) => cb(markSettingsOf(v)));
}
