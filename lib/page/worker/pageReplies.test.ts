import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { extractHtmlRaw } from '../../extract/html/extractHtmlRaw';
import { parseHtmlNode } from '../../extract/html/parseHtmlNode';
import { checkRaw } from './checkRaw';
import { groupFindings } from '../findingGroups';
import { pagePayload } from './pagePayload';
import { pageReplies } from './pageReplies';
import { detachAnchors } from '../transferableRaw';

function rawOf(...path: string[]) {
  const document = parseHtmlNode(readFileSync(fixturePath(...path), 'utf8')) as unknown as Document;
  return detachAnchors(extractHtmlRaw(document, 'http://czj.example.gov.cn/page.html')).raw;
}

describe('the worker’s two replies to a page check', () => {
  it('seed 001: first the failures and rounding only (a fraction of the text), then the full payload', () => {
    const raw = rawOf('html', '001_285cefce529bcf8b.html');
    const replies = [...pageReplies(raw)];
    expect(replies).toHaveLength(2);
    const [first, full] = replies as [NonNullable<(typeof replies)[0]>, NonNullable<(typeof replies)[0]>];
    expect(first.more).toBe(true);
    expect(full.more).toBe(false);
    // The first carries every non-pass finding the full one has, and no pass.
    const nonPass = full.report.findings.filter((f) => f.status !== 'pass').map((f) => f.id);
    expect(nonPass.length).toBeGreaterThan(0);
    expect(first.report.findings.map((f) => f.id)).toEqual(nonPass);
    expect(full.report.findings.some((f) => f.status === 'pass')).toBe(true);
    // The 0.00 failures of 政府采购 (docs/domain.md) are in the first reply.
    expect(first.report.findings.filter((f) => f.status === 'fail' && f.severity === 'error').length).toBeGreaterThanOrEqual(5);
    // Same counts; the first does not claim passes were left out (they follow).
    expect(first.report.summary).toEqual(full.report.summary);
    expect(first.omittedPass).toBe(0);
    // Every anchor a first-reply finding needs is in the first reply.
    const cellKeys = new Set(first.anchors.cells.map(([k]) => k));
    for (const f of first.report.findings) for (const r of f.refs) if (r.table != null && r.col != null) expect(cellKeys.has(`${r.table}:${r.row}:${r.col}`) || cellKeys.has(`${r.table}:${r.row}:-2`)).toBe(true);
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(full).length / 3);
  });

  it('seed 001: the panel shows the same groups, counts and listed findings from the first reply as from the full one', () => {
    const [first, full] = [...pageReplies(rawOf('html', '001_285cefce529bcf8b.html'))] as NonNullable<ReturnType<typeof pageReplies> extends Generator<infer R> ? R : never>[];
    const view = (g: ReturnType<typeof groupFindings>) => g.map((x) => ({ key: x.key, counts: x.counts, listed: x.listed.map((c) => [c.primary.id, ...c.also.map((f) => f.id)]) }));
    const hidden = { showRounding: false, showPass: false };
    // Without the counted passes, groups holding only passing checks would be missing (the panel would jump when they arrive).
    expect(view(groupFindings(first!.report, hidden)).length).toBeLessThan(view(groupFindings(full!.report, hidden)).length);
    expect(view(groupFindings(first!.report, hidden, first!.passByGroup))).toEqual(view(groupFindings(full!.report, hidden)));
    const rounding = { showRounding: true, showPass: false };
    expect(view(groupFindings(first!.report, rounding, first!.passByGroup))).toEqual(view(groupFindings(full!.report, rounding)));
    expect(full!.passByGroup).toBeUndefined();
  });

  it('a very large page: passes beyond the limit are only counted, so one reply says it all', () => {
    const raw = rawOf('html', '000_c19d32f823b4b9a2.html');
    const replies = [...pageReplies(raw, 10)];
    expect(replies).toHaveLength(1);
    const passes = replies[0]!.report.summary.pass;
    expect(passes).toBeGreaterThan(10);
    expect(replies[0]!.more).toBe(false);
    expect(replies[0]!.omittedPass).toBe(passes);
  });

  it('the full reply is the page payload itself (what the page got before the split)', () => {
    const raw = rawOf('html', '003_8bc4a22c64091804.html');
    const { more: _m, checkMs: _c, ...full } = [...pageReplies(raw)].at(-1)!;
    expect(full).toEqual(pagePayload(checkRaw(raw)!));
  });

  it('a page that is not a disclosure: one null', () => {
    expect([...pageReplies(rawOf('hostile', 'news-table.html'))]).toEqual([null]);
  });
});
