// Copy to the clipboard from a content script: the async clipboard API is missing on http://
// pages (not a secure context), so fall back to a textarea inside our own shadow root.
export async function copyText(text: string, root: Node | null = null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea
  }
  const doc = document;
  const holder = (root as ShadowRoot | null) ?? doc.querySelector('[data-budget-lens]')?.shadowRoot ?? doc.body;
  if (!holder) return false;
  const ta = doc.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
  holder.appendChild(ta);
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
