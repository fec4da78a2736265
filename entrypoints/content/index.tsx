// Thin content script: cheap detection first; on a disclosure, check the page and mount the
// panel in one shadow root. Everything it starts is tied to ctx (cleanup via its AbortSignal).
import { render } from 'preact';
import '../../components/page/panel.css';
import { SummaryPanel } from '../../components/page/SummaryPanel';
import { parseMessage, type TabStatus } from '../../lib/extension/messages';
import { checkPage } from '../../lib/page/checkPage';
import { looksLikeDisclosure, readSignals } from '../../lib/page/disclosureSignals';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const signals = readSignals(document);
    let status: TabStatus = { state: 'none', url: location.href, title: document.title || null, summary: null, pdfLinks: signals.pdfLinks };
    const publish = () => browser.runtime.sendMessage({ type: 'tab-status', status }).catch(() => {});

    const onMessage = (raw: unknown, _sender: unknown, reply: (r: unknown) => void) => {
      const msg = parseMessage(raw);
      if (msg?.type === 'get-status') reply(status);
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    if (!looksLikeDisclosure(signals)) {
      if (signals.pdfLinks.length) void publish();
      return;
    }
    status = { ...status, state: 'checking' };
    try {
      const result = await checkPage(document, location.href, ctx.signal);
      if (!result) {
        status = { ...status, state: 'none' };
        return;
      }
      const { report } = result;
      status = { ...status, state: 'checked', summary: report.summary, department: report.department, year: report.year, kind: report.kind };
      const ui = await createShadowRootUi(ctx, {
        name: 'budget-lens-ui',
        position: 'overlay',
        anchor: 'body',
        onMount(container, _shadow, host) {
          host.setAttribute('data-budget-lens', '');
          render(<SummaryPanel report={report} />, container);
        },
        onRemove(container) {
          if (container) render(null, container);
        },
      });
      ui.mount();
    } catch (e) {
      if (ctx.signal.aborted) return;
      status = { ...status, state: 'error', error: (e as Error).message };
    } finally {
      void publish();
    }
  },
});
