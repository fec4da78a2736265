// HTML extraction. `extractHtmlRaw` (any standard DOM → RawDoc) and `extractHtmlDom` (+ assemble)
// are what the extension uses on a live page; `extractHtml` parses a string or bytes in Node
// (CLI, tests) with the light parser (htmlparser2) — import it only where that may be bundled.
import type { AssembleOptions, Assembled } from '../assemble';
import { extractHtmlDom } from './extractHtmlDom';
import { decodeHtmlBytes } from './htmlCharset';
import { parseHtmlLight } from './parseHtmlLight';

export { extractHtmlRaw } from './extractHtmlRaw';
export { extractHtmlDom } from './extractHtmlDom';
export { displayedText, collapseWhitespace } from './displayedText';
export { tableGrid } from './tableGrid';
export { decodeHtmlBytes, sniffCharset } from './htmlCharset';
export { parseHtmlLight } from './parseHtmlLight';

/** HTML text or bytes (charset sniffed) → document model + anchors (light-tree nodes). */
export function extractHtml(html: string | Uint8Array, source: string, options: AssembleOptions = {}): Assembled<Node> {
  return extractHtmlDom(parseHtmlLight(typeof html === 'string' ? html : decodeHtmlBytes(html)), source, options);
}
