import { describe, expect, it } from 'vitest';
import { toolbarButton } from './toolbarButton';

const badge = () => ({ setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined });

describe('toolbarButton', () => {
  it('uses action (MV3) when there is one, browserAction (Firefox MV2) otherwise', () => {
    const action = badge();
    const browserAction = badge();
    expect(toolbarButton({ action, browserAction } as never)).toBe(action);
    expect(toolbarButton({ browserAction } as never)).toBe(browserAction);
    expect(() => toolbarButton({} as never)).toThrow(/browserAction/);
  });
});
