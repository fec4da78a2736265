// Which tables the structural rules read. Every table, recognised or not, whose own header and
// codes establish identities (a 合计 column over its parts, a code outline) — except the 公开10
// statistics table (counts beside amounts) and the performance tables (targets, not sums).
import type { Table } from '../report/schema';

export function hasArithmetic(t: Table): boolean {
  return t.kind !== 'final.info' && !/performance/.test(t.kind) && t.rows.length > 0;
}
