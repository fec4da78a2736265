import { describe, expect, it } from 'vitest';
import { assemble } from '../extract/assemble/index';
import { extractHtmlRaw } from '../extract/html/extractHtmlRaw';
import { parseHtmlNode } from '../extract/html/parseHtmlNode';
import type { Narrative } from '../report/schema';
import { resolveRef } from './resolveRef';
import { SEED_000_TABLE10_HTML } from '../../tests/support/seedPurchaseTable';
import { locateText } from './textPosition';

const ref = (r: Partial<{ table: string; row: number; col: number; figure: string; text: string }>) => ({
  table: r.table ?? null, row: r.row ?? null, col: r.col ?? null, page: null, text: r.text ?? null, value: null, ...(r.figure ? { figure: r.figure } : {}),
});

function seedPage() {
  const document = parseHtmlNode(SEED_000_TABLE10_HTML) as unknown as Document;
  const raw = extractHtmlRaw(document, 'http://czj.example.gov.cn/000.html');
  return { document, ...assemble(raw) };
}

describe('resolveRef on seed 000 表10 (HTML)', () => {
  it('finds the <td> of the 405 row, 政府采购项目类型/合计 — the real 0.00 error', () => {
    const { doc, anchors } = seedPage();
    const t = doc.tables.find((x) => x.kind === 'budget.procurement')!;
    const row = t.rows.findIndex((r) => r.code === '405');
    const col = t.columns.indexOf('政府采购项目类型/合计');
    expect(row).toBeGreaterThanOrEqual(0);
    expect(col).toBeGreaterThanOrEqual(0);
    const target = resolveRef(ref({ table: t.id, row, col }), undefined, anchors);
    expect(target?.kind).toBe('cell');
    const td = target!.anchor as Element;
    expect(td.tagName.toLowerCase()).toBe('td');
    expect(td.textContent).toBe('0.00');
    // Its neighbour in the page is the 资金类型 上级补助 cell, then 集中采购小计 20.14.
    expect((td.nextElementSibling as Element).textContent).toBe('20.14');
    expect((td.parentElement as Element).textContent).toContain('405');
  });

  it('falls back to the label cell when a ref names a row but no column', () => {
    const { doc, anchors } = seedPage();
    const t = doc.tables[0]!;
    const target = resolveRef(ref({ table: t.id, row: 1 }), undefined, anchors);
    expect((target?.anchor as Element).textContent).toBe('柳州市科学技术局');
  });

  it('returns null for a cell the index does not hold', () => {
    const { anchors } = seedPage();
    expect(resolveRef(ref({ table: 'nope', row: 0, col: 0 }), undefined, anchors)).toBeNull();
  });

  it('maps a narrative figure to its block and to the text nodes that print it', () => {
    const { document, anchors } = seedPage();
    // The narrative as assemble joins it; a parser's figure offsets point into it.
    const sentence = (anchors.text.map((b) => (b.anchor as Element).textContent ?? '').find((s) => s.includes('13.56%')))!;
    const block = anchors.text.find((b) => ((b.anchor as Element).textContent ?? '').includes('13.56%'))!;
    const start = block.start + sentence.indexOf('13.56%');
    const narrative: Narrative = {
      text: '',
      statements: [
        { id: 's1', start: block.start, end: block.end, section: null, subject: '部门支出预算', path: null, shareOf: null, flat: false,
          figures: [{ id: 'f1', role: 'changePct', text: '13.56%', value: '13.56', unit: '%', direction: 'up', directionWord: '增长', start, end: start + 6 }] },
      ],
    };
    const target = resolveRef(ref({ figure: 'f1' }), narrative, anchors);
    expect(target?.kind).toBe('text');
    if (target?.kind !== 'text') return;
    expect(target.anchor).toBe(block.anchor);
    expect(target.start).toBe(sentence.indexOf('13.56%'));
    const where = locateText(target.anchor as Node, '13.56%', target.start)!;
    expect(where.start.node.data.slice(where.start.offset, where.end.offset)).toBe('13.56%');
    expect(document.title).toContain('部门预算');
  });
});

describe('locateText', () => {
  it('matches across spaces the PDF-damaged text has ("547. 82") and picks the occurrence nearest the offset', () => {
    const doc = parseHtmlNode('<p id="p">人员经费 547. 82万元；公用经费<b>547.</b> 82万元</p>') as unknown as Document;
    const p = doc.getElementById('p')!;
    const first = locateText(p, '547.82', 0)!;
    expect(first.start.node.data.slice(first.start.offset, first.end.offset)).toBe('547. 82');
    const second = locateText(p, '547.82', 20)!;
    expect(second.start.node.data).toBe('547.');
    expect(second.end.node.data.slice(0, second.end.offset)).toBe(' 82');
  });

  it('returns null when the text is not there', () => {
    const doc = parseHtmlNode('<p id="p">本表无数据</p>') as unknown as Document;
    expect(locateText(doc.getElementById('p')!, '1.00', 0)).toBeNull();
  });
});
