// Word entry for Node (CLI, tests): .docx bytes → mammoth's HTML → the HTML path (light parser) →
// assemble. The extension parses `docxToHtml`'s output with its own DOMParser instead.
// Throws ExtractError (legacy-doc, password, corrupt, too-large).
import { assemble, type AssembleOptions, type Assembled } from '../assemble';
import { extractHtmlRaw } from '../html/extractHtmlRaw';
import { parseHtmlLight } from '../html/parseHtmlLight';
import { withImages } from '../images';
import { docxToHtml } from './docxToHtml';

export { docxToHtml, MAX_DOCX_BYTES } from './docxToHtml';

export async function extractDocx(bytes: Uint8Array, source: string, options: AssembleOptions = {}): Promise<Assembled<Node>> {
  const raw = extractHtmlRaw(parseHtmlLight(await docxToHtml(bytes)), source);
  return withImages(assemble({ ...raw, format: 'docx' }, options), raw);
}
