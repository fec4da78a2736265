// What the popup knows about the active tab: asks its content script, which may be absent
// (not a gov.cn page and not enabled) — then the popup offers to check the page on demand.
import { TabStatusSchema, type TabStatus } from '../../lib/extension/messages';

export interface ActiveTab {
  id: number;
  url: string;
  status: TabStatus | null;
  isPdf: boolean;
}

/** The active tab, or — popup.html?tab=ID, the popup opened as a page for a given tab — that one. */
export async function readActiveTab(tabId?: number): Promise<ActiveTab | null> {
  const [tab] = tabId !== undefined ? [await browser.tabs.get(tabId)] : await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || !tab.url) return null;
  let status: TabStatus | null = null;
  try {
    const parsed = TabStatusSchema.safeParse(await browser.tabs.sendMessage(tab.id, { type: 'get-status' }));
    status = parsed.success ? parsed.data : null;
  } catch {
    status = null; // no content script in this tab
  }
  return { id: tab.id, url: tab.url, status, isPdf: /\.pdf($|[?#])/i.test(tab.url) };
}

/** activeTab + scripting: run the content script on this one page because the user asked. */
export async function checkThisPage(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}
