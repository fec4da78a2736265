// `npm run schema`: writes the report contract as JSON Schema into docs/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportJsonSchema } from '../lib/report/jsonSchema';
import { rulesMarkdown } from '../lib/checks/ruleIds';

const out = resolve(import.meta.dirname, '..', 'docs', 'report.schema.json');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, JSON.stringify(reportJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
const rules = resolve(import.meta.dirname, '..', 'docs', 'rules.md');
writeFileSync(rules, rulesMarkdown());
console.log(`wrote ${rules}`);
