// Joins the document model and the check results into the report contract. The shape is the
// schema's by construction (TypeScript types); that every report reads back through the zod
// schema unchanged is proven on documents of every format (buildReport.test.ts) and checked at
// the receiving ends (the extension's background, the CLI tests), so the engine does not load
// zod and re-validate its own output on every document (~80 ms of a CLI run).
import type { DocModel, Finding, Report, Summary } from './schema';

export function summarize(findings: Finding[]): Summary {
  const s: Summary = { checks: findings.length, pass: 0, rounding: 0, fail: 0 };
  for (const f of findings) s[f.status] += 1;
  return s;
}

export function buildReport(doc: DocModel, findings: Finding[]): Report {
  // The keys a reader looks for first, first.
  const { source, format, kind, department, year, tables, ...rest } = doc;
  return { source, format, kind, department, year, tables, findings, summary: summarize(findings), ...rest, schemaVersion: 1 };
}
