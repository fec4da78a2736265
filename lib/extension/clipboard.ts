// "复制引用" from an extension context, never from the page: a copy done in the page (execCommand)
// fires the page's own copy listeners, which can read or rewrite the citation. Chrome's worker has
// no DOM, so it copies in an offscreen document (entrypoints/offscreen); Firefox's background
// page has one and copies there.
export const OFFSCREEN_COPY = 'budget-lens-offscreen-copy';

/** Copy through a textarea of an extension document (our own page: no page listener sees it). */
export function copyInDocument(doc: Document, text: string): boolean {
  const ta = doc.createElement('textarea');
  ta.value = text;
  doc.body.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const offscreen = browser.offscreen;
  if (await offscreen.hasDocument()) return;
  creating ??= offscreen
    .createDocument({ url: browser.runtime.getURL('/offscreen.html'), reasons: ['CLIPBOARD'], justification: 'Copy the citation the user asked for (复制引用).' })
    .finally(() => (creating = null));
  await creating;
}

export async function copyFromExtension(text: string): Promise<boolean> {
  if (typeof document !== 'undefined' && document.body) return copyInDocument(document, text); // Firefox background page
  if (!browser.offscreen) return false;
  await ensureOffscreen();
  const ok: unknown = await browser.runtime.sendMessage({ type: OFFSCREEN_COPY, text });
  return ok === true;
}
