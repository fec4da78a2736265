// User settings, stored through WXT's storage API and validated with zod on every read: a
// corrupted or foreign value falls back to the defaults (and says so) instead of breaking the UI.
import { z } from 'zod';
import { settingsItem, storedObject, updateSettingsItem } from './settingsItem';

export const SettingsSchema = z.object({
  /** Show rounding-only differences (amber) on the page; off by default. */
  showRounding: z.boolean(),
  /** Show passing cells (green) on demand. */
  showPass: z.boolean(),
  lang: z.enum(['zh', 'en']),
  /** Origins (https://example.org) the user enabled besides *.gov.cn. */
  enabledOrigins: z.array(z.string().regex(/^https?:\/\/[^/]+$/)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { showRounding: false, showPass: false, lang: 'zh', enabledOrigins: [] };


export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value was unreadable and defaults were used instead. */
  problem: string | null;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const raw = await settingsItem.getValue();
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, problem: null };
  const parsed = SettingsSchema.partial().safeParse(raw);
  if (!parsed.success) {
    return { settings: DEFAULT_SETTINGS, problem: `设置已损坏，已使用默认值 (settings were corrupted; defaults used): ${parsed.error.issues[0]?.message ?? ''}` };
  }
  return { settings: { ...DEFAULT_SETTINGS, ...parsed.data }, problem: null };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  let saved: Settings = DEFAULT_SETTINGS;
  await updateSettingsItem((current) => {
    const parsed = SettingsSchema.partial().safeParse(current);
    saved = SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}), ...patch });
    return saved;
  });
  return saved;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => {
    const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...storedObject(v) });
    cb(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
