// The viewer's table view of an office attachment: fetch (the PDF fetch's rules: http(s) only,
// no credentials, a size cap, a timeout), read with the engine's own readers (lib/extract/sheet,
// lib/extract/docx: the same RawDoc as the CLI, so the same findings), check with lib/pipeline,
// and draw the document as real HTML whose elements are the anchors the page surface marks.
// Readers load on first use: opening a PDF never pays for SheetJS or mammoth.
import { ExtractError } from '../../lib/extract/errors';
import type { AnchorIndex } from '../../lib/extract/raw';
import { checkRawDoc } from '../../lib/pipeline';
import type { Report } from '../../lib/report/schema';
import { FETCH_TIMEOUT_MS, fetchPdfBytes } from './loadPdfInViewer';
import type { OfficeKind } from './officeKind';
import { renderSheetRaw } from './sheetDom';

/** Office readers refuse more than this (lib/extract/sheet, lib/extract/docx: 30 MB). */
export const MAX_OFFICE_BYTES = 30 * 1024 * 1024;

export function fetchOfficeBytes(url: string): Promise<Uint8Array> {
  return fetchPdfBytes(url, { maxBytes: MAX_OFFICE_BYTES, timeoutMs: FETCH_TIMEOUT_MS });
}

export interface OfficeCheck {
  /** The document drawn as HTML: mount it, then mark it. */
  root: HTMLElement;
  report: Report;
  anchors: AnchorIndex<Node>;
}

/** Mammoth's HTML carries only document content, but it is a file from the web: no active parts. */
function defuse(root: Element): void {
  for (const el of root.querySelectorAll('script, style, iframe, object, embed, link, meta, form')) el.remove();
  for (const el of root.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
  }
  for (const a of root.querySelectorAll('a[href]')) if (!/^https?:/i.test(a.getAttribute('href') ?? '')) a.removeAttribute('href');
  // Pictures are named, not embedded (docxToHtml): nothing to load.
  for (const img of root.querySelectorAll('img')) img.removeAttribute('src');
}

export async function checkOffice(kind: OfficeKind, bytes: Uint8Array, source: string): Promise<OfficeCheck> {
  if (kind === 'doc') throw new ExtractError('legacy-doc');
  if (kind === 'sheet') {
    const { extractSheetRaw } = await import('../../lib/extract/sheet/index');
    const raw = extractSheetRaw(bytes, source);
    const checked = checkRawDoc(raw);
    if (!checked) throw new ExtractError('not-disclosure');
    const dom = renderSheetRaw(raw, document);
    return { root: dom.root, report: checked.report, anchors: dom.anchors(checked.anchors) };
  }
  const [{ docxToHtml }, { extractHtmlRaw }] = await Promise.all([import('../../lib/extract/docx/docxToHtml'), import('../../lib/extract/html/extractHtmlRaw')]);
  const parsed = new DOMParser().parseFromString(await docxToHtml(bytes), 'text/html');
  defuse(parsed.body);
  // Read in the parsed document (its own, empty title), then move the very nodes the anchors name.
  const raw = extractHtmlRaw(parsed.body, source);
  const checked = checkRawDoc({ ...raw, format: 'docx' });
  if (!checked) throw new ExtractError('not-disclosure');
  const root = document.createElement('div');
  root.className = 'bl-docx';
  root.append(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));
  return { root, report: checked.report, anchors: checked.anchors };
}
