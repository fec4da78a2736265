// HTML extraction: a page's DOM → RawDoc (extractHtmlRaw, any standard DOM) and, in Node,
// parseHtmlNode for the bytes. `extractHtml` (parse + raw + assemble) joins when assemble lands.
export { extractHtmlRaw } from './extractHtmlRaw';
export { displayedText, collapseWhitespace } from './displayedText';
export { tableGrid } from './tableGrid';
export { parseHtmlNode, decodeHtmlBytes, sniffCharset } from './parseHtmlNode';
