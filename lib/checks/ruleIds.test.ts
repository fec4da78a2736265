import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, projectRoot } from '../../tests/shared';
import { extractHtml } from '../extract/html/index';
import type { DocModel } from '../report/schema';
import { runChecks } from './registry';
import type { Rule } from './rule';
import { isRuleId, rulesMarkdown } from './ruleIds';

describe('rule ids', () => {
  it('every finding on the fixture pages carries a listed id', () => {
    for (const f of readdirSync(fixturePath('html')).filter((n) => n.endsWith('.html'))) {
      const { doc } = extractHtml(readFileSync(fixturePath('html', f), 'utf8'), f);
      for (const x of runChecks(doc).findings) expect(isRuleId(x.rule), `${f}: ${x.rule}`).toBe(true);
    }
  });
  it('docs/rules.md is written from the list (npm run schema)', () => {
    expect(readFileSync(`${projectRoot}/docs/rules.md`, 'utf8')).toBe(rulesMarkdown());
  });
  it('a family that throws is one info finding and the rest of the report survives', () => {
    const boom: Rule = { id: 'boom', family: 'boom', title: { zh: '测试', en: 'test' }, run: () => { throw new Error('kaput'); } };
    const ok: Rule = { id: 'ok', family: 'ok', title: { zh: '好', en: 'ok' }, run: () => [{ id: 'x', rule: 'rowSums', status: 'fail', severity: 'error', message: 'm', expected: '1', actual: '2', refs: [] }] };
    const doc: DocModel = { source: 's', format: 'text', kind: 'budget', department: null, year: null, tables: [] };
    const { findings } = runChecks(doc, {}, [boom, ok]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['engine.ruleFailed', 'info'], ['rowSums', 'error']]);
    expect(findings[0]!.message).toMatch(/kaput/);
  });
});
