// Joins the document model and the check results into the report contract, validated by zod
// so that nothing leaves the engine that other tools could not read.
import { ReportSchema, type DocModel, type Finding, type Report, type Summary } from './schema';

export function summarize(findings: Finding[]): Summary {
  const s: Summary = { checks: findings.length, pass: 0, rounding: 0, fail: 0 };
  for (const f of findings) s[f.status] += 1;
  return s;
}

export function buildReport(doc: DocModel, findings: Finding[]): Report {
  return ReportSchema.parse({ ...doc, schemaVersion: 1, findings, summary: summarize(findings) });
}
