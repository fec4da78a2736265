// Writes tests/fixtures/pdf-variants/: small disclosure pages printed plainly and in each print
// variant (scripts/fixtures/printVariants.ts) by headless Chromium, for the PDF path's metamorphic
// test (lib/extract/pdf/printVariants.test.ts). Also run by `npm run fixtures`; needs Chromium.
//   npx tsx scripts/make-pdf-variants.ts
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../tests/shared';
import { chromiumPdf, hasChromium } from './fixtures/printPdf';
import { PRINT_VARIANT_NAMES, printVariant } from './fixtures/printVariants';

/** One face, no bold: every distinct glyph is embedded as an outline (Type 3), so a second face
 * doubles a fixture's size for nothing the tests read. */
const ONE_FACE = `<style>body, body * { font-family: "Noto Sans CJK SC", sans-serif !important; font-weight: normal !important; font-style: normal !important; }</style>`;

/** A Word-like table style for pages that have none (bare border=1 tables print double boxes). */
const RULED = `<style>
body { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
table td, table th { border: 0.75pt solid #000; padding: 1pt 3pt; font-size: 9pt; font-weight: normal; }
p.title { text-align: center; font-size: 15pt; }
</style>`;

/** The pages printed: the seed sample (four tables, inline Word borders, grey header) and a
 * Henan-style final account (类|款|项 columns, 元) with ruled tables. */
export const VARIANT_SOURCES: Record<string, { path: string; style?: string }> = {
  '001-sample': { path: fixturePath('html', '001-sample.html') },
  'henan-final-yuan': { path: fixturePath('regional', 'henan-final-yuan.html'), style: RULED },
};

export function writePdfVariants(): string[] {
  if (!hasChromium()) {
    console.warn('[skip] Chromium not found: tests/fixtures/pdf-variants not rebuilt');
    return [];
  }
  const dir = fixturePath('pdf-variants');
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'bl-variants-'));
  const out: string[] = [];
  try {
    for (const [name, { path, style }] of Object.entries(VARIANT_SOURCES)) {
      const page = readFileSync(path, 'utf8');
      const html = page.replace('</head>', `${ONE_FACE}${style ?? ''}</head>`);
      for (const variant of ['plain' as const, ...PRINT_VARIANT_NAMES]) {
        const src = join(work, `${name}.${variant}.html`);
        writeFileSync(src, variant === 'plain' ? html : printVariant(html, variant));
        const pdf = join(dir, `${name}.${variant}.pdf`);
        chromiumPdf(src, pdf);
        out.push(pdf);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const f of writePdfVariants()) console.log(`wrote ${f}`);
