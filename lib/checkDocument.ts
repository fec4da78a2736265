// The engine's one entry point after extraction: run every registered rule and build the
// report contract. Used by the CLI, the content script and the PDF viewer alike.
import { runChecks } from './checks/registry';
import { buildReport } from './report/buildReport';
import type { DocModel, Report } from './report/schema';

export function checkDocument(doc: DocModel, options: { signal?: AbortSignal } = {}): Report {
  const { findings } = runChecks(doc, { signal: options.signal });
  return buildReport(doc, findings);
}
