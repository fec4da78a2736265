// The two commands once their arguments are parsed: collect inputs (or crawl), run the batch.
import { UsageError, type CheckCommand, type CrawlCommand, type OutputOptions } from './args';
import { Batch, type Io } from './batch';
import { collectInputsOrUsage } from './collectInputs';
import { inProcessRunner, workerPool, type Runner } from './runner';

export interface MainOptions {
  /** The built worker script; without it (the tsx development path) documents are checked on this thread. */
  workerUrl?: URL;
  /** The built thread script that reads a PDF's ruling lines beside a single document's check. */
  drawingsWorkerUrl?: URL;
}

// Workers collect their garbage after each document (worker.ts) and are replaced every 25: on 200
// mixed documents the process's RSS, sampled every 3 s, went from 400–970 MB (no collection) to a
// flat 300–410 MB with spikes to ~600 on the largest PDFs. A new worker costs one pdf.js import
// (~0.5 s CPU) per 25 documents.
export function runnerFor(args: OutputOptions, documents: number, options: MainOptions): Runner {
  // One document is checked on this thread: a worker would only add its start-up.
  if (!options.workerUrl || documents <= 1) return inProcessRunner({ drawingsWorker: options.drawingsWorkerUrl });
  return workerPool({ size: Math.min(args.jobs, documents), workerUrl: options.workerUrl, timeoutMs: args.docTimeoutMs, recycleAfter: 25 });
}

/** Output files are opened before any work: a bad path is bad usage. */
function openBatch(args: OutputOptions, io: Io, runner: Runner): Batch {
  try {
    return new Batch(args, io, runner);
  } catch (e) {
    throw new UsageError(`无法写出 cannot write: ${(e as Error).message}`);
  }
}

export async function runCheck(args: CheckCommand, io: Io, options: MainOptions): Promise<number> {
  const collected = await collectInputsOrUsage(args);
  if (collected.inputs.length === 0) {
    io.stderr(args.lang === 'zh' ? 'budget-lens: 没有可核查的输入 nothing to check\n' : 'budget-lens: nothing to check\n');
    return 1;
  }
  const batch = openBatch(args, io, runnerFor(args, collected.inputs.length, options));
  batch.expected = collected.inputs.length;
  for (const source of collected.inputs) batch.submit({ source });
  return (await batch.finish({ single: collected.single })).code;
}

export async function runCrawl(args: CrawlCommand, io: Io, options: MainOptions): Promise<number> {
  const { crawl } = await import('./crawl/crawl');
  const batch = openBatch(args, io, runnerFor(args, Infinity, options));
  const result = await crawl(args, {
    onDocument: (d) => batch.submit(d),
    onDocumentFailed: (url, error) => batch.submitFailed(url, error),
    onError: (url, message) => io.stderr(`budget-lens: ${url}: ${message}\n`),
    signal: io.signal,
  });
  const done = await batch.finish();
  const zh = args.lang === 'zh';
  const mb = `${(result.bytes / 2 ** 20).toFixed(1)} MB`;
  io.stderr(zh
    ? `budget-lens: 抓取 ${result.requests} 次请求（缓存 ${result.fromCache}），${mb}；核查 ${done.checked} 份，失败 ${done.failed}，非公开页面 ${done.skipped}，链接失效 ${result.broken}，robots.txt 禁止 ${result.disallowed}${result.truncated ? '；已达上限，未抓完' : ''}\n`
    : `budget-lens: ${result.requests} requests (${result.fromCache} from cache), ${mb}; ${done.checked} checked, ${done.failed} failed, ${done.skipped} pages not disclosures, ${result.broken} broken links, ${result.disallowed} disallowed by robots.txt${result.truncated ? '; limit reached, crawl incomplete' : ''}\n`);
  if (done.code === 130) return 130;
  return done.code === 1 || result.broken > 0 || result.fatal ? 1 : 0;
}
