// The floor `npm run bench` compares the CLI with: a whole Node process that does nothing but
// pdf.js text extraction of one PDF (load + getTextContent on every page), as any PDF reader pays.
// Usage: node scripts/bare-pdf-text.mjs FILE.pdf  → prints the number of text items.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dist = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const pdf = await pdfjs.getDocument({
  data: new Uint8Array(readFileSync(process.argv[2])),
  cMapUrl: join(dist, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(dist, 'standard_fonts') + '/',
  isEvalSupported: false,
  verbosity: 0,
}).promise;
let items = 0;
for (let i = 1; i <= pdf.numPages; i++) items += (await (await pdf.getPage(i)).getTextContent()).items.length;
await pdf.destroy();
process.stdout.write(`${items}\n`);
