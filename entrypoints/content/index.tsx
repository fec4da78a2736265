// Content script: a cheap first pass decides whether this page is a disclosure (or lists
// disclosure PDFs); only then does it read the page, hand the RawDoc to the background worker
// for checking (the engine stays out of this bundle), and draw the result in one shadow root.
import { render } from 'preact';
import overlayCss from '../../components/page/overlay.css?inline';
import { PageOverlay, type PdfLinkTarget } from '../../components/page/PageOverlay';
import type { AnchorIndex } from '../../lib/extract/raw';
import { extractHtmlRaw } from '../../lib/extract/html/extractHtmlRaw';
import { openCheckPort } from './checkConnection';
import type { SaveReply, TabStatus } from '../../lib/extension/messages';
import { parseContentMessage } from '../../lib/page/contentMessages';
import type { MarkSettings } from '../../lib/page/markers';
import { loadMarkSettings, PAGE_DEFAULTS, saveMarkSettings, watchMarkSettings } from '../../lib/page/pageSettings';
import type { RawCheckResult } from '../../lib/page/checkRaw';
import { looksLikeDisclosure, readSignals } from '../../lib/page/disclosureSignals';
import { detachAnchors, reattachAnchors } from '../../lib/page/transferableRaw';
import type { Report } from '../../lib/report/schema';

const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

/** The one host element: outside <body>, zero-sized, so the page's layout cannot move. */
function createHost(): { host: HTMLElement; root: ShadowRoot; mount: HTMLElement } {
  const host = document.createElement('budget-lens-ui');
  host.setAttribute('data-budget-lens', '');
  host.style.cssText = 'all:initial;position:absolute;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483646;display:block;';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = overlayCss;
  const mount = document.createElement('div');
  root.append(style, mount);
  document.documentElement.appendChild(host);
  return { host, root, mount };
}

function isResult(v: unknown): v is RawCheckResult {
  const r = v as RawCheckResult | null;
  return !!r && typeof r === 'object' && !!r.report && Array.isArray(r.report.findings) && !!r.anchors && Array.isArray(r.anchors.cells) && Array.isArray(r.anchors.text);
}

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Injected twice (gov.cn match + the popup's "核查此页"): the first one owns the page.
    if (document.querySelector('[data-budget-lens]') || (window as { __budgetLens?: boolean }).__budgetLens) return;
    (window as { __budgetLens?: boolean }).__budgetLens = true;

    const t0 = performance.now();
    const signals = readSignals(document);
    const detectMs = performance.now() - t0;
    const disclosure = looksLikeDisclosure(signals);
    let status: TabStatus = { state: 'none', url: location.href, title: document.title || null, summary: null, pdfLinks: signals.pdfLinks.map(({ url, text }) => ({ url, text })) };
    const publish = () => browser.runtime.sendMessage({ type: 'tab-status', status }).catch(() => {});
    let togglePanel: (() => void) | null = null;
    let report: Report | null = null;

    /** "保存到对比": the library lives in the worker (its code would overrun this script's budget). */
    const saveToLibrary = async (): Promise<SaveReply> => {
      if (!report) return { ok: false, error: '此页尚未核查完毕 (not checked yet)' };
      const r: unknown = await browser.runtime.sendMessage({ type: 'save-report', report: JSON.stringify(report), url: location.href, title: document.title || null });
      return r && typeof r === 'object' && 'ok' in r ? (r as SaveReply) : { ok: false, error: '保存失败 (no reply)' };
    };

    const onMessage = (raw: unknown, _sender: unknown, reply: (r: unknown) => void) => {
      const msg = parseContentMessage(raw);
      if (msg?.type === 'get-status') reply(status);
      if (msg?.type === 'toggle-panel') togglePanel?.();
      if (msg?.type === 'save-to-library') {
        void saveToLibrary().then(reply, (e: Error) => reply({ ok: false, error: e.message }));
        return true; // async reply
      }
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    // The first pass's cost, for the e2e trace (debug level: hidden in a normal console).
    console.debug(`[budget-lens] detection ${detectMs.toFixed(2)} ms, disclosure=${disclosure}`);

    const links: PdfLinkTarget[] = signals.pdfLinks.map(({ el, url }) => ({ el, url }));
    if (!disclosure && links.length === 0) return; // not ours: nothing else is done to the page

    const { host, mount } = createHost();
    ctx.onInvalidated(() => {
      render(null, mount);
      host.remove();
    });

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
      void publish();
      return;
    }
    status = { ...status, state: 'checking' };
    let check: ReturnType<typeof openCheckPort> | null = null;
    try {
      check = openCheckPort();
      ctx.onInvalidated(check.close);
      await yieldToPage();
      const t1 = performance.now();
      const raw = extractHtmlRaw(document, location.href);
      const tx = performance.now();
      // Two tasks, not one: on a 10,000-row table each takes tens of milliseconds.
      await yieldToPage();
      const ty = performance.now();
      const detached = detachAnchors(raw);
      const t2 = performance.now();
      await yieldToPage();
      if (ctx.isInvalid) return;
      // JSON text both ways (Chrome converts message objects value by value on this thread), over
      // one port: the default marks arrive first, the passing findings after (lib/page/pageReplies).
      const ts = performance.now();
      const json = JSON.stringify(detached.raw);
      const ts2 = performance.now();
      const sentAt = Date.now();
      let first = true;
      for await (const { value: result, at, chars } of check.replies(json)) {
        if (ctx.isInvalid) return;
        if (first) {
          // Phase costs for the e2e trace (bench figures in the report).
          const w = result as { checkMs?: number; handlerMs?: number; inAt?: number; outAt?: number } | null;
          const gotAt = Date.now() - (performance.now() - at);
          host.dataset.blPhases = `start=${t0.toFixed(0)} before-extract=${(t1 - t0).toFixed(0)} extract=${(tx - t1).toFixed(0)} detach=${(t2 - ty).toFixed(0)} stringify=${(ts2 - ts).toFixed(0)} (${json.length} chars) first-reply=${(at - ts2).toFixed(0)} (worker ${w?.handlerMs ?? '?'}, check ${w?.checkMs ?? '?'}; ${chars} chars; to worker ${w?.inAt ? w.inAt - sentAt : '?'}, back ${w?.outAt ? Math.round(gotAt - w.outAt) : '?'}) parse=${(performance.now() - at).toFixed(0)}`;
        }
        if (result === null) {
          status = { ...status, state: 'none' };
          if (!links.length) {
            render(null, mount);
            host.remove();
          }
          return;
        }
        if (!isResult(result)) throw new Error((result as { error?: string } | null)?.error ?? '核查失败 check failed');
        report = result.report;
        anchors = reattachAnchors<Node>(result.anchors, detached.anchors);
        omittedPass = (result as { omittedPass?: number }).omittedPass ?? 0;
        countedPass = (result as { passByGroup?: Record<string, number> }).passByGroup;
        status = { ...status, state: 'checked', summary: report.summary, department: report.department, year: report.year, kind: report.kind };
        if (first) await settingsLoaded;
        draw();
        if (first) {
          togglePanel = () => {
            host.toggleAttribute('data-bl-panel-hidden');
            const panel = host.shadowRoot?.querySelector<HTMLElement>('.bl-panel');
            if (panel) panel.style.display = host.hasAttribute('data-bl-panel-hidden') ? 'none' : '';
          };
          host.dataset.blCheckedMs = (performance.now() - t0).toFixed(0);
          void publish(); // the badge need not wait for the passing findings
          first = false;
        } else {
          const w = result as { outAt?: number };
          host.dataset.blPhases += `; full reply ${chars} chars, back ${w.outAt ? Math.round(Date.now() - (performance.now() - at) - w.outAt) : '?'}`;
        }
      }
      // Every reply drawn (passing findings too, when there are any to list).
      host.dataset.blCompleteMs = (performance.now() - t0).toFixed(0);
    } catch (e) {
      check?.close();
      if (ctx.signal.aborted) return;
      status = { ...status, state: 'error', error: (e as Error).message };
    } finally {
      void publish();
    }
  },
});
