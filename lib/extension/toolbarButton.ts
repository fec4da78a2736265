// The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in the Firefox
// MV2 build. The background sets the failure badge through this, never `browser.action` directly
// (undefined in Firefox: the badge never showed there).
import { browser } from 'wxt/browser';

type Badge = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

export function toolbarButton(api: { action?: Badge; browserAction?: Badge } = browser as never): Badge {
  const button = api.action ?? api.browserAction;
  if (!button) throw new Error('no toolbar button API (action / browserAction)');
  return button;
}
