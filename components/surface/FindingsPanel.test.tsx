// The panel against a real report (seed 001 through the page path) carrying coverage: the
// headline counts root causes, each cause is listed once with its identities folded under it,
// the coverage line and its list of what was not checked, and 未识别 on unrecognised tables.
// Rendered with Preact into a linkedom document (no browser).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/shared';
import { extractHtmlRaw } from '../../lib/extract/html/extractHtmlRaw';
import { parseHtmlNode } from '../../lib/extract/html/parseHtmlNode';
import { checkRaw } from '../../lib/page/worker/checkRaw';
import { pagePayload } from '../../lib/page/worker/pagePayload';
import { detachAnchors } from '../../lib/page/transferableRaw';
import type { Report } from '../../lib/report/schema';
import { FindingsPanel, type PanelProps } from './FindingsPanel';

function seed001(): Report {
  const doc = parseHtmlNode(readFileSync(fixturePath('html', '001_285cefce529bcf8b.html'), 'utf8')) as unknown as Document;
  const raw = JSON.parse(JSON.stringify(detachAnchors(extractHtmlRaw(doc, 'http://czj.example.gov.cn/html/001.html')).raw));
  return checkRaw(raw)!.report;
}

const COVERAGE: NonNullable<Report['coverage']> = {
  tables: 12,
  recognised: 9,
  cells: 1000,
  checkedCells: 856,
  statements: 40,
  checkedStatements: 31,
  notChecked: [
    { what: '表13 其他表', reason: '未识别的表格', reasonEn: 'table not recognised', table: 't13' },
    { what: '表5 第3行', reason: '数字无法读取', reasonEn: 'unreadable figure', table: 't5' },
    { what: '说明第2段', reason: '没有可核对的对象', table: null },
  ],
};

function renderPanel(report: Report, selectedId: string | null = null, extra: Partial<PanelProps> = {}) {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const g = globalThis as { document?: Document };
  const before = g.document;
  g.document = document as unknown as Document;
  try {
    const root = document.getElementById('root')!;
    render(
      <FindingsPanel report={report} settings={{ showRounding: false, showPass: false }} onSettings={() => {}} selectedId={selectedId} onSelect={() => {}} collapsed={false} onToggle={() => {}} {...extra} />,
      root as unknown as Element,
    );
    return root as unknown as HTMLElement;
  } finally {
    g.document = before;
  }
}

describe('FindingsPanel', () => {
  const report = seed001();

  it('seed 001: "5 处疑似错误 · 16 项核对不成立", five red entries, each 0.00 cell once with its other identities folded', () => {
    const root = renderPanel(report);
    expect(root.querySelector('[data-bl-counts]')!.textContent).toContain('5 处疑似错误 · 16 项核对不成立');
    const red = [...root.querySelectorAll('.bl-item[data-bl-status="fail"][data-bl-severity="error"]')];
    expect(red).toHaveLength(5);
    expect(red.filter((b) => b.textContent!.includes('≠ 485.37'))).toHaveLength(1);
    for (const b of red) expect(b.getAttribute('data-bl-also')).toBe('2');
    expect(root.querySelectorAll('.bl-also-item')).toHaveLength(10);
  });

  it('draws the coverage line and what was not checked, Chinese first with English, and 未识别 on an unrecognised table', () => {
    // The first table (both parts, when it is two-sided) not recognised, the others by title.
    const firstKey = report.tables[0]!.group ?? report.tables[0]!.id;
    const withCoverage: Report = {
      ...report,
      coverage: COVERAGE,
      tables: report.tables.map((t) => ({ ...t, recognisedBy: (t.group ?? t.id) === firstKey ? ('none' as const) : ('title' as const) })),
    };
    const root = renderPanel(withCoverage);
    const line = root.querySelector('[data-bl-coverage] > summary')!;
    expect(line.textContent).toBe('已识别 9/12 表 · 已核对 85% 的数字 · 未核对 3 项');
    expect(line.getAttribute('title')).toBe('9/12 tables recognised · 85% of figures checked · 3 not checked');
    const items = [...root.querySelectorAll('[data-bl-not-checked]')].map((li) => li.textContent);
    expect(items).toEqual(['表13 其他表：未识别的表格 (table not recognised)', '表5 第3行：数字无法读取 (unreadable figure)', '说明第2段：没有可核对的对象']);
    const group = root.querySelector(`[data-bl-group="${firstKey}"]`)!;
    expect(group.querySelector('[data-bl-unrecognised]')!.textContent!.trim()).toBe('未识别');
    expect(root.querySelectorAll('[data-bl-unrecognised]')).toHaveLength(1);
  });

  it('a table with 250 misprints lists 100 causes, then more on request; the walk\'s selection is always listed', () => {
    const t = report.tables.find((x) => x.rows.length > 0)!;
    const many: Report = {
      ...report,
      findings: Array.from({ length: 250 }, (_, i) => ({
        id: `f${i}`, rule: 'rowSums', status: 'fail' as const, severity: 'error' as const, message: `${i}`, expected: '1.00', actual: '0.00',
        refs: [{ table: t.id, row: i, col: 2, page: null, text: null, value: '0.00' }],
      })),
    };
    const root = renderPanel(many);
    expect(root.querySelectorAll('.bl-item')).toHaveLength(100);
    expect(root.querySelector('[data-bl-more]')!.getAttribute('data-bl-more')).toBe('150');
    const walked = renderPanel(many, 'f179');
    expect(walked.querySelectorAll('.bl-item')).toHaveLength(180);
    expect(walked.querySelector('.bl-item[aria-current="true"]')!.getAttribute('data-bl-finding')).toBe('f179');
  });

  it('生成检查表 only where the view can build the sheet, with its English title; a page script\'s click does not build it', () => {
    expect(renderPanel(report).querySelector('.bl-inspection')).toBeNull();
    let asked = 0;
    const root = renderPanel(report, null, { onSheet: () => (asked++, Promise.reject(new Error('unused'))) });
    const button = root.querySelector<HTMLButtonElement>('.bl-inspection button')!;
    expect(button.textContent!.trim()).toBe('生成检查表');
    expect(button.getAttribute('title')).toMatch(/^Inspection sheet/);
    button.dispatchEvent(new (button.ownerDocument.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }));
    expect(asked).toBe(0);
  });

  it('no coverage in the report: no coverage line', () => {
    expect(renderPanel({ ...report, coverage: undefined }).querySelector('[data-bl-coverage]')).toBeNull();
  });

  it('coverage survives the worker → page payload', () => {
    const doc = parseHtmlNode(readFileSync(fixturePath('html', '003_8bc4a22c64091804.html'), 'utf8')) as unknown as Document;
    const raw = JSON.parse(JSON.stringify(detachAnchors(extractHtmlRaw(doc, 'http://x.gov.cn/3.html')).raw));
    const result = checkRaw(raw)!;
    const tables = result.report.tables.map((t) => ({ ...t, recognisedBy: 'header' as const, coverage: { cells: 10, checked: 7 } }));
    const sent = pagePayload({ ...result, report: { ...result.report, coverage: COVERAGE, tables } }, 0);
    expect(sent.report.coverage).toEqual(COVERAGE);
    expect(sent.report.tables.every((t) => t.recognisedBy === 'header' && t.coverage?.checked === 7)).toBe(true);
  });
});
