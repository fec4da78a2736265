import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfAnchorRect, viewportTransform } from './pdfRect';

// pdf.js's own viewport (page.getViewport) is the reference: the overlay must land where pdf.js
// draws. A one-page PDF with the given MediaBox (pdf.js rebuilds the missing xref table).
async function pageWithBox(view: number[]) {
  const pdf = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[${view.join(' ')}]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF`;
  const doc = await getDocument({ data: new TextEncoder().encode(pdf), verbosity: 0 }).promise;
  return doc.getPage(1);
}

describe('pdfAnchorRect', () => {
  const anchor = { page: 3, x0: 100.5, y0: 620.25, x1: 160, y1: 634 };
  for (const rotation of [0, 90, 180, 270]) {
    for (const view of [
      [0, 0, 595.28, 841.89],
      [10, 20, 622, 812],
    ]) {
      it(`agrees with pdf.js page.getViewport (rotation ${rotation}, view ${view.join(',')})`, async () => {
        const scale = 1.5;
        const vp = (await pageWithBox(view)).getViewport({ scale, rotation });
        expect(viewportTransform({ view, rotation }, scale).map((n) => +n.toFixed(6))).toEqual(vp.transform.map((n: number) => +n.toFixed(6)));
        const [a, b, c, d] = vp.convertToViewportRectangle([anchor.x0, anchor.y0, anchor.x1, anchor.y1]);
        const r = pdfAnchorRect(anchor, { view, rotation }, scale);
        expect(r.left).toBeCloseTo(Math.min(a, c), 6);
        expect(r.top).toBeCloseTo(Math.min(b, d), 6);
        expect(r.width).toBeCloseTo(Math.abs(c - a), 6);
        expect(r.height).toBeCloseTo(Math.abs(d - b), 6);
      });
    }
  }

  it('puts a cell near the top of an A4 page near the top of the canvas (y flips)', () => {
    const r = pdfAnchorRect({ page: 1, x0: 50, y0: 800, x1: 100, y1: 812 }, { view: [0, 0, 595, 842], rotation: 0 }, 1);
    expect(r).toEqual({ left: 50, top: 30, width: 50, height: 12 });
  });
});
