// loadPdfNode tells pdf.js that fonts load the browser's way (a FontFace that loads nothing), so
// that operator lists — read for ruling lines — come without glyph outlines. What we read must
// not change: the raw document (text blocks, grids, cell text and anchors) is the one pdf.js gives
// with its Node defaults, on fixture PDFs from both producers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { extractPdfRaw } from './extractPdfRaw';
import { loadPdfNode, pdfjsNode } from './loadNode';

async function nodeDefaults(bytes: Uint8Array) {
  const pdfjs = await pdfjsNode();
  const dist = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return pdfjs.getDocument({ data: bytes.slice(), cMapUrl: join(dist, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(dist, 'standard_fonts') + '/', isEvalSupported: false, verbosity: 0 }).promise;
}

describe('fonts never drawn: the same raw document as pdf.js’s Node defaults', () => {
  it.each(['000_c19d32f823b4b9a2.chromium.pdf', '004_13042d54f6cda286.libreoffice.pdf'])('%s', async (name) => {
    const bytes = new Uint8Array(readFileSync(fixturePath('pdf', name)));
    const plain = await nodeDefaults(bytes);
    const ours = await loadPdfNode(bytes);
    try {
      const a = await extractPdfRaw(plain, name, { rulings: 'always' });
      const b = await extractPdfRaw(ours, name, { rulings: 'always' });
      expect(b.blocks.filter((x) => x.type === 'grid').length).toBeGreaterThan(0);
      expect(b).toEqual(a);
    } finally {
      await plain.destroy();
      await ours.destroy();
    }
  }, 60_000);
});
