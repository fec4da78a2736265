// Background worker: toolbar badge per tab, the link context menu, opening the PDF viewer.
import { parseMessage } from '../lib/extension/messages';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'budget-lens-check-link', title: '用预算透镜核查', contexts: ['link'] });
  });

  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === 'budget-lens-check-link' && info.linkUrl) void openViewer(info.linkUrl);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const msg = parseMessage(raw);
    if (!msg) return;
    if (msg.type === 'tab-status' && sender.tab?.id !== undefined) {
      const fails = msg.status.summary?.fail ?? 0;
      const tabId = sender.tab.id;
      void browser.action.setBadgeText({ tabId, text: msg.status.state === 'checked' && fails > 0 ? String(fails) : '' });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
    }
    if (msg.type === 'open-viewer') void openViewer(msg.url);
  });
});

function openViewer(url: string) {
  return browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?url=${encodeURIComponent(url)}`) });
}
