import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/shared';
import { reportJsonSchema } from './jsonSchema';

describe('report JSON Schema', () => {
  it('docs/report.schema.json is what `npm run schema` writes now (run it after changing the contract)', () => {
    const committed = JSON.parse(readFileSync(fixturePath('..', '..', 'docs', 'report.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });

  it('requires the contract fields and keeps amounts as strings', () => {
    const s = reportJsonSchema() as { required: string[]; properties: Record<string, any> };
    expect(s.required).toEqual(expect.arrayContaining(['source', 'format', 'kind', 'department', 'year', 'tables', 'findings', 'summary']));
    const cells = s.properties.tables.items.properties.rows.items.properties.cells;
    expect([...cells.items.type].sort()).toEqual(['null', 'string']);
  });
});
