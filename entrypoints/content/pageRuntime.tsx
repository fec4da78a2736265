// The page runtime, loaded only once the cheap gate (entrypoints/content/index) says the page is
// a disclosure or lists disclosure PDFs: one closed shadow root for the UI, the page read into a
// RawDoc, checked by the worker over the typed port, and the findings drawn.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageOverlay, type PdfLinkTarget } from '../../components/page/PageOverlay';
import overlayCss from '../../components/surface/surface.css?inline';
import type { SaveReply } from '../../lib/extension/messages';
import type { AnchorIndex } from '../../lib/extract/raw';
import { extractHtmlRaw } from '../../lib/extract/html/extractHtmlRaw';
import type { DisclosureSignals } from '../../lib/disclosure/pageSignals';
import type { MarkSettings } from '../../lib/page/markers';
import { loadMarkSettings, PAGE_DEFAULTS, saveMarkSettings, watchMarkSettings } from '../../lib/page/pageSettings';
import { detachAnchors, reattachAnchors } from '../../lib/page/transferableRaw';
import { causeCounts } from '../../lib/report/rootCauses';
import type { Report } from '../../lib/report/schema';
import { openCheckPort } from './checkConnection';
import type { TabStatusChannel } from './tabStatus';
import { pageInspectionSheet } from './sheetBuilder';
import { createCheckTrace } from './trace';

const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * The one host element: outside <body>, zero-sized, so the page's layout cannot move. Its shadow
 * root is closed: page scripts cannot reach our buttons, read the findings or remove the boxes.
 */
function createHost(): { host: HTMLElement; root: ShadowRoot; mount: HTMLElement } {
  const host = document.createElement('budget-lens-ui');
  host.style.cssText = 'all:initial;position:absolute;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483646;display:block;';
  // Closed in every build users get. Only the Firefox e2e build (`wxt build --mode e2e`) opens it:
  // WebDriver BiDi has no way into a closed root (the Chromium tests reach it over CDP instead).
  const root = host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = overlayCss;
  const mount = document.createElement('div');
  root.append(style, mount);
  document.documentElement.appendChild(host);
  return { host, root, mount };
}

/** 复制引用: the async clipboard API of our isolated world (no event reaches the page), else the worker copies. */
async function copyCitation(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // not allowed here (http page, no focus): the worker's extension document copies
  }
  const ok: unknown = await browser.runtime.sendMessage({ type: 'copy-text', text });
  return ok === true;
}

export async function runPage(ctx: ContentScriptContext, signals: DisclosureSignals, disclosure: boolean, status: TabStatusChannel, t0: number): Promise<void> {
  const links: PdfLinkTarget[] = signals.pdfLinks.map(({ el, url }) => ({ el, url }));
  const { host, root, mount } = createHost();
  ctx.onInvalidated(() => {
    render(null, mount);
    host.remove();
  });

  let report: Report | null = null;
  /** "保存到对比": the library lives in the worker (its code would overrun this script's budget). */
  const saveToLibrary = async (): Promise<SaveReply> => {
    if (!report) return { ok: false, error: '此页尚未核查完毕 (not checked yet)' };
    const r: unknown = await browser.runtime.sendMessage({ type: 'save-report', report: JSON.stringify(report), url: location.href, title: document.title || null });
    return r && typeof r === 'object' && 'ok' in r ? (r as SaveReply) : { ok: false, error: '保存失败 (no reply)' };
  };

  // The switches are read while the page is (storage answers in 10–30 ms): only the first
  // marks need them. Until then, and when storage is unavailable, the defaults.
  let settings: MarkSettings = PAGE_DEFAULTS;
  let settingsChanged = false;
  const settingsLoaded = loadMarkSettings().then(
    (s) => {
      if (!settingsChanged) settings = s;
    },
    () => {},
  );
  let anchors: AnchorIndex<Node> | null = null;
  let omittedPass = 0;
  let countedPass: Record<string, number> | undefined;

  const draw = () =>
    render(
      <PageOverlay
        report={report}
        anchors={anchors}
        host={host}
        root={root}
        page={{ title: document.title, url: location.href }}
        settings={settings}
        onSettings={(patch) => {
          settings = { ...settings, ...patch };
          draw();
          void saveMarkSettings(patch).catch(() => {});
        }}
        pdfLinks={links}
        omittedPass={omittedPass}
        countedPass={countedPass}
        onSave={saveToLibrary}
        onSheet={() => (report ? pageInspectionSheet(report) : Promise.reject(new Error('此页尚未核查完毕 (not checked yet)')))}
        copy={copyCitation}
        onOpenPdf={(url) => void browser.runtime.sendMessage({ type: 'open-viewer', url }).catch(() => {})}
      />,
      mount,
    );
  draw();
  const unwatch = watchMarkSettings((s) => {
    settingsChanged = true;
    settings = s;
    draw();
  });
  ctx.onInvalidated(unwatch);

  if (!disclosure) {
    void status.publish();
    return;
  }
  status.set({ state: 'checking' });
  const trace = createCheckTrace(t0);
  let check: ReturnType<typeof openCheckPort> | null = null;
  try {
    check = openCheckPort();
    ctx.onInvalidated(check.close);
    await yieldToPage();
    trace.mark('extract0');
    const raw = extractHtmlRaw(document, location.href);
    trace.mark('extract1');
    // Two tasks, not one: on a 10,000-row table each takes tens of milliseconds.
    await yieldToPage();
    trace.mark('detach0');
    const detached = detachAnchors(raw);
    trace.mark('detach1');
    await yieldToPage();
    if (ctx.isInvalid) return;
    // JSON text both ways, over one port: the default marks arrive first, the passing findings after.
    trace.mark('send0');
    const json = JSON.stringify(detached.raw);
    trace.mark('send1');
    let first = true;
    for await (const { reply, at, chars } of check.replies(json)) {
      if (ctx.isInvalid) return;
      if (reply.type === 'error') throw new Error(reply.error);
      if (reply.type === 'not-disclosure') {
        status.set({ state: 'none' });
        if (!links.length) {
          render(null, mount);
          host.remove();
        }
        return;
      }
      if (first) trace.firstReply(at, chars, json.length, reply.timings);
      else trace.laterReply(at, chars, reply.timings);
      const { payload } = reply;
      report = payload.report;
      anchors = reattachAnchors<Node>(payload.anchors, detached.anchors);
      omittedPass = payload.omittedPass;
      countedPass = payload.passByGroup;
      const causes = causeCounts(report);
      status.set({ state: 'checked', summary: { ...report.summary, causes: { errors: causes.errors, doubts: causes.doubts } }, department: report.department, year: report.year, kind: report.kind });
      if (first) await settingsLoaded;
      draw();
      if (first) {
        status.actions.save = saveToLibrary;
        status.actions.togglePanel = () => {
          const panel = root.querySelector<HTMLElement>('.bl-panel');
          if (panel) panel.style.display = panel.style.display === 'none' ? '' : 'none';
        };
        trace.done('checked');
        void status.publish(); // the badge need not wait for the passing findings
        first = false;
      }
    }
    // Every reply drawn (passing findings too, when there are any to list).
    trace.done('complete');
  } catch (e) {
    check?.close();
    if (ctx.signal.aborted) return;
    status.set({ state: 'error', error: (e as Error).message });
  } finally {
    void status.publish();
  }
}
