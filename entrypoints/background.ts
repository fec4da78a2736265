// Background worker: toolbar badge per tab, the link context menu, opening the PDF viewer, and
// the check engine for pages (the content script sends the page's RawDoc; see lib/page/checkRaw).
import { parseMessage } from '../lib/extension/messages';
import { checkRaw, isRawDoc } from '../lib/page/checkRaw';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'budget-lens-check-link', title: '用预算透镜核查', contexts: ['link'] });
  });

  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === 'budget-lens-check-link' && info.linkUrl) void openViewer(info.linkUrl);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: { id?: number } }, reply: (r: unknown) => void) => {
    // Only our own pages and content scripts talk to the worker.
    if (sender.id !== browser.runtime.id) return false;
    const msg = parseMessage(raw);
    if (!msg) return false;
    if (msg.type === 'tab-status' && sender.tab?.id !== undefined) {
      const fails = msg.status.summary?.fail ?? 0;
      const tabId = sender.tab.id;
      void browser.action.setBadgeText({ tabId, text: msg.status.state === 'checked' && fails > 0 ? String(fails) : '' });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
    }
    if (msg.type === 'open-viewer') void openViewer(msg.url);
    if (msg.type === 'check-raw') {
      // Large pages travel as JSON text: Chrome converts message objects value by value on the
      // page's main thread (seconds for a 10,000-row table), a string in one piece.
      let raw: unknown = msg.raw;
      try {
        if (typeof raw === 'string') raw = JSON.parse(raw);
      } catch {
        raw = null;
      }
      if (!isRawDoc(raw)) {
        reply({ error: 'not a RawDoc' });
        return false;
      }
      try {
        const t0 = performance.now();
        const result = checkRaw(raw);
        reply(JSON.stringify(result && { ...result, checkMs: Math.round(performance.now() - t0) }));
      } catch (e) {
        reply({ error: (e as Error).message });
      }
    }
    return false;
  });
});

function openViewer(url: string) {
  return browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?url=${encodeURIComponent(url)}`) });
}
