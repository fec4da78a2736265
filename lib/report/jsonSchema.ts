// The report contract as JSON Schema, for tools that read our JSON without TypeScript.
import { z } from 'zod';
import { ReportSchema } from './schema';

export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://budget-lens.invalid/report.schema.json',
    title: 'Budget Lens check report (预算透镜核查报告)',
    ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }),
  };
}
