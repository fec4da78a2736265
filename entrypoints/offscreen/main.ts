// The offscreen document (Chrome): copies a citation to the clipboard for the worker, which has no
// DOM. Only the extension's own worker talks to it.
import { copyInDocument, OFFSCREEN_COPY } from '../../lib/extension/clipboard';

browser.runtime.onMessage.addListener((msg: unknown, sender: { id?: string }, reply: (ok: boolean) => void) => {
  if (sender.id !== browser.runtime.id || typeof msg !== 'object' || msg === null) return false;
  const m = msg as { type?: unknown; text?: unknown };
  if (m.type !== OFFSCREEN_COPY || typeof m.text !== 'string') return false;
  reply(copyInDocument(document, m.text));
  return false;
});
