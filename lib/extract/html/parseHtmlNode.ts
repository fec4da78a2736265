// A full DOM in Node (linkedom), for tests and tools that need one (querySelector, events,
// serialising). The CLI reads pages with the lighter parseHtmlLight.
import { parseHTML } from 'linkedom';
import { decodeHtmlBytes } from './htmlCharset';

export function parseHtmlNode(html: string | Uint8Array): Document {
  const text = typeof html === 'string' ? html : decodeHtmlBytes(html);
  return parseHTML(text).document as unknown as Document;
}
