// The content script's side of "保存到对比" from the popup: it holds the checked report, so it
// answers the popup's 'save-to-library' message by saving it. One listener, added where the
// report lives:  browser.runtime.onMessage.addListener(saveRequestListener(() => report));
import { parseMessage, type SaveReply } from '../extension/messages';
import type { Report } from '../report/schema';
import { saveReport } from './storage';

export function saveRequestListener(
  currentReport: () => Report | null,
  page: () => { url: string; title: string | null } = () => ({ url: location.href, title: document.title || null }),
): (raw: unknown, sender: unknown, reply: (r: SaveReply) => void) => boolean {
  return (raw, _sender, reply) => {
    if (parseMessage(raw)?.type !== 'save-to-library') return false;
    const report = currentReport();
    if (!report) {
      reply({ ok: false, error: '此页还没有核查完，稍后再保存' });
      return false;
    }
    saveReport(report, page()).then(
      (r) => reply({ ok: true, replaced: r.replaced, id: r.snapshot.id }),
      (e: Error) => reply({ ok: false, error: e.message }),
    );
    return true; // the reply comes asynchronously
  };
}
