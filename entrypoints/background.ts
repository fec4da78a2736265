// Background worker: toolbar badge per tab, the link context menu, opening the PDF viewer, and
// the check engine for pages (the content script sends the page's RawDoc; see lib/page/worker/checkRaw).
import { parseMessage, type SaveReply } from '../lib/extension/messages';
import { loadSettings, watchSettings } from '../lib/extension/settings';
import { toolbarButton } from '../lib/extension/toolbarButton';
import { saveReport } from '../lib/library/storage';
import { isRawDoc } from '../lib/page/worker/checkRaw';
import { allowedWebUrl } from '../lib/extension/webUrl';
import { CHECK_PORT, pageReplies, type PageReply } from '../lib/page/worker/pageReplies';
import { encodePortReply, portReplyOf } from '../lib/page/portProtocol';
import { copyFromExtension } from '../lib/extension/clipboard';
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
  // passing findings after (lib/page/worker/pageReplies), so the red boxes need not wait for the rest.
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
        port.postMessage(encodePortReply({ type: 'error', error: 'not a RawDoc' }));
        return;
      }
      let replies: Generator<PageReply | null>;
      try {
        replies = pageReplies(raw);
      } catch (e) {
        port.postMessage(encodePortReply({ type: 'error', error: (e as Error).message }));
        return;
      }
      // One reply per task: the first leaves before the second is built.
      const next = () => {
        if (gone) return;
        try {
          const r = replies.next();
          if (r.done) return;
          port.postMessage(encodePortReply(portReplyOf(r.value, h0)));
          setTimeout(next, 0);
        } catch (e) {
          port.postMessage(encodePortReply({ type: 'error', error: (e as Error).message }));
        }
      };
      next();
    });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }, reply: (r: unknown) => void) => {
    // Only our own pages and content scripts talk to the worker.
    if (sender.id !== browser.runtime.id) return false;
    const msg = parseMessage(raw);
    if (!msg) return false;
    if (msg.type === 'tab-status' && sender.tab?.id !== undefined) {
      // The badge counts root causes (疑似错误), not the identities they break.
      const s = msg.status.summary;
      const errors = s?.causes?.errors ?? s?.fail ?? 0;
      const tabId = sender.tab.id;
      void toolbarButton().setBadgeText({ tabId, text: msg.status.state === 'checked' && errors > 0 ? String(errors) : '' });
      void toolbarButton().setBadgeBackgroundColor({ tabId, color: '#c62828' });
    }
    if (msg.type === 'open-viewer') void openViewer(msg.url);
    if (msg.type === 'copy-text' && sender.tab) {
      void copyFromExtension(msg.text).then(reply, () => reply(false));
      return true; // async reply
    }
    if (msg.type === 'load-sheet-builder' && sender.tab?.id !== undefined) {
      // Files of the extension, into the isolated world the content script runs in: the page sees nothing.
      browser.scripting
        .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: ['/sheet-builder.js'] })
        .then(
          () => reply(true),
          (e: Error) => reply(e.message),
        );
      return true; // async reply
    }
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

/** Opens the viewer on an http(s) PDF; any other scheme is refused (lib/extension/webUrl). */
async function openViewer(url: string): Promise<void> {
  const allowed = allowedWebUrl(url);
  if (!allowed) {
    console.warn('[budget-lens] open-viewer refused a URL that is not http(s)');
    return;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?url=${encodeURIComponent(allowed)}`) });
}
