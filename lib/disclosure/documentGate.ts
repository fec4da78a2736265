// After extraction: is this a budget / final-account disclosure at all? A page with a table of
// numbers is not enough — we need the document to call itself 预算/决算 or to carry at least one
// standard table recognised by title or header. The page's cheap first pass is ./pageSignals.
import type { DocModel } from '../report/schema';

export function isDisclosure(doc: DocModel): boolean {
  const standardTables = doc.tables.filter((t) => t.kind !== 'other').length;
  if (standardTables >= 1) return true;
  return doc.kind !== 'unknown' && (doc.narrative?.statements.length ?? 0) >= 3;
}
