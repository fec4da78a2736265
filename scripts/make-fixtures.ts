// Builds the HTML pages and PDFs every extraction test reads, from the seeds' expected tables
// (tests/fixtures/expected/<seed>.json) and the seeds' own narrative text (../shared/seeds).
//   npx tsx scripts/make-fixtures.ts            everything
//   npx tsx scripts/make-fixtures.ts --no-pdf   HTML only (no Chromium / LibreOffice needed)
// Deterministic and idempotent: rerunning rewrites the same bytes (the encrypted PDF, whose key
// depends on a random file id, is kept when present; --force-encrypted remakes it).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fixturePath, projectRoot, sharedPath } from '../tests/shared';
import { type ExpectedDoc, printedTables, readExpected } from './fixtures/expectedDoc';
import { bigTablePage, hostileCellPage, imageOnlyPage, imageTablesPage, newsTablePage, notDisclosurePage } from './fixtures/hostilePages';
import { chromiumPdf, hasChromium, hasSoffice, officePdf } from './fixtures/printPdf';
import { hostileOfficeFiles, officeFixtures } from './fixtures/officeFiles';
import { renderPage } from './fixtures/renderPage';
import { writePdfVariants } from './make-pdf-variants';
import { writeRegionalFixtures } from './make-regional';
import type { TableMarkup } from './fixtures/renderTable';
import { type SeedItem, seedLayout, stripSeedLine } from './fixtures/seedLayout';

const noPdf = process.argv.includes('--no-pdf') || !hasChromium();
if (!hasChromium()) console.warn('[skip] Chromium not found (set CHROMIUM=…): PDFs not rebuilt');
const htmlDir = fixturePath('html');
const pdfDir = fixturePath('pdf');
const hostileDir = fixturePath('hostile');
for (const d of [htmlDir, pdfDir, hostileDir]) mkdirSync(d, { recursive: true });
const written: string[] = [];
const write = (path: string, text: string): void => {
  writeFileSync(path, text);
  written.push(path);
};

/** The document's title as the seed prints it near its top ("510柳州市工业和信息化局2025年部门预算
 * 公开说明", "2024年度部门决算公开" under the department's name), else built the same way. */
function seedTitle(seed: string, doc: ExpectedDoc): string {
  if (doc.title) return doc.title;
  const dept = doc.department ?? '';
  const top = seed
    .split('\n')
    .map((l) => stripSeedLine(l).text)
    .filter((t) => t)
    .slice(0, 15);
  const line = top.find((t) => /\d{4}\s*年度?.*部门\s*(预算|决算)/.test(t));
  if (line) return line.includes(dept) ? line : `${dept}${line}`;
  return `${dept}${doc.year ?? ''}年度部门${doc.kind === 'final' ? '决算' : '预算'}公开`;
}

/** Each seed page gets its own table markup, as different sites write it. */
const MARKUP: Record<string, TableMarkup> = {
  '000': { th: true },
  '001': {},
  '003': { bare: true, headerBreaks: true },
  '004': { paddedAmounts: true },
};

function seedPage(name: string, seed: string, doc: ExpectedDoc, items: SeedItem[]): { path: string; officeHtml: string; noRepeatHtml: string | null } {
  const opts = { title: seedTitle(seed, doc), splitLongerThan: 30, markup: MARKUP[name.slice(0, 3)] ?? {} };
  const path = join(htmlDir, `${name}.html`);
  write(path, renderPage(doc, items, opts));
  // The office PDF repeats header rows on every page (Word's 重复标题行), so bare tables get a thead there.
  const officeHtml = renderPage(doc, items, { ...opts, office: true, markup: { ...opts.markup, bare: false } });
  const noRepeatHtml = opts.markup.bare ? renderPage(doc, items, { ...opts, office: true }) : null;
  return { path, officeHtml, noRepeatHtml };
}

function pdfs(name: string, htmlPath: string, officeHtml: string, noRepeatHtml: string | null): void {
  if (noPdf) return;
  const c = join(pdfDir, `${name}.chromium.pdf`);
  chromiumPdf(htmlPath, c);
  written.push(c);
  if (!hasSoffice()) {
    console.warn(`[skip] soffice not found: ${name}.libreoffice.pdf not rebuilt`);
    return;
  }
  // LibreOffice gets the same page in landscape (it reads no named @page), from a scratch copy.
  const work = mkdtempSync(join(tmpdir(), 'bl-office-'));
  try {
    const src = join(work, `${name}.html`);
    writeFileSync(src, officeHtml);
    const o = join(pdfDir, `${name}.libreoffice.pdf`);
    officePdf(src, o);
    written.push(o);
    // A harder office PDF: no repeated header rows, so rows break over pages bare. Its name keeps
    // it out of the main PDF suite (lib/extract/pdf/fixtures.test.ts); a known-hard case.
    if (noRepeatHtml) {
      const src2 = join(work, `${name}.norepeat.html`);
      writeFileSync(src2, noRepeatHtml);
      const o2 = join(pdfDir, `${name}.libreoffice-norepeat.pdf`);
      officePdf(src2, o2);
      written.push(o2);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// 1. The hand-made sample (seed 001's 表1, 表2 and the start of 表10): the renderer's unit fixture.
const seeds = sharedPath('seeds');
const sampleJson = join(htmlDir, '001-sample.expected.json');
if (seeds && existsSync(sampleJson)) {
  const seed = readFileSync(join(seeds, '001_285cefce529bcf8b.txt'), 'utf8');
  const doc = readExpected(sampleJson);
  const all = seedLayout(seed, printedTables(doc));
  const narrative = all.filter((i) => i.kind !== 'table').slice(0, 10);
  const overview = all.find((i) => i.kind === 'para' && i.text.includes('部门收支总预算'));
  const items = [...narrative, ...(overview ? [overview] : []), ...all.filter((i) => i.kind === 'table')];
  write(join(htmlDir, '001-sample.html'), renderPage(doc, items, { title: seedTitle(seed, doc), splitLongerThan: 5 }));
}

// 2. Every seed with an expected JSON: the page, then its two PDFs.
const expectedDir = fixturePath('expected');
if (!seeds) console.warn('[skip] ../shared/seeds absent: seed pages not rebuilt');
else {
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const exp = join(expectedDir, `${name}.json`);
    if (!existsSync(exp)) {
      console.warn(`[skip] ${relative(projectRoot, exp)} not written yet: no page for ${name}`);
      continue;
    }
    const seed = readFileSync(join(seeds, file), 'utf8');
    const doc = readExpected(exp);
    const page = seedPage(name, seed, doc, seedLayout(seed, printedTables(doc)));
    pdfs(name, page.path, page.officeHtml, page.noRepeatHtml);
  }
}

// 3. Office attachments (LibreOffice): the sample and one whole seed as .xlsx, .xls, a
// sheet-per-table .xlsx and .docx; two seeds keep the committed files under half a megabyte.
const OFFICE_SEEDS = ['001-sample', '004_13042d54f6cda286'];
const officeDir = fixturePath('office');
if (process.argv.includes('--no-office') || !hasSoffice()) console.warn('[skip] soffice not found (or --no-office): office attachments not rebuilt');
else {
  mkdirSync(officeDir, { recursive: true });
  for (const name of OFFICE_SEEDS) {
    const page = join(htmlDir, `${name}.html`);
    if (existsSync(page)) written.push(...officeFixtures(name, readFileSync(page, 'utf8'), officeDir));
  }
  written.push(...hostileOfficeFiles(join(hostileDir, 'xss-cells.html'), join(officeDir, '001-sample.xlsx'), hostileDir));
}

// 4. Hostile inputs.
write(join(hostileDir, 'xss-cells.html'), hostileCellPage());
write(join(hostileDir, 'news-table.html'), newsTablePage());
write(join(hostileDir, 'not-a-disclosure.html'), notDisclosurePage());
write(join(hostileDir, 'rows-10000.html'), bigTablePage(10_000));
write(join(hostileDir, 'image-tables.html'), imageTablesPage());
if (!noPdf) hostilePdfs();

function hostilePdfs(): void {
  const work = mkdtempSync(join(tmpdir(), 'bl-hostile-'));
  try {
    // A small real-looking disclosure PDF to damage: the news page is not one, the XSS page is short.
    const source = join(hostileDir, 'xss-cells.html');
    const plain = join(work, 'plain.pdf');
    chromiumPdf(source, plain);
    // Truncated: the first 60% of the bytes (no xref, no trailer).
    const truncated = join(hostileDir, 'truncated.pdf');
    copyFileSync(plain, truncated);
    truncateSync(truncated, Math.floor(statSync(plain).size * 0.6));
    written.push(truncated);
    // Scanned: page 1 rendered to a grey PNG, printed back as an image-only PDF.
    const seedPdf = readdirSync(pdfDir).find((f) => f.endsWith('.chromium.pdf'));
    const scanSource = seedPdf ? join(pdfDir, seedPdf) : plain;
    execFileSync('pdftoppm', ['-r', '80', '-gray', '-png', '-f', '1', '-l', '1', '-singlefile', scanSource, join(work, 'scan')]);
    const imgPage = join(work, 'scan.html');
    writeFileSync(imgPage, imageOnlyPage('scan.png'));
    const scanned = join(hostileDir, 'scanned.pdf');
    chromiumPdf(imgPage, scanned);
    written.push(scanned);
    // Encrypted: LibreOffice's export with an open password. Its bytes differ on every export
    // (the key hangs on a random file id), so an existing file is kept unless --force-encrypted.
    const keep = existsSync(join(hostileDir, 'encrypted.pdf')) && !process.argv.includes('--force-encrypted');
    if (keep) written.push(join(hostileDir, 'encrypted.pdf'));
    else if (hasSoffice()) {
      const encrypted = join(hostileDir, 'encrypted.pdf');
      const html = join(work, 'encrypted.html');
      writeFileSync(html, readFileSync(source));
      officePdf(html, encrypted, 'budget-lens');
      written.push(encrypted);
    } else console.warn('[skip] soffice not found: encrypted.pdf not rebuilt');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

written.push(...writeRegionalFixtures());
// Print variants of the sample and a regional page (after both are written: they are printed from them).
if (!noPdf) written.push(...writePdfVariants());

let total = 0;
for (const p of written) {
  const size = statSync(p).size;
  total += size;
  console.log(`${(size / 1024).toFixed(0).padStart(7)} KB  ${relative(projectRoot, p)}`);
}
console.log(`${(total / 1024 / 1024).toFixed(2).padStart(7)} MB  total (${written.length} files)`);
