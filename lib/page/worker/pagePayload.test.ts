import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { resolveRef } from '../../anchor/resolveRef';
import { extractHtmlRaw } from '../../extract/html/extractHtmlRaw';
import { parseHtmlNode } from '../../extract/html/parseHtmlNode';
import { checkRaw } from './checkRaw';
import { marksOf } from '../markers';
import { pagePayload } from './pagePayload';
import { reattachAnchors, detachAnchors } from '../transferableRaw';

function seed000() {
  const document = parseHtmlNode(readFileSync(fixturePath('html', '000_c19d32f823b4b9a2.html'), 'utf8')) as unknown as Document;
  const detached = detachAnchors(extractHtmlRaw(document, 'http://czj.example.gov.cn/000.html'));
  return { detached, result: checkRaw(detached.raw)! };
}

describe('the worker’s payload for a page', () => {
  const { detached, result } = seed000();

  it('keeps every finding and every anchor a mark needs, and is smaller (no cell values, no English messages)', () => {
    const p = pagePayload(result);
    expect(p.omittedPass).toBe(0);
    expect(p.report.findings.map((f) => f.id)).toEqual(result.report.findings.map((f) => f.id));
    expect(p.report.summary).toEqual(result.report.summary);
    expect(JSON.stringify(p).length).toBeLessThan(JSON.stringify(result).length * 0.9);
    const anchors = reattachAnchors<Node>(p.anchors, detached.anchors);
    const all = { showRounding: true, showPass: true };
    for (const m of marksOf(p.report.findings, all)) {
      if (m.ref.table == null) continue;
      expect(resolveRef(m.ref, p.report.narrative, anchors), m.key).not.toBeNull();
    }
    // Labels for the card stay: rows keep code and label, tables their columns.
    const t = p.report.tables.find((x) => x.kind === 'budget.procurement')!;
    expect(t.rows.some((r) => r.code === '405' && r.label === '柳州市科学技术局')).toBe(true);
    expect(t.columns).toContain('政府采购项目类型/合计');
  });

  it('counts passing findings instead of sending them when there are too many', () => {
    const passes = result.report.findings.filter((f) => f.status === 'pass').length;
    const p = pagePayload(result, 10);
    expect(p.omittedPass).toBe(passes);
    expect(p.report.findings.some((f) => f.status === 'pass')).toBe(false);
    expect(p.report.findings.filter((f) => f.status === 'fail').length).toBe(result.report.summary.fail);
    expect(p.report.summary.pass).toBe(passes);
  });
});
