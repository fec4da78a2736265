// The content-stream reader must give the ruling lines pdf.js's operator lists give, page by
// page, or step aside (null) so that pdf.js is asked: on PDFs built here to hold the cases that
// matter (both file layouts, forms with matrices and unbalanced saves, colours that hide a line,
// inline images, strings holding operator names), on every committed PDF fixture, and on the
// real documents when ../shared is present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { buildPdf, type PdfObjectSpec } from '../../../../tests/support/pdfBuilder';
import { fixturePath, sharedPath } from '../../../../tests/shared';
import { loadPdfNode } from '../loadNode';
import { PDFJS_OPS } from '../pdfjsOps';
import { DEFAULT_BUDGET } from '../workBudget';
import { inflateSyncNode } from '../zlibNode';
import { extractRulings, type Rulings } from '../rulings';
import { pageDrawing } from './drawingOps';
import { openPageDrawings, type PageDrawingsHere } from './pageDrawings';
import { PdfFile } from './pdfFile';
import { Unreadable } from './pdfSyntax';

/** The inflater the CLI gives the reader. */
const inflate = inflateSyncNode(DEFAULT_BUDGET.maxStreamBytes);

const r2 = (x: number) => Math.round(x * 100) / 100;
const key = (r: Rulings) => ({
  horizontal: r.horizontal.map((s) => [r2(s.pos), r2(s.from), r2(s.to)]),
  vertical: r.vertical.map((s) => [r2(s.pos), r2(s.from), r2(s.to)]),
});

/** Per page: pdf.js's rulings, and the reader's (null where it steps aside). */
async function bothRulings(bytes: Uint8Array): Promise<{ pdfjs: ReturnType<typeof key>; own: ReturnType<typeof key> | null }[]> {
  const pdf: PDFDocumentProxy = await loadPdfNode(bytes);
  try {
    const drawings: PageDrawingsHere | null = openPageDrawings(bytes, inflate, pdf.numPages);
    expect(drawings, 'the reader opens the file').not.toBeNull();
    const out = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const vt = page.getViewport({ scale: 1 }).transform;
      const ops = await page.getOperatorList();
      const own = drawings!.page(n, 1_000_000);
      out.push({
        pdfjs: key(extractRulings(ops.fnArray, ops.argsArray, PDFJS_OPS, vt)),
        own: own ? key(extractRulings(own.fnArray, own.argsArray, PDFJS_OPS, vt)) : null,
      });
    }
    return out;
  } finally {
    await pdf.destroy();
  }
}

// --- PDFs built here ---------------------------------------------------------------------------

const PAGE_1 = `% a comment is not drawn: 10 10 m 500 10 l S
q 1 0 0 1 0 0 cm
0 0 0 RG 1 w
50 700 m 300 700 l S
50 650 m 300 650 l S
50 600 m 300 600 l S
50 700 m 50 600 l S
175 720 m 175 600 l 300 600 l 300 720 l s
Q
BT /F1 10 Tf 60 670 Td (Name \\) 50 50 m 100 50 l S) Tj [(A) -120 (B)] TJ 0 -20 Td <414243> Tj ET
1 1 1 RG 50 580 m 300 580 l S
0 0 0 1 K 50 560 m 300 560 l S
0.5 g 50 540 250 0.6 re f
q 2 0 0 2 0 0 cm 25 260 m 150 260 l S Q
/CS0 CS 0 0 0 SC 50 500 m 300 500 l S
/Fm1 Do
BI /W 2 /H 2 /BPC 8 /CS /G ID AEIB EI
50 480 m 100 480 200 480 300 480 c S
60 440 m 100 450 200 440 v 250 450 300 440 y h S
50 470 m 300 470 l 0 0 m n
q 50 460 m 300 460 l S
`;
// A form placed by its matrix, leaving a save unclosed (pdf.js closes it at the form's end).
const FORM = `q 0 g 0 50 250 0.5 re f 0 0 250 0 re f 0 0 m 0 80 l S
q 0 0 1 rg 0 90 m 250 90 l S`;

function objects(): PdfObjectSpec[] {
  return [
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 /Resources 6 0 R /MediaBox [0 0 595 842] >>' },
    { body: '<< /Type /Page /Parent 2 0 R /Contents [7 0 R 8 0 R] >>' },
    { body: '<< /Type /Page /Parent 2 0 R /Contents 9 0 R >>' },
    { body: '<< /Type /Page /Parent 2 0 R /Contents 8 0 R /Annots [11 0 R] >>' },
    {
      body: '<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> /XObject << /Fm1 10 0 R >> /ColorSpace << /CS0 [/ICCBased 12 0 R] /CS1 [/Separation /Spot /DeviceCMYK << /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [0 0 0 1] /N 1 >>] >> >>',
    },
    // The page's contents split in two streams, parted inside the figures of one operator.
    { body: '<< >>', stream: PAGE_1.slice(0, PAGE_1.indexOf('50 650 m') + 3) },
    { body: '<< >>', stream: PAGE_1.slice(PAGE_1.indexOf('50 650 m') + 3) },
    { body: '<< >>', stream: '0 0 0 RG 50 700 m 300 700 l S /CS1 cs 1 sc 50 650 250 1 re f' },
    { body: '<< /Type /XObject /Subtype /Form /BBox [0 0 300 100] /Matrix [1 0 0 1 50 300] /Resources << >> >>', stream: FORM },
    { body: '<< /Type /Annot /Subtype /Square /Rect [40 100 300 200] /AP << /N 13 0 R >> >>' },
    { body: '<< /N 3 /Alternate /DeviceRGB >>', stream: 'not a real profile' },
    { body: '<< /Type /XObject /Subtype /Form /BBox [0 0 260 100] >>', stream: '0 0 0 RG 0 50 m 260 50 l S' },
  ];
}

describe.each(['classic', 'compressed', 'hybrid'] as const)('a PDF built with the %s layout', (layout) => {
  it('gives pdf.js\'s rulings on the pages it reads, and steps aside on a tint-function colour and on annotation appearances', async () => {
    const pages = await bothRulings(buildPdf(objects(), layout));
    expect(pages.map((p) => p.own === null)).toEqual([false, true, true]);
    expect(pages[0]!.own).toEqual(pages[0]!.pdfjs);
    // The page holds what makes the comparison worth something: rules of every kind read.
    expect(pages[0]!.pdfjs.horizontal.length).toBeGreaterThanOrEqual(9);
    expect(pages[0]!.pdfjs.vertical.length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});

it('counts the operators of a form each time it is drawn (the work budget)', () => {
  const objs = objects();
  objs[7] = { body: '<< >>', stream: Array.from({ length: 50 }, () => '/Fm1 Do').join('\n') };
  const bytes = buildPdf(objs);
  const drawing = openPageDrawings(bytes, inflate, 3)!.page(1, 1_000_000)!;
  expect(drawing.operators).toBeGreaterThan(50 * 15);
});

it('does not read what it cannot trust — a wrong startxref, an encrypted file — and pdf.js still opens them', async () => {
  const good = buildPdf(objects());
  const text = Buffer.from(good).toString('latin1');
  const at = text.lastIndexOf('startxref\n') + 'startxref\n'.length;
  const wrong = Buffer.from(text.slice(0, at) + String(Number(text.slice(at).split('\n')[0]) + 7) + text.slice(text.indexOf('\n', at)), 'latin1');
  expect(openPageDrawings(new Uint8Array(wrong), inflate, 3)).toBeNull();
  const pdf = await loadPdfNode(new Uint8Array(wrong));
  expect(pdf.numPages).toBe(3);
  await pdf.destroy();
  expect(openPageDrawings(new Uint8Array(readFileSync(fixturePath('hostile', 'encrypted.pdf'))), inflate, 1)).toBeNull();
  // A page count other than pdf.js's: the reader is not used at all.
  expect(openPageDrawings(good, inflate, 4)).toBeNull();
});

// --- every committed PDF, and the real documents -----------------------------------------------

const committed = [
  ...readdirSync(fixturePath('pdf')).filter((f) => f.endsWith('.pdf')).map((f) => fixturePath('pdf', f)),
  ...(existsSync(fixturePath('pdf-variants')) ? readdirSync(fixturePath('pdf-variants')).filter((f) => f.endsWith('.pdf')).map((f) => fixturePath('pdf-variants', f)) : []),
];
const realDir = sharedPath('real');
const real = realDir ? readdirSync(realDir).filter((f) => f.endsWith('.pdf')).map((f) => `${realDir}/${f}`) : [];

describe('every page of every PDF: read, with pdf.js\'s rulings', () => {
  it.each([...committed, ...real].map((f) => [f.replace(/.*\/(fixtures|real)\//, '$1/'), f]))('%s', async (_name, file) => {
    const pages = await bothRulings(new Uint8Array(readFileSync(file)));
    expect(pages.filter((p) => p.own === null).length).toBe(0);
    for (const [i, p] of pages.entries()) expect(p.own, `page ${i + 1}`).toEqual(p.pdfjs);
  }, 120_000);
});

// --- damaged files ---------------------------------------------------------------------------------

it('on damaged files (bytes changed, cut short, spliced) it ends, and fails only by saying it cannot read them', () => {
  let seed = 20261203;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const bases = [buildPdf(objects(), 'classic'), buildPdf(objects(), 'compressed'), buildPdf(objects(), 'hybrid')];
  const unexpected: string[] = [];
  let read = 0;
  for (const base of bases) {
    for (let i = 0; i < 300; i++) {
      const b = base.slice();
      const how = i % 3;
      if (how === 0) for (let k = 0; k < 1 + random(8); k++) b[random(b.length)] = random(256);
      const bytes = how === 1 ? b.subarray(0, random(b.length)) : how === 2 ? new Uint8Array([...b.subarray(0, random(b.length)), ...b.subarray(random(b.length))]) : b;
      try {
        const file = PdfFile.open(bytes, inflate);
        for (const page of file.pages()) {
          try {
            pageDrawing(file, page, 100_000);
            read++;
          } catch (e) {
            if (!(e instanceof Unreadable)) unexpected.push(`${how}: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
          }
        }
      } catch (e) {
        if (!(e instanceof Unreadable)) unexpected.push(`${how}: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
  }
  expect(unexpected).toEqual([]);
  expect(read).toBeGreaterThan(100); // many damaged files still have pages to read
}, 60_000);

it('leaves out of the list a q … Q that paints nothing (a text run wrapped in one), keeps one that paints', () => {
  const objs = objects();
  objs[6] = { body: '<< >>', stream: 'q BT /F1 10 Tf 1 0 0 1 60 670 Tm (a) Tj ET Q q 1 1 1 rg q 2 0 0 2 0 0 cm Q Q q 0 0 0 RG 10 10 m 100 10 l S Q' };
  objs[7] = { body: '<< >>', stream: '' };
  const list = openPageDrawings(buildPdf(objs), inflate, 3)!.page(1, 1_000_000)!;
  const O = PDFJS_OPS;
  expect(list.fnArray).toEqual([O.save, O.setStrokeRGBColor, O.constructPath, O.restore]);
});
