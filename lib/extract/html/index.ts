// HTML extraction. `extractHtmlRaw` (any standard DOM → RawDoc) and `extractHtmlDom` (+ assemble)
// are what the extension uses on a live page; `extractHtml` parses a string with linkedom (Node:
// CLI, tests) — import it only where linkedom may be bundled.
import type { AssembleOptions, Assembled } from '../assemble';
import { extractHtmlDom } from './extractHtmlDom';
import { parseHtmlNode } from './parseHtmlNode';

export { extractHtmlRaw } from './extractHtmlRaw';
export { extractHtmlDom } from './extractHtmlDom';
export { displayedText, collapseWhitespace } from './displayedText';
export { tableGrid } from './tableGrid';
export { parseHtmlNode, decodeHtmlBytes, sniffCharset } from './parseHtmlNode';

/** HTML text or bytes (charset sniffed) → document model + anchors (linkedom nodes). */
export function extractHtml(html: string | Uint8Array, source: string, options: AssembleOptions = {}): Assembled<Node> {
  return extractHtmlDom(parseHtmlNode(html), source, options);
}
