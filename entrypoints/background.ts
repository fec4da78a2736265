// Background worker: toolbar badge per tab, the link context menu, opening the PDF viewer, and
// the check engine for pages (the content script sends the page's RawDoc; see lib/page/checkRaw).
import { parseMessage, type SaveReply } from '../lib/extension/messages';
import { loadSettings, watchSettings } from '../lib/extension/settings';
import { toolbarButton } from '../lib/extension/toolbarButton';
import { saveReport } from '../lib/library/storage';
import { isRawDoc } from '../lib/page/checkRaw';
import { CHECK_PORT, pageReplies } from '../lib/page/pageReplies';
import { ReportSchema } from '../lib/report/schema';

export default defineBackground(() => {
  // Sites the user enabled in the options page (beyond *.gov.cn) get the content script too, as
  // long as their optional host permission is granted.
  void syncEnabledOrigins();
  watchSettings(() => void syncEnabledOrigins());
  browser.permissions.onAdded.addListener(() => void syncEnabledOrigins());
  browser.permissions.onRemoved.addListener(() => void syncEnabledOrigins());

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'budget-lens-check-link', title: '用预算透镜核查', contexts: ['link'] });
  });

  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === 'budget-lens-check-link' && info.linkUrl) void openViewer(info.linkUrl);
  });

  // A page check over a port: the RawDoc (JSON text) in, then the default marks first and the
  // passing findings after (lib/page/pageReplies), so the red boxes need not wait for the rest.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHECK_PORT || port.sender?.id !== browser.runtime.id) return;
    let gone = false;
    port.onDisconnect.addListener(() => (gone = true));
    port.onMessage.addListener((msg: unknown) => {
      const h0 = Date.now();
      let raw: unknown = null;
      try {
        raw = typeof msg === 'string' ? JSON.parse(msg) : null;
      } catch {
        // not JSON: answered below
      }
      if (!isRawDoc(raw)) {
        port.postMessage(JSON.stringify({ error: 'not a RawDoc' }));
        return;
      }
      let replies: Generator<unknown>;
      try {
        replies = pageReplies(raw);
      } catch (e) {
        port.postMessage(JSON.stringify({ error: (e as Error).message }));
        return;
      }
      // One reply per task: the first leaves before the second is built.
      const next = () => {
        if (gone) return;
        try {
          const r = replies.next();
          if (r.done) return;
          const v = r.value as Record<string, unknown> | null;
          port.postMessage(JSON.stringify(v && { ...v, handlerMs: Date.now() - h0, inAt: h0, outAt: Date.now() }));
          setTimeout(next, 0);
        } catch (e) {
          port.postMessage(JSON.stringify({ error: (e as Error).message }));
        }
      };
      next();
    });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: { id?: number } }, reply: (r: unknown) => void) => {
    // Only our own pages and content scripts talk to the worker.
    if (sender.id !== browser.runtime.id) return false;
    const msg = parseMessage(raw);
    if (!msg) return false;
    if (msg.type === 'tab-status' && sender.tab?.id !== undefined) {
      const fails = msg.status.summary?.fail ?? 0;
      const tabId = sender.tab.id;
      void toolbarButton().setBadgeText({ tabId, text: msg.status.state === 'checked' && fails > 0 ? String(fails) : '' });
      void toolbarButton().setBadgeBackgroundColor({ tabId, color: '#c62828' });
    }
    if (msg.type === 'open-viewer') void openViewer(msg.url);
    if (msg.type === 'save-report') {
      void saveFromPage(msg.report, msg.url, msg.title).then(reply);
      return true; // async reply
    }
    return false;
  });
});

const ENABLED_SCRIPT_ID = 'budget-lens-enabled-origins';

async function syncEnabledOrigins(): Promise<void> {
  try {
    const { settings } = await loadSettings();
    const granted: string[] = [];
    for (const origin of settings.enabledOrigins) {
      const pattern = `${origin}/*`;
      if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
    }
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ENABLED_SCRIPT_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ENABLED_SCRIPT_ID] });
    if (granted.length) {
      await browser.scripting.registerContentScripts([{ id: ENABLED_SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true }]);
    }
  } catch (e) {
    console.warn('[budget-lens] enabled origins not registered:', (e as Error).message);
  }
}

/** A page's report → the library (the content script forwards the popup's 'save-to-library'). */
async function saveFromPage(json: string, url: string, title: string | null): Promise<SaveReply> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, error: '报告无法读取 (unreadable report)' };
  }
  const report = ReportSchema.safeParse(parsed);
  if (!report.success) return { ok: false, error: `报告格式不符 (invalid report): ${report.error.issues[0]?.message ?? ''}` };
  try {
    const r = await saveReport(report.data, { url, title });
    return { ok: true, replaced: r.replaced, id: r.snapshot.id };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function openViewer(url: string) {
  return browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?url=${encodeURIComponent(url)}`) });
}
