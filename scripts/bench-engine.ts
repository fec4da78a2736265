// npm run bench:engine [-- --runs N] — how long parsing takes, against the floor of bare pdf.js text
// extraction. For every fixture PDF (and the real PDFs in ../shared/real when present):
//   bare   = load + getTextContent on every page (what any PDF reader pays);
//   parse  = load + extractPdfRaw + assemble (our whole extraction);
//   checks = checkDocument on the model (the seam for the checks, timed apart);
// medians of N runs, parse/bare ratio, peak RSS and heap. Then HTML fixtures and seed texts,
// a synthetic 40-page PDF (Chromium print of a long table) and a 1,000- vs 10,000-row table
// for linearity. Prints tables; asserts nothing. Targets: PDF parse ≤ 1.5× bare, 40 pages < 2 s.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { DocModel } from '../lib/report/schema';
import { checkDocument } from '../lib/checkDocument';
import { assemble } from '../lib/extract/assemble/index';
import { extractHtml } from '../lib/extract/html/index';
import { extractText } from '../lib/extract/index';
import { extractPdfRaw } from '../lib/extract/pdf/extractPdfRaw';
import { loadPdfNode, pdfjsNode } from '../lib/extract/pdf/loadNode';

const root = resolve(import.meta.dirname, '..');
const argRuns = process.argv.indexOf('--runs');
const RUNS = Number(argRuns > 0 ? process.argv[argRuns + 1] : process.env.BENCH_RUNS ?? 5);

// --- measuring ---------------------------------------------------------------------------

// A full GC before each run, so a run's peak is its own and not the garbage of the previous one.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Sample {
  ms: number;
  /** CPU time of the whole process (all threads): steadier than wall time on a busy machine. */
  cpu: number;
  peakRss: number;
  peakHeap: number;
}

/** Run `fn`, sampling memory every 5 ms (pdf.js yields between pages, so the timer gets turns). */
async function measure<T>(fn: () => Promise<T> | T): Promise<Sample & { value: T }> {
  let peakRss = 0, peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const timer = setInterval(sample, 5);
  sample();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  sample();
  clearInterval(timer);
  return { ms, cpu: (c.user + c.system) / 1000, peakRss, peakHeap, value };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function repeat<T>(n: number, fn: () => Promise<T> | T): Promise<{ ms: number; cpu: number; peakRss: number; peakHeap: number; value: T }> {
  const samples: (Sample & { value: T })[] = [];
  for (let i = 0; i < n; i++) {
    gc();
    samples.push(await measure(fn));
  }
  return {
    ms: median(samples.map((s) => s.ms)),
    cpu: median(samples.map((s) => s.cpu)),
    peakRss: Math.max(...samples.map((s) => s.peakRss)),
    peakHeap: Math.max(...samples.map((s) => s.peakHeap)),
    value: samples[samples.length - 1]!.value,
  };
}

async function bareText(bytes: Uint8Array): Promise<number> {
  const pdf = await loadPdfNode(bytes);
  let items = 0;
  for (let i = 1; i <= pdf.numPages; i++) items += (await (await pdf.getPage(i)).getTextContent()).items.length;
  await pdf.destroy();
  return items;
}

async function parsePdf(bytes: Uint8Array, source: string): Promise<{ doc: DocModel; pages: number }> {
  const pdf = await loadPdfNode(bytes);
  const raw = await extractPdfRaw(pdf, source);
  await pdf.destroy();
  return { doc: assemble(raw).doc, pages: raw.pages ?? 0 };
}

// --- inputs ------------------------------------------------------------------------------

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const benchDir = join(tmpdir(), 'budget-lens-bench');

/** A long 部门支出总体情况表-like table printed by Chromium (cached in the temp dir). */
function syntheticTablePdf(name: string, rows: number): string | null {
  const pdfPath = join(benchDir, `${name}.pdf`);
  if (existsSync(pdfPath)) return pdfPath;
  if (!existsSync(CHROMIUM)) return null;
  mkdirSync(benchDir, { recursive: true });
  let seed = 7;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const fmt = (v: number): string => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const a = Math.round(rand() * 1e6) / 100, b = Math.round(rand() * 1e5) / 100;
    body.push(`<tr><td>${2060000 + (i % 9999)}</td><td>其他科学技术支出项目${i}</td><td>${fmt(a + b)}</td><td>${fmt(a)}</td><td>${fmt(b)}</td><td>0.00</td></tr>`);
  }
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{font-family:"Noto Sans CJK SC",sans-serif;font-size:10pt} table{border-collapse:collapse;width:100%}
td,th{border:0.75pt solid #000;padding:1pt 4pt} td:nth-child(n+3){text-align:right} h2{text-align:center}</style></head><body>
<h2>部门支出总体情况表</h2><p style="text-align:right">单位：万元</p><table><thead><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th><th>结转下年支出</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table></body></html>`;
  const htmlPath = join(benchDir, `${name}.html`);
  writeFileSync(htmlPath, html);
  const profile = mkdtempSync(join(tmpdir(), 'bl-bench-chromium-'));
  try {
    execFileSync(
      CHROMIUM,
      ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
        '--disable-sync', '--disable-quic', '--no-pdf-header-footer', `--user-data-dir=${profile}`, `--print-to-pdf=${pdfPath}`, pathToFileURL(htmlPath).href],
      { stdio: 'pipe', timeout: 600_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return existsSync(pdfPath) ? pdfPath : null;
}

function listPdfs(): { label: string; path: string }[] {
  const out: { label: string; path: string }[] = [];
  const fixtures = join(root, 'tests', 'fixtures', 'pdf');
  if (existsSync(fixtures)) for (const f of readdirSync(fixtures).sort()) if (f.endsWith('.pdf')) out.push({ label: f, path: join(fixtures, f) });
  const real = resolve(root, '..', 'shared', 'real');
  if (existsSync(real)) for (const f of readdirSync(real).sort()) if (f.endsWith('.pdf')) out.push({ label: `real/${f}`, path: join(real, f) });
  return out;
}

// --- report ------------------------------------------------------------------------------

const mb = (n: number): string => (n / 2 ** 20).toFixed(0);
const s = (ms: number): string => (ms / 1000).toFixed(2);

function table(head: string[], rows: string[][]): void {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log('');
}

async function benchPdf(label: string, path: string, runs: number): Promise<string[]> {
  const bytes = new Uint8Array(readFileSync(path));
  try {
    // Alternate bare and parse runs so that load on the machine hits both alike.
    const bares: Sample[] = [], parses: (Sample & { value: { doc: DocModel; pages: number } })[] = [];
    for (let i = 0; i < runs; i++) {
      gc();
      bares.push(await measure(() => bareText(bytes)));
      gc();
      parses.push(await measure(() => parsePdf(bytes, label)));
    }
    const bare = { ms: median(bares.map((x) => x.ms)), cpu: median(bares.map((x) => x.cpu)) };
    const parse = {
      ms: median(parses.map((x) => x.ms)),
      cpu: median(parses.map((x) => x.cpu)),
      peakRss: Math.max(...parses.map((x) => x.peakRss)),
      peakHeap: Math.max(...parses.map((x) => x.peakHeap)),
      value: parses[parses.length - 1]!.value,
    };
    const checks = await repeat(runs, () => checkDocument(parse.value.doc));
    return [label, String(parse.value.pages), s(bare.ms), s(parse.ms), (parse.ms / bare.ms).toFixed(2), s(bare.cpu), s(parse.cpu), (parse.cpu / bare.cpu).toFixed(2), s(checks.ms), mb(parse.peakRss), mb(parse.peakHeap), String(parse.value.doc.tables.length)];
  } catch (e) {
    return [label, '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', `error: ${(e as Error).message.slice(0, 40)}`];
  }
}

async function main(): Promise<void> {
  console.log(`Budget Lens bench — node ${process.version}, ${RUNS} runs each (medians), ${new Date().toISOString()}\n`);
  await pdfjsNode(); // import cost (~0.3 s) is paid once, not per document
  const pdfs = listPdfs();
  if (pdfs[0]) await parsePdf(new Uint8Array(readFileSync(pdfs[0].path)), 'warm-up');

  const head = ['PDF', 'pages', 'bare s', 'parse s', 'ratio', 'bare cpu s', 'parse cpu s', 'cpu ratio', 'checks s', 'peak RSS MB', 'peak heap MB', 'tables'];
  const rows: string[][] = [];
  for (const p of pdfs) rows.push(await benchPdf(p.label, p.path, RUNS));
  console.log('PDF: bare = load + getTextContent (all pages); parse = load + extractPdfRaw + assemble. Wall and CPU time,');
  console.log('medians; CPU is of the whole process (pdf.js runs its worker in-process in Node), steadier on a busy machine.');
  table(head, rows);

  // HTML fixtures and seed texts (the other extractors), with the same checks seam.
  const other: string[][] = [];
  const htmlDir = join(root, 'tests', 'fixtures', 'html');
  if (existsSync(htmlDir)) {
    for (const f of readdirSync(htmlDir).sort().filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(htmlDir, f));
      const parse = await repeat(RUNS, () => extractHtml(new Uint8Array(html), f).doc);
      const checks = await repeat(RUNS, () => checkDocument(parse.value));
      other.push([`html/${f}`, s(parse.ms), s(checks.ms), mb(parse.peakHeap), String(parse.value.tables.length)]);
    }
  }
  const seeds = resolve(root, '..', 'shared', 'seeds');
  if (existsSync(seeds)) {
    for (const f of readdirSync(seeds).sort().filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(seeds, f), 'utf8');
      const parse = await repeat(RUNS, () => extractText(text, f).doc);
      const checks = await repeat(RUNS, () => checkDocument(parse.value));
      other.push([`seed/${f}`, s(parse.ms), s(checks.ms), mb(parse.peakHeap), String(parse.value.tables.length)]);
    }
  }
  if (other.length) {
    console.log('HTML pages and seed texts: parse = extract + assemble');
    table(['input', 'parse s', 'checks s', 'peak heap MB', 'tables'], other);
  }

  // Synthetic: a 40-page document, and linearity 1,000 vs 10,000 rows.
  const synth: string[][] = [];
  const long40 = syntheticTablePdf('long-40-pages', 1500);
  if (long40) synth.push(await benchPdf('synthetic ~40 pages (1,500 rows)', long40, Math.min(RUNS, 3)));
  const r1k = syntheticTablePdf('rows-1000', 1000);
  const r10k = syntheticTablePdf('rows-10000', 10000);
  if (r1k && r10k) {
    const a = await benchPdf('1,000-row table', r1k, Math.min(RUNS, 3));
    const b = await benchPdf('10,000-row table', r10k, 1);
    synth.push(a, b);
    const ratio = Number(b[3]) / Number(a[3]);
    const cpuRatio = Number(b[6]) / Number(a[6]);
    console.log(`Linearity: parse(10,000 rows) / parse(1,000 rows) = ${ratio.toFixed(1)} wall, ${cpuRatio.toFixed(1)} CPU (10 = linear)`);
  }
  if (synth.length) table(head, synth);
  else console.log('(synthetic PDFs skipped: no Chromium)');
}

void main();
