// Which elements the HTML walker treats as what. Decided by tag name only: computed styles are
// not available in linkedom (Node), and the walker must read a page the same way in both.

/** Never displayed as content: skipped with everything inside. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'math', 'select', 'button', 'input', 'textarea', 'nav', 'map', 'area', 'audio', 'video',
]);

/** Elements that start a new line of text (CSS display: block and the like). */
const BLOCKS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
  'legend', 'caption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'menu',
]);

export const tagOf = (el: Element): string => (el.localName || el.tagName || '').toLowerCase();

export const isSkipped = (el: Element): boolean =>
  SKIPPED.has(tagOf(el)) || (el.getAttribute('role') ?? '').toLowerCase() === 'navigation';

export const isBlock = (tag: string): boolean => BLOCKS.has(tag);

export function headingLevel(tag: string): number | undefined {
  return /^h[1-6]$/.test(tag) ? Number(tag[1]) : undefined;
}

export type Align = 'left' | 'center' | 'right';

/** Alignment an element itself declares (align attribute, text-align style, <center>). */
export function declaredAlign(el: Element, tag: string = tagOf(el)): Align | undefined {
  if (tag === 'center') return 'center';
  const style = el.getAttribute('style');
  if (style) {
    const m = /(?:^|;)\s*text-align\s*:\s*([a-z-]+)/i.exec(style);
    const a = m ? normaliseAlign(m[1]!) : undefined;
    if (a) return a;
  }
  const attr = el.getAttribute('align');
  return attr ? normaliseAlign(attr) : undefined;
}

function normaliseAlign(v: string): Align | undefined {
  switch (v.trim().toLowerCase()) {
    case 'center':
    case 'middle':
    case '-webkit-center':
      return 'center';
    case 'right':
    case 'end':
    case '-webkit-right':
      return 'right';
    case 'left':
    case 'start':
    case 'justify':
      return 'left';
    default:
      return undefined;
  }
}

/** Bold by tag or by an inline font-weight (Word exports use style="font-weight:bold"). */
export function declaresBold(el: Element, tag: string = tagOf(el)): boolean {
  if (tag === 'b' || tag === 'strong' || tag === 'th') return true;
  const style = el.getAttribute('style');
  if (!style) return false;
  const m = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/i.exec(style);
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  return w === 'bold' || w === 'bolder' || (/^\d+$/.test(w) && Number(w) >= 600);
}
