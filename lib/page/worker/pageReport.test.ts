// The in-page model on a real seed page (tests/fixtures/html, seed 000 — 柳州市科学技术局 2024年部门预算):
// the RawDoc crosses to the "background" with numbered anchors and comes back to the page's
// own <td>s; marks, panel groups and the quotable sentence follow the report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { resolveRef } from '../../anchor/resolveRef';
import { extractHtmlRaw } from '../../extract/html/extractHtmlRaw';
import { parseHtmlNode } from '../../extract/html/parseHtmlNode';
import type { Finding } from '../../report/schema';
import { checkRaw, isRawDoc, type RawCheckResult } from './checkRaw';
import { groupFindings, navigationOrder } from '../findingGroups';
import { rootCauses } from '../../report/rootCauses';
import { marksOf, markedRefIndex } from '../markers';
import { quoteOf } from '../quote';
import { describeRef } from '../refLabel';
import { detachAnchors, reattachAnchors } from '../transferableRaw';

const URL_000 = 'http://czj.example.gov.cn/html/000_c19d32f823b4b9a2.html';

function checkSeed000() {
  const document = parseHtmlNode(readFileSync(fixturePath('html', '000_c19d32f823b4b9a2.html'), 'utf8')) as unknown as Document;
  const detached = detachAnchors(extractHtmlRaw(document, URL_000));
  // What the message channel does to it: plain JSON, no DOM.
  const wireRaw = JSON.parse(JSON.stringify(detached.raw));
  expect(isRawDoc(wireRaw)).toBe(true);
  const result = JSON.parse(JSON.stringify(checkRaw(wireRaw))) as RawCheckResult;
  return { document, report: result.report, anchors: reattachAnchors<Node>(result.anchors, detached.anchors) };
}

const OFF = { showRounding: false, showPass: false };

describe('seed 000 page through the content ⇄ background split', () => {
  const { document, report, anchors } = checkSeed000();
  const procurement = report.tables.find((t) => t.kind === 'budget.procurement')!;
  const typeTotal = procurement.columns.indexOf('政府采购项目类型/合计');

  it('marks the four 0.00 cells of 表10 政府采购项目类型/合计 red, each once, on the page’s own <td>s', () => {
    const red = marksOf(report.findings, OFF).filter((m) => m.status === 'fail' && !m.warning);
    const inProcurement = red.filter((m) => m.ref.table === procurement.id && m.ref.col === typeTotal);
    const codes = inProcurement.map((m) => procurement.rows[m.ref.row!]!.code).sort();
    expect(codes).toEqual(['405', '405001', '405002', '405003']);
    for (const m of inProcurement) {
      const target = resolveRef(m.ref, report.narrative, anchors);
      expect(target?.kind).toBe('cell');
      const td = target!.anchor as Element;
      expect(td.ownerDocument).toBe(document);
      expect(td.tagName.toLowerCase()).toBe('td');
      expect(td.textContent?.replace(/\s/g, '')).toBe('0.00');
      expect(m.findings.length).toBeGreaterThanOrEqual(2); // row sum, equality with 资金类型合计, column sum
    }
  });

  it('marks only the culprit, not the operands of the identity', () => {
    const f = report.findings.find((x) => x.status === 'fail' && x.culprit !== undefined && x.refs.length > 2)!;
    expect(markedRefIndex(f)).toBe(f.culprit);
    const marked = new Set(marksOf([f], OFF).map((m) => m.key));
    expect(marked.size).toBe(1);
  });

  it('hides rounding until switched on, and passes until asked for', () => {
    const rounding = report.findings.filter((f) => f.status === 'rounding').length;
    expect(rounding).toBeGreaterThan(0);
    expect(marksOf(report.findings, OFF).some((m) => m.status === 'rounding')).toBe(false);
    expect(marksOf(report.findings, { showRounding: true, showPass: false }).some((m) => m.status === 'rounding')).toBe(true);
    expect(marksOf(report.findings, { showRounding: true, showPass: true }).some((m) => m.status === 'pass')).toBe(true);
  });

  it('groups the panel by table with counts per status; 表10 lists its fails', () => {
    const groups = groupFindings(report, OFF);
    const g = groups.find((x) => x.title.includes('政府采购预算表'))!;
    expect(g.counts.fail).toBeGreaterThanOrEqual(8);
    expect(g.listed.every((f) => f.status === 'fail')).toBe(true);
    const total = groups.reduce((n, x) => n + x.counts.fail + x.counts.rounding + x.counts.pass, 0);
    expect(total).toBe(report.findings.length);
    // The walk visits each failing root cause once (a misprinted cell breaks its row and column).
    const order = navigationOrder(groups);
    expect(order.length).toBe(rootCauses(report.findings.filter((f) => f.status === 'fail')).length);
    expect(order.length).toBeLessThan(report.findings.filter((f) => f.status === 'fail').length);
  });

  it('quotes the 405 row as a sentence with page title, URL, table, row, column and figures', () => {
    const f = report.findings.find((x): x is Finding => x.status === 'fail' && procurement.rows[x.refs[markedRefIndex(x)]!.row ?? -1]?.code === '405' && x.refs[markedRefIndex(x)]!.col === typeTotal)!;
    const label = describeRef(f.refs[markedRefIndex(f)]!, report);
    expect(label).toMatchObject({ row: '405 柳州市科学技术局', column: '政府采购项目类型/合计' });
    const q = quoteOf(f, report, { title: document.title, url: URL_000 });
    expect(q).toContain(document.title.trim());
    expect(q).toContain(URL_000);
    expect(q).toContain('政府采购预算表');
    expect(q).toContain('“405 柳州市科学技术局”行“政府采购项目类型/合计”列印为 0.00');
    expect(q).toContain('177.44');
  });
});
