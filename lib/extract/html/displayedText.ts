// Text of an element as a reader sees it: nested spans concatenated, <br> and block boundaries
// as a space, ASCII whitespace and &nbsp; collapsed to one space. Full-width spaces (U+3000)
// are kept: they are displayed, and label indentation ("　　行政运行") carries the hierarchy.
import { declaresBold, isBlock, isSkipped, tagOf } from './elementKinds';

const COLLAPSIBLE = /[ \t\n\r\f\u00a0]+/g;
const INVISIBLE = /[\u200b\u200c\u200d\ufeff\u00ad]/g;

/** Collapse as CSS `white-space: normal` does; String.trim() would also eat U+3000, so not used. */
export function collapseWhitespace(s: string): string {
  return s.replace(INVISIBLE, '').replace(COLLAPSIBLE, ' ').replace(/^ | $/g, '');
}

export interface DisplayedText {
  text: string;
  /** Every visible character sits inside a bold element (or the element itself is bold). */
  bold: boolean;
}

/** Iterative (a hostile page can nest thousands deep) and linear in the subtree's size. */
export function displayedText(root: Element): DisplayedText {
  const parts: string[] = [];
  let boldChars = 0;
  let plainChars = 0;
  // Stack entries: a node to visit, or a marker closing a bold element / a block.
  type Entry = { node: Node; bold: boolean } | { close: 'block' };
  const rootBold = declaresBold(root);
  const stack: Entry[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push({ node: c, bold: rootBold });
  while (stack.length) {
    const e = stack.pop()!;
    if ('close' in e) {
      parts.push(' ');
      continue;
    }
    const n = e.node;
    if (n.nodeType === 3 || n.nodeType === 4) {
      const t = (n as CharacterData).data;
      parts.push(t);
      const visible = t.replace(COLLAPSIBLE, '').replace(INVISIBLE, '').length;
      if (e.bold) boldChars += visible;
      else plainChars += visible;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (isSkipped(el)) continue;
    const tag = tagOf(el);
    if (tag === 'br') {
      parts.push(' ');
      continue;
    }
    const bold = e.bold || declaresBold(el, tag);
    if (isBlock(tag)) {
      parts.push(' ');
      stack.push({ close: 'block' });
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, bold });
  }
  const text = collapseWhitespace(parts.join(''));
  return { text, bold: boldChars > 0 && plainChars === 0 };
}
