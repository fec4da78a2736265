// The engine's one entry point after extraction: run every registered rule and build the
// report contract. Used by the CLI, the content script and the PDF viewer alike.
import { coverageOf } from './checks/coverage';
import { runChecks } from './checks/registry';
import { buildReport } from './report/buildReport';
import type { DocModel, Report } from './report/schema';

export function checkDocument(doc: DocModel, options: { signal?: AbortSignal } = {}): Report {
  const ctx = { signal: options.signal, memo: new Map<unknown, unknown>() };
  const { findings } = runChecks(doc, ctx);
  const { tables, coverage } = coverageOf(doc, findings, ctx);
  const covered: DocModel = { ...doc, tables: doc.tables.map((t) => ({ ...t, coverage: tables.get(t.id) })), coverage };
  return buildReport(covered, findings);
}
