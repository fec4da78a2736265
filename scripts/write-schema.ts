// `npm run schema`: writes the report contract as JSON Schema into docs/, for tools that read
// our JSON without TypeScript.
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ReportSchema } from '../lib/report/schema';

const out = resolve(import.meta.dirname, '..', 'docs', 'report.schema.json');
mkdirSync(resolve(out, '..'), { recursive: true });
const schema = {
  $id: 'https://budget-lens.invalid/report.schema.json',
  title: 'Budget Lens check report (预算透镜核查报告)',
  ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }),
};
writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote ${out}`);
