// The content script reads the page (DOM) but runs no checks itself: the check engine
// (decimal.js, zod schemas, every rule) would put the content script far over its size budget.
// So DOM anchors are swapped for numbers before the RawDoc crosses to the background worker,
// and swapped back when the report returns.
import type { AnchorIndex, RawBlock, RawDoc } from '../extract/raw';

export interface DetachedRaw<A> {
  raw: RawDoc<number>;
  /** anchors[i] is the source anchor numbered i. */
  anchors: A[];
}

export function detachAnchors<A>(raw: RawDoc<A>): DetachedRaw<A> {
  const anchors: A[] = [];
  const ids = new Map<A, number>();
  const idOf = (a: A | undefined): number | undefined => {
    if (a === undefined) return undefined;
    let id = ids.get(a);
    if (id === undefined) {
      id = anchors.length;
      anchors.push(a);
      ids.set(a, id);
    }
    return id;
  };
  const blocks: RawBlock<number>[] = raw.blocks.map((b) => {
    if (b.type === 'text') {
      const { anchor, ...rest } = b;
      const id = idOf(anchor);
      return id === undefined ? rest : { ...rest, anchor: id };
    }
    return {
      ...b,
      rows: b.rows.map((row) =>
        row.map(({ anchor, ...cell }) => {
          const id = idOf(anchor);
          return id === undefined ? cell : { ...cell, anchor: id };
        }),
      ),
    };
  });
  return { raw: { ...raw, blocks }, anchors };
}

/** The anchor index as it travels back: plain arrays of numbers. */
export interface WireAnchors {
  cells: [string, number][];
  text: { start: number; end: number; anchor: number }[];
}

export const toWire = (index: AnchorIndex<number>): WireAnchors => ({ cells: [...index.cells], text: index.text });

export function reattachAnchors<A>(wire: WireAnchors, anchors: readonly A[]): AnchorIndex<A> {
  const cells = new Map<string, A>();
  for (const [key, id] of wire.cells) {
    const a = anchors[id];
    if (a !== undefined) cells.set(key, a);
  }
  const text: AnchorIndex<A>['text'] = [];
  for (const t of wire.text) {
    const a = anchors[t.anchor];
    if (a !== undefined) text.push({ start: t.start, end: t.end, anchor: a });
  }
  return { cells, text };
}
