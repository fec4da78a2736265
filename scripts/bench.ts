// npm run bench [-- --runs N] [-- --cli PATH] — the command line as a user feels it: every figure is a
// whole process (`node bin/budget-lens.mjs …`), wall time, medians of N runs, peak RSS from
// /usr/bin/time when present. Prints tables; asserts nothing. Targets (issue 11):
//   start-up: `--help` ≤ 0.3 s, a seed HTML page ≤ 0.6 s;
//   PDF: CLI / bare pdf.js text extraction (scripts/bare-pdf-text.mjs, alternating runs) ≤ 1.5;
//   batch: 40 PDFs with --jobs 2 ≤ 0.6 × the sum of single runs; peak RSS flat from 50 to 200 documents.
// `--cli PATH` benches another entry (e.g. an older checkout's bin/budget-lens.mjs) for before/after.
// The in-process engine bench (parse vs bare, checks, linearity) is `npm run bench:engine`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(flag('--runs') ?? process.env.BENCH_RUNS ?? 5);
const CLI = resolve(flag('--cli') ?? join(root, 'bin', 'budget-lens.mjs'));
const BARE = join(root, 'scripts', 'bare-pdf-text.mjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Run {
  ms: number;
  /** Peak resident set of the process (all its threads), bytes; 0 when /usr/bin/time is absent. */
  rss: number;
  /** CPU seconds of the process (user + system, all threads): steadier than wall time on a busy machine. */
  cpu: number;
  code: number | null;
  stdout: string;
}

/** One whole process: `node ARGS…`, timed from spawn to exit. */
function node(args: string[]): Run {
  const cmd = TIME ?? process.execPath;
  const argv = TIME ? ['-f', 'BENCH_RSS_KB %M %U %S', process.execPath, ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t0;
  const m = /BENCH_RSS_KB (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { ms, rss: m ? Number(m[1]) * 1024 : 0, cpu: m ? (Number(m[2]) + Number(m[3])) * 1000 : 0, code: r.status, stdout: r.stdout ?? '' };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const sec = (ms: number): string => (ms / 1000).toFixed(2);
const mb = (n: number): string => (n / 2 ** 20).toFixed(0);

function table(head: string[], rows: string[][]): void {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log('');
}

function listPdfs(): { label: string; path: string }[] {
  const out: { label: string; path: string }[] = [];
  const fixtures = join(root, 'tests', 'fixtures', 'pdf');
  for (const f of readdirSync(fixtures).sort()) if (f.endsWith('.pdf')) out.push({ label: f, path: join(fixtures, f) });
  const real = resolve(root, '..', 'shared', 'real');
  if (!existsSync(real)) console.log('(../shared/real absent: real PDFs skipped)\n');
  else for (const f of readdirSync(real).sort()) if (f.endsWith('.pdf')) out.push({ label: `real/${f}`, path: join(real, f) });
  return out;
}

const help = node([CLI, '--help']).stdout;
/** The bench also runs an older CLI (before the batch mode): feed it plain arguments then. */
const batchMode = help.includes('--jsonl');
const check = (inputs: string[], extra: string[] = []): string[] => [CLI, 'check', ...inputs, ...(batchMode ? ['--jsonl'] : ['--json']), ...extra];

function main(): void {
  console.log(`Budget Lens CLI bench — whole processes, node ${process.version}, ${cpus().length} cores, ${RUNS} runs each (medians)`);
  console.log(`CLI: ${CLI}${batchMode ? '' : ' (no batch mode: plain arguments, sequential)'}  ·  ${new Date().toISOString()}\n`);

  // --- start-up ---
  const startup: string[][] = [];
  const helpRuns = Array.from({ length: RUNS }, () => node([CLI, '--help']));
  const floor = Array.from({ length: RUNS }, () => node(['-e', '0']));
  startup.push(['node -e 0 (floor)', sec(median(floor.map((r) => r.ms))), sec(median(floor.map((r) => r.cpu))), mb(Math.max(...floor.map((r) => r.rss))), '']);
  startup.push(['budget-lens --help', sec(median(helpRuns.map((r) => r.ms))), sec(median(helpRuns.map((r) => r.cpu))), mb(Math.max(...helpRuns.map((r) => r.rss))), '≤ 0.30']);
  const htmlDir = join(root, 'tests', 'fixtures', 'html');
  for (const f of readdirSync(htmlDir).sort().filter((f) => f.endsWith('.html'))) {
    const runs = Array.from({ length: RUNS }, () => node(check([join(htmlDir, f)])));
    startup.push([`check html/${f}`, sec(median(runs.map((r) => r.ms))), sec(median(runs.map((r) => r.cpu))), mb(Math.max(...runs.map((r) => r.rss))), '≤ 0.60']);
  }
  console.log('Start-up and an HTML page (whole process, wall)');
  table(['command', 'wall s', 'cpu s', 'peak RSS MB', 'target (wall)'], startup);

  // --- PDF: CLI vs bare pdf.js, alternating ---
  const pdfs = listPdfs();
  const pdfRows: string[][] = [];
  const singles = new Map<string, number>();
  let worst = 0;
  for (const p of pdfs) {
    const bare: number[] = [], cli: number[] = [], bareCpu: number[] = [], cliCpu: number[] = [];
    let code: number | null = 0;
    for (let i = 0; i < RUNS; i++) {
      const b = node([BARE, p.path]);
      bare.push(b.ms);
      bareCpu.push(b.cpu);
      const r = node(check([p.path]));
      cli.push(r.ms);
      cliCpu.push(r.cpu);
      code = r.code;
    }
    const ratio = median(cli) / median(bare);
    const cpuRatio = median(cliCpu) / median(bareCpu);
    worst = Math.max(worst, ratio);
    singles.set(p.path, median(cli));
    pdfRows.push([p.label, sec(median(bare)), sec(median(cli)), ratio.toFixed(2), sec(median(bareCpu)), sec(median(cliCpu)), cpuRatio.toFixed(2), code === 0 ? '' : `exit ${code}`]);
  }
  console.log('PDF: whole-process CLI (check --json) / bare pdf.js text extraction, alternating runs; target ≤ 1.5, aim 1.3');
  table(['PDF', 'bare s', 'cli s', 'ratio', 'bare cpu s', 'cli cpu s', 'cpu ratio', 'note'], pdfRows);
  console.log(`worst ratio ${worst.toFixed(2)}\n`);

  // --- batch: 40 PDFs, --jobs 2 vs the sum of single runs (the medians above) ---
  const forty = Array.from({ length: 40 }, (_, i) => pdfs[i % pdfs.length]!.path);
  const sumSingles = forty.reduce((t, p) => t + singles.get(p)!, 0);
  const batch = node(check(forty, batchMode ? ['--jobs', '2', '--quiet'] : []));
  console.log('Batch: 40 PDFs in one call' + (batchMode ? ' with --jobs 2' : ' (sequential)'));
  table(['measure', 'value'], [
    ['sum of 40 single runs s', sec(sumSingles)],
    ['one batch call s', sec(batch.ms)],
    ['one batch call cpu s', sec(batch.cpu)],
    ['batch / sum (target ≤ 0.60)', (batch.ms / sumSingles).toFixed(2)],
    ['peak RSS MB', mb(batch.rss)],
    ['exit code', String(batch.code)],
  ]);

  // --- memory over 50 and 200 documents (PDFs and HTML pages, cycled) ---
  const docs = [...pdfs.map((p) => p.path), ...readdirSync(htmlDir).filter((f) => f.endsWith('.html')).map((f) => join(htmlDir, f))];
  const mem: string[][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'bl-bench-'));
  for (const n of [50, 200]) {
    const list = Array.from({ length: n }, (_, i) => docs[i % docs.length]!);
    let r: Run;
    if (batchMode) {
      const from = join(dir, `list-${n}.txt`);
      writeFileSync(from, list.join('\n') + '\n');
      r = node([CLI, 'check', '--from', from, '--jsonl', '--quiet']);
    } else r = node(check(list));
    mem.push([`${n} documents`, sec(r.ms), sec(r.cpu), (n / (r.ms / 1000)).toFixed(1), mb(r.rss), String(r.code)]);
  }
  console.log('Memory: one batch call (default --jobs), peak RSS of the whole process');
  table(['batch', 'wall s', 'cpu s', 'docs/s', 'peak RSS MB', 'exit'], mem);
}

main();
