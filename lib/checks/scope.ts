// Which tables the structural rules read. Tables the extractor could not classify ('other'),
// the 公开10 statistics table (counts beside amounts) and the performance tables (targets, not
// sums) have no row/column identities to recompute.
import type { Table } from '../report/schema';

export function hasArithmetic(t: Table): boolean {
  return t.kind !== 'other' && t.kind !== 'final.info' && !/performance/.test(t.kind) && t.rows.length > 0;
}
