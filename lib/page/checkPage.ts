// Check the current page: read its tables and narrative from the live DOM, run every rule.
// Yields to the page between phases so a large page stays responsive.
import { checkDocument } from '../checkDocument';
import { assemble } from '../extract/assemble/index';
import { extractHtmlRaw } from '../extract/html/extractHtmlRaw';
import { isDisclosure } from '../extract/isDisclosure';
import type { AnchorIndex } from '../extract/raw';
import type { Report } from '../report/schema';

export interface PageCheck {
  report: Report;
  anchors: AnchorIndex<Node>;
}

const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export async function checkPage(doc: Document, url: string, signal?: AbortSignal): Promise<PageCheck | null> {
  const raw = extractHtmlRaw(doc, url);
  await yieldToPage();
  signal?.throwIfAborted();
  const { doc: model, anchors } = assemble(raw);
  if (!isDisclosure(model)) return null;
  await yieldToPage();
  signal?.throwIfAborted();
  return { report: checkDocument(model, { signal }), anchors };
}
