// The pictures a RawDoc saw, carried onto its document model. `assemble` reads text and grids
// only; each entry point that assembles a RawDoc passes the pictures on with this.
import type { DocModel } from '../report/schema';
import type { RawDoc } from './raw';

export function withImages<T extends { doc: DocModel }>(assembled: T, raw: Pick<RawDoc, 'images'>): T {
  if (raw.images?.length) assembled.doc.images = raw.images.map((i) => ({ ...i }));
  return assembled;
}
