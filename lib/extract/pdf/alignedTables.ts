// Placeholder replaced below.
import type { Line } from './lines';
import type { PageTable } from './ruledTables';
export function alignedTables(_lines: readonly Line[]): (PageTable & { lines: Line[] })[] {
  return [];
}
