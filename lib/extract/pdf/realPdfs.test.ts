// The real published PDFs in ../shared/real (ONLYOFFICE and WPS made, not by us). Skipped, with
// a message, where ../shared is absent (a user's clone).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../tests/shared';
import type { RawGrid } from '../raw';
import { extractPdfRaw } from './extractPdfRaw';
import { extractPdfNode, loadPdfNode } from './loadNode';
import type { PdfAnchor, PdfRawDoc } from './types';

const putuo = sharedPath('real', 'putuo-finance-bureau-2024-final.pdf');
const altered = sharedPath('real', 'putuo-finance-bureau-2024-final-altered.pdf');
const template = sharedPath('real', 'national-final-accounts-template.pdf');

async function raw(path: string, pages?: number[]): Promise<PdfRawDoc> {
  const pdf = await loadPdfNode(new Uint8Array(readFileSync(path)));
  try {
    return await extractPdfRaw(pdf, path, { pages });
  } finally {
    await pdf.destroy();
  }
}
const gridsOn = (doc: PdfRawDoc, page: number): RawGrid<PdfAnchor>[] =>
  doc.blocks.filter((b): b is RawGrid<PdfAnchor> => b.type === 'grid' && b.page === page);
const texts = (g: RawGrid): string[][] => g.rows.map((r) => r.map((c) => c.text));

describe.skipIf(!putuo)('ONLYOFFICE final accounts (普陀区财政局 2024)', () => {
  it('收入支出决算总表: two-sided grid with its merged 收入/支出 header, continued on the next page', async () => {
    const doc = await raw(putuo!, [6, 7]);
    const [p6] = gridsOn(doc, 6);
    const rows = texts(p6!);
    expect(rows[0]).toEqual(['收入', '收入', '支出', '支出']);
    expect(p6!.rows[0]![1]).toMatchObject({ originRow: 0, originCol: 0 });
    expect(rows[2]).toEqual(['一、一般公共预算财政拨款收入', '2,940.05', '一、一般公共服务支出', '2,106.66']);
    expect(rows.at(-1)).toEqual(['本年收入合计', '2,946.25', '本年支出合计', '2,940.05']);
    expect(texts(gridsOn(doc, 7)[0]!).at(-1)).toEqual(['总计', '2,995.39', '总计', '2,995.39']);
    // Title centred, unit right-aligned, both before the grid.
    const before = doc.blocks.slice(0, doc.blocks.indexOf(p6!));
    expect(before).toContainEqual(expect.objectContaining({ type: 'text', text: '收入支出决算总表', align: 'center' }));
    expect(before).toContainEqual(expect.objectContaining({ type: 'text', text: '单位：万元', align: 'right' }));
  });

  it('收入决算表: 类/款/项 code columns and amounts cell by cell', async () => {
    const doc = await raw(putuo!, [8]);
    const rows = texts(gridsOn(doc, 8)[0]!);
    expect(rows).toContainEqual(['201', '06', '01', '行政运行', '1,511.90', '1,511.89', '', '', '', '', '0.01']);
    expect(rows).toContainEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出', '160.75', '160.75', '', '', '', '', '']);
    expect(rows[3]!.slice(0, 5)).toEqual(['类', '款', '项', '合计', '2,946.25']);
  });

  it('assembles into a final-accounts model with the standard tables', async () => {
    const { doc } = await extractPdfNode(new Uint8Array(readFileSync(putuo!)), putuo!);
    expect(doc.kind).toBe('final');
    const kinds = new Set(doc.tables.map((t) => t.kind));
    for (const k of ['final.overview', 'final.income', 'final.expense', 'final.fiscalOverview', 'final.generalExpense', 'final.threePublic']) {
      expect(kinds, k).toContain(k);
    }
    const income = doc.tables.find((t) => t.kind === 'final.income')!;
    expect(income.rows.find((r) => r.label === '行政运行')?.cells.slice(0, 2)).toEqual(['1,511.90', '1,511.89']);
  }, 60_000);
});

describe.skipIf(!altered)('WPS-made altered copy', () => {
  it('reads the one-page 收入支出决算总表 whole', async () => {
    const doc = await raw(altered!, [7]);
    const rows = texts(gridsOn(doc, 7)[0]!);
    expect(rows).toHaveLength(32);
    expect(rows.at(-1)).toEqual(['总计', '2,995.39', '总计', '2,995.39']);
  });
});

describe.skipIf(!template)('national template (WPS, mostly empty tables)', () => {
  it('reads empty tables as grids: codes and names, blank amount cells', async () => {
    const doc = await raw(template!, [6]);
    const rows = texts(gridsOn(doc, 6)[0]!);
    expect(rows).toContainEqual(['2050205', '高等教育', '', '', '', '', '', '', '']);
    expect(rows[1]!.slice(0, 3)).toEqual(['功能分类科目编码', '科目名称', '本年收入合计']);
  });
});
