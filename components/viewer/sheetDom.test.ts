import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../lib/extract/html/parseHtmlNode';
import type { GridCell, RawDoc } from '../../lib/extract/raw';
import type { SheetAnchor } from '../../lib/extract/sheet/index';
import { readFileSync } from 'node:fs';
import { officeKindOf, officeKindOfBytes } from './officeKind';
import { renderSheetRaw } from './sheetDom';

const at = (row: number, col: number): SheetAnchor => ({ sheet: '表10', sheetIndex: 0, row, col });
const cell = (text: string, originRow: number, originCol: number, r: number, c: number): GridCell<SheetAnchor> => ({ text, originRow, originCol, anchor: at(r, c) });

describe('renderSheetRaw', () => {
  // A header whose first cell is merged over two rows and whose group spans two columns.
  const raw: RawDoc<SheetAnchor> = {
    source: 't.xlsx',
    format: 'sheet',
    blocks: [
      { type: 'text', text: '政府采购预算表', page: null, anchor: at(0, 0) },
      {
        type: 'grid',
        page: null,
        rows: [
          [cell('单位', 0, 0, 1, 0), cell('采购', 0, 1, 1, 1), cell('采购', 0, 1, 1, 1)],
          [cell('单位', 0, 0, 1, 0), cell('集中', 1, 1, 2, 1), cell('分散', 1, 2, 2, 2)],
          [cell('510', 2, 0, 3, 0), cell('36.36', 2, 1, 3, 1), cell('449.01', 2, 2, 3, 2)],
        ],
      },
    ],
  };
  const doc = parseHtmlNode('<!doctype html><html><body></body></html>') as unknown as Document;
  const dom = renderSheetRaw(raw, doc);

  it('draws merged cells once, with their rowspan and colspan, under the sheet name', () => {
    expect(dom.root.querySelector('h2')?.textContent).toBe('表10');
    expect(dom.root.querySelector('p')?.textContent).toBe('政府采购预算表');
    const rows = [...dom.root.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td, th')].map((td) => `${td.textContent}/${td.getAttribute('rowspan') ?? 1}x${td.getAttribute('colspan') ?? 1}`));
    expect(rows).toEqual([['单位/2x1', '采购/1x2'], ['集中/1x1', '分散/1x1'], ['510/1x1', '36.36/1x1', '449.01/1x1']]);
  });

  it('gives each checked anchor the element drawn for it, and drops anchors it did not draw', () => {
    const index = dom.anchors({ cells: new Map([['t1:0:1', at(3, 2)], ['t1:0:9', at(9, 9)]]), text: [{ start: 0, end: 7, anchor: at(0, 0) }] });
    expect([...index.cells.keys()]).toEqual(['t1:0:1']);
    expect(index.cells.get('t1:0:1')?.textContent).toBe('449.01');
    expect(index.text[0]?.anchor.textContent).toBe('政府采购预算表');
  });
});

describe('officeKindOf', () => {
  it('reads the extension of a URL path (escaped or with a query) or a bare file name', () => {
    expect(officeKindOf('http://a.gov.cn/att/%E9%A2%84%E7%AE%97.XLSX?id=1')).toBe('sheet');
    expect(officeKindOf('2026年部门预算.xls')).toBe('sheet');
    expect(officeKindOf('http://a.gov.cn/a.docx#p')).toBe('docx');
    expect(officeKindOf('old.doc')).toBe('doc');
    expect(officeKindOf('http://a.gov.cn/a.pdf')).toBeNull();
    expect(officeKindOf('http://a.gov.cn/download?file=a.xlsx')).toBeNull();
  });

  it('reads the kind from the bytes when they say it, whatever the name', () => {
    expect(officeKindOfBytes(new Uint8Array(readFileSync('tests/fixtures/office/001-sample.xlsx')))).toBe('sheet');
    expect(officeKindOfBytes(new Uint8Array(readFileSync('tests/fixtures/office/001-sample.xls')))).toBe('sheet');
    expect(officeKindOfBytes(new Uint8Array(readFileSync('tests/fixtures/office/001-sample.docx')))).toBe('docx');
    expect(officeKindOfBytes(new TextEncoder().encode('%PDF-1.7\n'))).toBeNull();
  });
});
