import { describe, expect, it } from 'vitest';
import { ExtractError } from '../errors';
import type { RawGrid, RawText } from '../raw';
import { extractPdfRaw } from './extractPdfRaw';
import { loadPdfNode } from './loadNode';
import { image, line, makePdf, text } from '../../../tests/support/pdf/makePdf';
import { ROWS, COLS, SAMPLE_GRID, SAMPLE_MERGED, sampleTableContent } from '../../../tests/support/pdf/sampleTable';
import type { PdfAnchor, PdfRawDoc } from './types';

async function extract(bytes: Uint8Array, options: Parameters<typeof extractPdfRaw>[2] = {}): Promise<PdfRawDoc> {
  const pdf = await loadPdfNode(bytes);
  try {
    return await extractPdfRaw(pdf, 'test.pdf', options);
  } finally {
    await pdf.destroy();
  }
}

const grids = (doc: PdfRawDoc): RawGrid<PdfAnchor>[] => doc.blocks.filter((b): b is RawGrid<PdfAnchor> => b.type === 'grid');
const texts = (doc: PdfRawDoc): RawText<PdfAnchor>[] => doc.blocks.filter((b): b is RawText<PdfAnchor> => b.type === 'text');
const gridText = (g: RawGrid): string[][] => g.rows.map((r) => r.map((c) => c.text));

function expectSampleGrid(g: RawGrid): void {
  expect(gridText(g)).toEqual(SAMPLE_GRID);
  g.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const [or, oc] = SAMPLE_MERGED[`${r},${c}`] ?? [r, c];
      expect([cell.originRow, cell.originCol], `slot ${r},${c}`).toEqual([or, oc]);
    }),
  );
}

describe('extractPdfRaw: ruled tables', () => {
  it.each([
    ['pdf.js inserts spaces inside broken numbers', 2],
    ['pieces glued by pdf.js', 0.3],
  ])('rebuilds the grid with spans, joined CJK glyphs and joined numbers (%s)', async (_, numberGap) => {
    const doc = await extract(makePdf([{ content: sampleTableContent({ numberGap }) }]));
    const g = grids(doc);
    expect(g).toHaveLength(1);
    expectSampleGrid(g[0]!);
    expect(g[0]!.page).toBe(1);
    // Title and unit line stay text, in reading order before the table.
    expect(doc.blocks[0]).toMatchObject({ type: 'text', text: '部门收入总体情况表', align: 'center' });
    expect(doc.blocks[1]).toMatchObject({ type: 'text', text: '单位：万元', align: 'right' });
    expect(doc.blocks[2]!.type).toBe('grid');
  });

  it('anchors cells in user space', async () => {
    const doc = await extract(makePdf([{ content: sampleTableContent() }]));
    const cell = grids(doc)[0]!.rows[3]![1]!; // 柳州市科学技术局
    expect(cell.anchor).toMatchObject({ page: 1 });
    const a = cell.anchor!;
    expect(a.x0).toBeCloseTo(COLS[1]!, 0);
    expect(a.x1).toBeCloseTo(COLS[2]!, 0);
    expect(a.y0).toBeCloseTo(ROWS[4]!, 0);
    expect(a.y1).toBeCloseTo(ROWS[3]!, 0);
    // A merged header cell's anchor covers both slots.
    const merged = grids(doc)[0]!.rows[0]![3]!.anchor!;
    expect(merged.x0).toBeCloseTo(COLS[3]!, 0);
    expect(merged.x1).toBeCloseTo(COLS[5]!, 0);
    expect(doc.pageInfo[0]).toMatchObject({ page: 1, width: 595, height: 842, rotation: 0 });
  });

  it('reads a /Rotate 90 page as upright, anchors still in the page user space', async () => {
    // The portrait drawing mapped into a landscape MediaBox shown rotated: x = 842 − Y, y = X.
    const content = ['q 0 1 -1 0 842 0 cm', ...sampleTableContent(), 'Q'];
    const doc = await extract(makePdf([{ width: 842, height: 595, rotate: 90, content }]));
    expect(doc.pageInfo[0]).toMatchObject({ rotation: 90, width: 595, height: 842 });
    const g = grids(doc);
    expect(g).toHaveLength(1);
    expectSampleGrid(g[0]!);
    const a = g[0]!.rows[3]![1]!.anchor!;
    expect(a.x0).toBeCloseTo(842 - ROWS[3]!, 0);
    expect(a.x1).toBeCloseTo(842 - ROWS[4]!, 0);
    expect(a.y0).toBeCloseTo(COLS[1]!, 0);
    expect(a.y1).toBeCloseTo(COLS[2]!, 0);
  });

  it('does not read operator lists when told not to, and then finds the table by alignment', async () => {
    const doc = await extract(makePdf([{ content: sampleTableContent() }]), { rulings: 'never' });
    const g = grids(doc);
    expect(g).toHaveLength(1);
    // Data rows come out whole by alignment; the header is kept as header rows above them.
    const rows = gridText(g[0]!);
    expect(rows.slice(-3)).toEqual(SAMPLE_GRID.slice(2));
  });
});

describe('extractPdfRaw: tables without rules', () => {
  it('finds columns from alignment', async () => {
    const doc = await extract(makePdf([{ content: sampleTableContent({ rules: false }) }]));
    const g = grids(doc);
    expect(g).toHaveLength(1);
    const rows = gridText(g[0]!);
    expect(rows.slice(-3)).toEqual(SAMPLE_GRID.slice(2));
    // Header lines above the body are header rows of the same grid, not loose text.
    expect(rows.flat()).toContain('一般公共预算');
    expect(texts(doc).map((t) => t.text)).not.toContain('一般公共预算');
  });
});

describe('extractPdfRaw: lines and text', () => {
  it('keeps a superscript and a jittered baseline on their line', async () => {
    const content = [
      text(50, 700, 10, 'Total'),
      text(80, 700.8, 10, '1,234.56'),
      text(122, 704, 6, '1'), // footnote mark, raised
      text(50, 660, 10, 'Next line'),
    ];
    const doc = await extract(makePdf([{ content }]));
    expect(texts(doc).map((t) => t.text)).toEqual(['Total 1,234.56 1', 'Next line']);
  });

  it('joins a Chinese paragraph wrapped over lines, without spaces', async () => {
    const first = '一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占';
    const content = [text(50, 700, 10, '2024年部门决算情况说明'), text(50, 680, 10, first.slice(0, 60)), text(50, 666, 10, '71.73%；社会保障和就业支出（类）326.72万元。')];
    // Lines end near the right edge of the text column (60 CJK-ish glyphs × 10 pt from x=50 is wider than the first line).
    const doc = await extract(makePdf([{ content }]));
    const t = texts(doc).map((b) => b.text);
    expect(t[0]).toBe('2024年部门决算情况说明');
    expect(t.at(-1)).toContain('占71.73%；社会保障');
  });

  it('reports the PDF title from its metadata', async () => {
    const doc = await extract(makePdf([{ content: [text(50, 700, 10, 'x')] }], { title: 'Budget 2024' }));
    expect(doc.title).toBe('Budget 2024');
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(1);
  });
});

describe('extractPdfRaw: documents that cannot be read', () => {
  const codeOf = async (p: Promise<unknown>): Promise<string> => {
    try {
      await p;
      return 'no error';
    } catch (e) {
      expect(e).toBeInstanceOf(ExtractError);
      return (e as ExtractError).code;
    }
  };

  it('not a PDF', async () => {
    expect(await codeOf(loadPdfNode(new TextEncoder().encode('<html><body>部门预算</body></html>')))).toBe('not-pdf');
  });

  it('encrypted', async () => {
    expect(await codeOf(loadPdfNode(makePdf([{ content: [text(50, 700, 10, 'x')] }], { encrypted: true })))).toBe('encrypted');
  });

  it('truncated', async () => {
    const whole = makePdf([{ content: sampleTableContent() }]);
    expect(await codeOf(loadPdfNode(whole.slice(0, 40)))).toBe('truncated');
  });

  it('scanned: images and no text is one clear no-text-layer error', async () => {
    const bytes = makePdf([{ content: [image(50, 50, 495, 742)] }, { content: [image(50, 50, 495, 742)] }]);
    const pdf = await loadPdfNode(bytes);
    const err = await codeOf(extractPdfRaw(pdf, 'scan.pdf'));
    await pdf.destroy();
    expect(err).toBe('no-text-layer');
  });

  it('a scanned page inside a text document is listed, the rest is read', async () => {
    const doc = await extract(makePdf([{ content: sampleTableContent() }, { content: [image(50, 50, 495, 742)] }]));
    expect(doc.imageOnlyPages).toEqual([2]);
    expect(doc.blankPages).toEqual([]);
    expect(grids(doc)).toHaveLength(1);
  });

  it('a page with neither text nor a picture is listed as blank, even with ruling lines on it', async () => {
    const doc = await extract(makePdf([{ content: sampleTableContent() }, { content: [] }, { content: [line(50, 700, 545, 700), line(50, 680, 545, 680)] }, { content: sampleTableContent() }]));
    expect(doc.blankPages).toEqual([2, 3]);
    expect(doc.imageOnlyPages).toEqual([]);
  });
});
