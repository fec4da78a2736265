import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from './settings';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  });

  it('saves and reads back a change', async () => {
    await saveSettings({ showRounding: true, enabledOrigins: ['https://czj.example.org'] });
    const { settings } = await loadSettings();
    expect(settings.showRounding).toBe(true);
    expect(settings.enabledOrigins).toEqual(['https://czj.example.org']);
    expect(settings.lang).toBe('zh');
  });

  it('reports a corrupted entry and falls back to defaults instead of throwing', async () => {
    await fakeBrowser.storage.local.set({ settings: { showRounding: 'yes', lang: 42 } });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/损坏/);
  });

  it('rejects an invalid origin on save and keeps the stored value', async () => {
    await saveSettings({ showPass: true });
    await expect(saveSettings({ enabledOrigins: ['not a url'] })).rejects.toThrow();
    expect((await loadSettings()).settings.showPass).toBe(true);
  });
});

describe('settings writes are serialised', () => {
  beforeEach(() => fakeBrowser.reset());

  it('two quick toggles both stick (each read-modify-write waits for the one before)', async () => {
    await Promise.all([saveSettings({ showRounding: true }), saveSettings({ showPass: true }), saveSettings({ lang: 'en' })]);
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, showRounding: true, showPass: true, lang: 'en' });
  });

  it('a rejected write does not block the next one', async () => {
    const bad = saveSettings({ enabledOrigins: ['not a url'] });
    const good = saveSettings({ showPass: true });
    await expect(bad).rejects.toThrow();
    expect((await good).showPass).toBe(true);
  });
});
