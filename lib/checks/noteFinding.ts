// A finding that is not a computation — a text problem, a missing or empty table, a picture, a
// name that differs, a word that contradicts the figures: no computed amount and no difference,
// only what was seen (and, where there is one, what was expected). One constructor, so every such
// finding has the same shape; computations go through identity.ts's `evaluate`.
import type { Finding, Ref } from '../report/schema';

export interface Note {
  id: string;
  rule: string;
  severity: Finding['severity'];
  message: string;
  messageEn: string;
  refs: Ref[];
  /** 'fail' unless said otherwise (completeness reports a pass for an empty table that says so). */
  status?: Finding['status'];
  expected?: string | null;
  actual?: string | null;
}

export function noteFinding(n: Note): Finding {
  const { id, rule, status = 'fail', severity, message, messageEn, expected = null, actual = null, refs } = n;
  return { id, rule, status, severity, message, messageEn, expected, actual, difference: null, refs };
}

/** A reference to text (a quote), optionally on a page or in a table, not to a cell. */
export function textRef(text: string | null, where: { page?: number | null; table?: string | null } = {}): Ref {
  return { table: where.table ?? null, row: null, col: null, page: where.page ?? null, text, value: null };
}
