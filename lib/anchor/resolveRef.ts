// A finding's ref → where it sits in the source: a table cell's anchor, or a span inside a
// narrative block. Pure and source-agnostic (A is a DOM node for HTML, a page box for PDF), so
// the page overlay and the PDF viewer share it (the Hypothesis split: anchoring apart from drawing).
import { CODE_COL, LABEL_COL, cellKey, type AnchorIndex } from '../extract/raw';
import type { Narrative, Ref } from '../report/schema';

export type RefTarget<A> =
  | { kind: 'cell'; anchor: A }
  /** start/end: offsets of the span inside its block's text (the block the anchor stands for). */
  | { kind: 'text'; anchor: A; start: number; end: number; text: string };

/** Offsets of a ref in `narrative.text`: its figure when it names one, else its text when found. */
export function narrativeSpan(ref: Ref, narrative: Narrative | undefined): { start: number; end: number; text: string } | null {
  if (!narrative) return null;
  if (ref.figure) {
    for (const s of narrative.statements) {
      const f = s.figures.find((g) => g.id === ref.figure);
      if (f) return { start: f.start, end: f.end, text: narrative.text.slice(f.start, f.end) };
    }
  }
  if (ref.text) {
    const i = narrative.text.indexOf(ref.text);
    if (i >= 0) return { start: i, end: i + ref.text.length, text: ref.text };
  }
  return null;
}

export function resolveRef<A>(ref: Ref, narrative: Narrative | undefined, anchors: AnchorIndex<A>): RefTarget<A> | null {
  if (ref.table != null && ref.row != null) {
    const col = ref.col ?? LABEL_COL;
    const anchor = anchors.cells.get(cellKey(ref.table, ref.row, col)) ?? (col < 0 ? anchors.cells.get(cellKey(ref.table, ref.row, CODE_COL)) : undefined);
    return anchor === undefined ? null : { kind: 'cell', anchor };
  }
  const span = narrativeSpan(ref, narrative);
  if (!span) return null;
  // The text index is in narrative order; a binary search finds the block holding the span.
  const blocks = anchors.text;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (span.start < b.start) hi = mid - 1;
    else if (span.start >= b.end) lo = mid + 1;
    else return { kind: 'text', anchor: b.anchor, start: span.start - b.start, end: Math.min(span.end, b.end) - b.start, text: span.text };
  }
  return null;
}
