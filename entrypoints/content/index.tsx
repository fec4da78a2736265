// Content script entry: a guard (once per page), a cheap gate (is this page a disclosure, or does
// it list disclosure PDFs? lib/disclosure/pageSignals), and only then the page runtime
// (entrypoints/content/pageRuntime). The check engine itself runs in the worker.
import { looksLikeDisclosure, readSignals } from '../../lib/disclosure/pageSignals';
import { claimPage } from './claim';
import { openTabStatus } from './tabStatus';
import { detectionTrace } from './trace';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (!claimPage()) return;
    const t0 = performance.now();
    const signals = readSignals(document);
    const disclosure = looksLikeDisclosure(signals);
    detectionTrace(performance.now() - t0, disclosure);
    const status = openTabStatus(ctx, { state: 'none', url: location.href, title: document.title || null, summary: null, pdfLinks: signals.pdfLinks.map(({ url, text }) => ({ url, text })) });
    if (!disclosure && signals.pdfLinks.length === 0) return; // not ours: nothing else is done to the page
    const { runPage } = await import('./pageRuntime');
    await runPage(ctx, signals, disclosure, status, t0);
  },
});
