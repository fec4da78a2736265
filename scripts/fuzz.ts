// Fuzzing the engine's read path (issue 14): damaged copies of the fixture PDFs and pages
// (truncated, bytes flipped, pieces cut out or repeated), junk files and the hostile PDFs go
// through what the CLI does with a file (extract → lib/pipeline's checkModel). Every input must
// end in a report or one of the clear error kinds (ExtractError), never another exception, an
// unhandled rejection or a hang. Fixed seed, fixed number of cases: the same inputs every run.
//
//   npx tsx scripts/fuzz.ts [--seed N] [--cases N]     (CI runs it through scripts/fuzz.test.ts)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractError } from '../lib/extract/errors';
import { extractHtml } from '../lib/extract/html/index';
import { extractText } from '../lib/extract/index';
import { checkModel } from '../lib/pipeline';
import { extractPdfNode } from '../lib/extract/pdf/loadNode';
import { lineSegmentsPdf, nestedSavesPdf } from '../tests/support/pdf/hostilePdfs';
import { prng } from '../tests/support/mutants';

export type Format = 'pdf' | 'html' | 'text';

export interface FuzzCase {
  name: string;
  format: Format;
  bytes: Uint8Array;
}

export interface FuzzOutcome {
  name: string;
  /** 'report', an ExtractError code, or 'crash' (anything else: the fuzz fails). */
  outcome: string;
  detail?: string;
}

// the same seeded generator as the mutation test (tests/support/mutants.ts)
export { prng };

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures');

function seeds(): FuzzCase[] {
  const read = (dir: string, f: string) => new Uint8Array(readFileSync(join(FIXTURES, dir, f)));
  // LibreOffice's PDFs: small, the producers' usual structure (object streams, Flate, CID fonts).
  const pdfs = readdirSync(join(FIXTURES, 'pdf')).filter((f) => f.endsWith('.libreoffice.pdf')).slice(0, 2);
  const out: FuzzCase[] = pdfs.map((f) => ({ name: f, format: 'pdf', bytes: read('pdf', f) }));
  out.push({ name: '001-sample.html', format: 'html', bytes: read('html', '001-sample.html') });
  return out;
}

type Mutation = (b: Uint8Array, r: () => number) => { label: string; bytes: Uint8Array };
const at = (r: () => number, n: number) => Math.floor(r() * n);

const MUTATIONS: Mutation[] = [
  (b, r) => {
    const n = at(r, b.length);
    return { label: `truncated at ${n}`, bytes: b.slice(0, n) };
  },
  (b, r) => {
    const out = b.slice();
    const flips = 1 + at(r, 32);
    for (let i = 0; i < flips; i++) out[at(r, out.length)] = at(r, 256);
    return { label: `${flips} bytes flipped`, bytes: out };
  },
  (b, r) => {
    const from = at(r, b.length);
    const len = 1 + at(r, Math.min(4096, b.length - from));
    return { label: `${len} bytes cut at ${from}`, bytes: new Uint8Array([...b.subarray(0, from), ...b.subarray(from + len)]) };
  },
  (b, r) => {
    const from = at(r, b.length);
    const piece = b.subarray(from, from + 1 + at(r, 2048));
    return { label: `${piece.length} bytes repeated at ${from}`, bytes: new Uint8Array([...b.subarray(0, from), ...piece, ...piece, ...b.subarray(from)]) };
  },
  (b, r) => {
    // Digits and separators where the damage matters most to an amount reader.
    const out = b.slice();
    for (let i = 0; i < 64; i++) out[at(r, out.length)] = '0123456789,.-'.charCodeAt(at(r, 13));
    return { label: '64 digits sprinkled', bytes: out };
  },
];

function junk(r: () => number): FuzzCase[] {
  const random = (n: number) => Uint8Array.from({ length: n }, () => at(r, 256));
  const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
  return [
    { name: 'empty.pdf', format: 'pdf', bytes: new Uint8Array(0) },
    { name: 'random.pdf', format: 'pdf', bytes: random(4096) },
    { name: 'header-then-random.pdf', format: 'pdf', bytes: new Uint8Array([...ascii('%PDF-1.7\n'), ...random(8192)]) },
    { name: 'header-only.pdf', format: 'pdf', bytes: ascii('%PDF-1.4\n%%EOF\n') },
    { name: 'random.html', format: 'html', bytes: random(4096) },
    { name: 'unclosed.html', format: 'html', bytes: ascii(`<table>${'<tr><td>1,234.56'.repeat(2000)}`) },
    { name: 'random.txt', format: 'text', bytes: random(4096) },
    { name: 'nested-q.pdf', format: 'pdf', bytes: nestedSavesPdf(30_000) },
    { name: 'segments.pdf', format: 'pdf', bytes: lineSegmentsPdf(1_100_000) },
  ];
}

/** The inputs of one run: junk, then `cases` damaged copies of the seeds. */
export function fuzzCases(seed: number, cases: number): FuzzCase[] {
  const r = prng(seed);
  const base = seeds();
  const out = junk(r);
  for (let i = 0; i < cases; i++) {
    const s = base[i % base.length]!;
    const m = MUTATIONS[at(r, MUTATIONS.length)]!(s.bytes, r);
    out.push({ name: `${s.name} ${m.label}`, format: s.format, bytes: m.bytes });
  }
  return out;
}

/** What the CLI does with one file, minus reading it. */
export async function runCase(c: FuzzCase): Promise<FuzzOutcome> {
  try {
    const text = () => new TextDecoder('utf-8').decode(c.bytes);
    const doc =
      c.format === 'pdf'
        ? (await extractPdfNode(c.bytes, c.name)).doc
        : c.format === 'html'
          ? extractHtml(c.bytes, c.name).doc
          : extractText(text(), c.name).doc;
    const report = checkModel(doc);
    if (!report) throw new ExtractError('not-disclosure');
    return { name: c.name, outcome: 'report', detail: `${report.summary.checks} checks` };
  } catch (e) {
    if (e instanceof ExtractError) return { name: c.name, outcome: e.code };
    return { name: c.name, outcome: 'crash', detail: String((e as Error)?.stack ?? e) };
  }
}

/** Runs every case in turn; unhandled rejections during a case count as that case crashing. */
export async function fuzz(seed: number, cases: number, onCase?: (o: FuzzOutcome) => void): Promise<FuzzOutcome[]> {
  const outcomes: FuzzOutcome[] = [];
  let stray: unknown[] = [];
  const onRejection = (reason: unknown) => void stray.push(reason);
  process.on('unhandledRejection', onRejection);
  try {
    for (const c of fuzzCases(seed, cases)) {
      const o = await runCase(c);
      await new Promise((resolve) => setImmediate(resolve)); // let a stray rejection of this case surface
      const result = stray.length ? { name: c.name, outcome: 'crash', detail: `unhandled rejection: ${String(stray[0])}` } : o;
      stray = [];
      outcomes.push(result);
      onCase?.(result);
    }
  } finally {
    process.off('unhandledRejection', onRejection);
  }
  return outcomes;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const outcomes = await fuzz(arg('--seed', 14), arg('--cases', 40), (o) => console.log(`${o.outcome.padEnd(14)} ${o.name}${o.outcome === 'crash' ? `\n${o.detail}` : ''}`));
  const crashes = outcomes.filter((o) => o.outcome === 'crash');
  const tally = new Map<string, number>();
  for (const o of outcomes) tally.set(o.outcome, (tally.get(o.outcome) ?? 0) + 1);
  console.log(`\n${outcomes.length} inputs: ${[...tally].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  process.exitCode = crashes.length ? 1 : 0;
}
