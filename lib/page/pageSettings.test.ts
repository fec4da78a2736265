import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageSchema } from '../extension/messages';
import { loadSettings, saveSettings } from '../extension/settings';
import { parseContentMessage } from './contentMessages';
import { loadMarkSettings, markSettingsOf, saveMarkSettings } from './pageSettings';

describe('page settings without zod, in the options page’s own storage item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the options page saved, and writes only its two switches', async () => {
    await saveSettings({ showRounding: true, lang: 'en', enabledOrigins: ['https://example.org'] });
    expect(await loadMarkSettings()).toEqual({ showRounding: true, showPass: false });
    await saveMarkSettings({ showPass: true });
    // The options page still reads a valid item, its other fields untouched.
    const back = await loadSettings();
    expect(back.problem).toBeNull();
    expect(back.settings).toEqual({ showRounding: true, showPass: true, lang: 'en', enabledOrigins: ['https://example.org'] });
  });

  it('falls back to the defaults for a corrupted item', () => {
    expect(markSettingsOf('garbage')).toEqual({ showRounding: false, showPass: false });
    expect(markSettingsOf({ showRounding: 'yes', showPass: 1 })).toEqual({ showRounding: false, showPass: false });
  });
});

describe('content-script messages', () => {
  it('accepts exactly the payload-free messages the shared schema accepts for them', () => {
    for (const type of ['get-status', 'toggle-panel', 'save-to-library'] as const) {
      expect(parseContentMessage({ type })).toEqual({ type });
      expect(MessageSchema.safeParse({ type }).success).toBe(true);
    }
    expect(parseContentMessage({ type: 'open-viewer', url: 'https://x.gov.cn/a.pdf' })).toBeNull();
    expect(parseContentMessage('get-status')).toBeNull();
    expect(parseContentMessage(null)).toBeNull();
  });
});

describe('settings writes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('two quick toggles (not awaited one by one) both land, from the page and from the options page alike', async () => {
    await Promise.all([saveMarkSettings({ showRounding: true }), saveMarkSettings({ showPass: true })]);
    expect(await loadMarkSettings()).toEqual({ showRounding: true, showPass: true });
    await Promise.all([saveSettings({ lang: 'en' }), saveSettings({ showRounding: false }), saveMarkSettings({ showPass: false })]);
    expect((await loadSettings()).settings).toEqual({ showRounding: false, showPass: false, lang: 'en', enabledOrigins: [] });
  });
});
