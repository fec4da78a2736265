// DOM → RawDoc, in reading order: every data <table> becomes a resolved grid, every paragraph,
// heading or run of direct text in a block becomes a text block anchored at its element.
// Uses standard DOM only (firstChild/nextSibling, getAttribute), so the same walker reads a live
// page in a content script and a linkedom document in Node.
import type { RawBlock, RawDoc, RawImage, RawText } from '../raw';
import { contentImage } from './contentImage';
import { collapseWhitespace, displayedText } from './displayedText';
import { type Align, declaredAlign, headingLevel, isBlock, isSkipped, tagOf } from './elementKinds';
import { hasNestedTable, tableGrid } from './tableGrid';

/** An open block element, with the heading level and alignment it has or inherits (CSS
 * text-align inherits), resolved once on entry so each text block costs O(1) however deep. */
interface BlockFrame {
  el: Element;
  heading?: number;
  align?: Align;
}

type Step = { node: Node } | { exit: BlockFrame };

export function extractHtmlRaw(root: Document | Element, source: string): RawDoc<Node> {
  const doc: Document | null = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const start: Element | null = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  const blocks: RawBlock<Node>[] = [];
  const images: RawImage[] = [];
  const title = doc ? collapseWhitespace(titleOf(doc)) || null : null;
  if (!start) return { source, format: 'html', title, pages: null, blocks };

  // Inline text waiting for the end of its block (anonymous block boxes, as CSS makes them).
  let pending: string[] = [];
  const frames: BlockFrame[] = [];
  let brRun = 0;
  const flush = (): void => {
    brRun = 0;
    if (!pending.length) return;
    // Paragraph indentation (leading 　　) is layout, not content; in cells it is kept (hierarchy).
    const text = collapseWhitespace(pending.join('')).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    pending = [];
    const frame = frames[frames.length - 1];
    if (!text || !frame) return;
    const block: RawText<Node> = { type: 'text', text, page: null, anchor: frame.el };
    if (frame.heading !== undefined) block.heading = frame.heading;
    if (frame.align !== undefined) block.align = frame.align;
    blocks.push(block);
  };

  const stack: Step[] = [{ node: start }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('exit' in step) {
      flush();
      frames.pop();
      continue;
    }
    const n = step.node;
    if (n.nodeType === 3 || n.nodeType === 4) {
      const data = (n as CharacterData).data;
      pending.push(data);
      if (brRun && !isBlank(data)) brRun = 0;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (isSkipped(el)) continue;
    const tag = tagOf(el);
    if (tag === 'img') {
      const image = images.length < MAX_IMAGES ? contentImage(el) : null;
      if (image) images.push(image);
      continue;
    }
    if (tag === 'br') {
      // One <br> is a line break inside a paragraph (a space); an empty line between two runs of
      // text (<br><br>, as CMS editors separate paragraphs) ends a paragraph.
      if (++brRun >= 2) flush();
      else pending.push(' ');
      continue;
    }
    // A table is data unless it only lays the page out: one holding another table (the
    // innermost data table is the one read) or a single cell wrapping content. Those are
    // walked like any block container.
    if (tag === 'table' && !hasNestedTable(el)) {
      const grid = tableGrid(el);
      if (grid.rows.length > 1 || (grid.rows[0]?.length ?? 0) > 1) {
        flush();
        pushCaption(el, blocks, frames);
        blocks.push(grid);
        continue;
      }
    }
    // The start element is a block container even when inline (a <span> root).
    if (isBlock(tag) || n === start) {
      flush();
      const parent = frames[frames.length - 1];
      const frame: BlockFrame = { el };
      const h = headingLevel(tag) ?? parent?.heading;
      if (h !== undefined) frame.heading = h;
      const a = declaredAlign(el, tag) ?? parent?.align;
      if (a !== undefined) frame.align = a;
      frames.push(frame);
      stack.push({ exit: frame });
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c });
  }
  flush();
  return images.length ? { source, format: 'html', title, pages: null, blocks, images } : { source, format: 'html', title, pages: null, blocks };
}

/** Enough to say that the tables are pictures; a gallery page need not be listed in full. */
const MAX_IMAGES = 200;

/** A data table's caption (a title some sites use) goes before its grid, centred as displayed. */
function pushCaption(table: Element, blocks: RawBlock<Node>[], frames: BlockFrame[]): void {
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    if (tagOf(c) !== 'caption') continue;
    const { text } = displayedText(c);
    if (text) {
      const align = declaredAlign(c) ?? frames[frames.length - 1]?.align ?? 'center';
      blocks.push({ type: 'text', text, page: null, align, anchor: c });
    }
  }
}

const isBlank = (s: string): boolean => collapseWhitespace(s) === '';

function titleOf(doc: Document): string {
  const t = doc.getElementsByTagName('title')[0];
  return t ? (t.textContent ?? '') : '';
}
