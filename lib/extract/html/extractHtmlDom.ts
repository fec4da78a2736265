// A page's DOM → document model + anchors (DOM nodes). No parser here: the content script passes
// its live document, Node passes a linkedom document (see extractHtml in index.ts).
import { assemble, type AssembleOptions, type Assembled } from '../assemble';
import { withImages } from '../images';
import { extractHtmlRaw } from './extractHtmlRaw';

export function extractHtmlDom(root: Document | Element, source: string, options: AssembleOptions = {}): Assembled<Node> {
  const raw = extractHtmlRaw(root, source);
  return withImages(assemble(raw, options), raw);
}
