// Command-line parsing for `budget-lens`. Bad usage exits 2 with one line on stderr.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

/** Where and how the reports go: shared by `check` and `crawl`. */
export interface OutputOptions {
  json: boolean;
  /** One report per line, as each document is done (the contract, unchanged). */
  jsonl: boolean;
  csvDir: string | null;
  /** One row per document. */
  summaryCsv: string | null;
  /** One row per finding. */
  findingsCsv: string | null;
  /** The reviewers' inspection sheet of every document (.xlsx or .csv), written when the batch ends. */
  sheet: string | null;
  lang: 'zh' | 'en';
  /** Also list rounding-only differences in the plain output. */
  showRounding: boolean;
  jobs: number;
  quiet: boolean;
  /** Time limit of one document on the worker pool, ms (0: none). */
  docTimeoutMs: number;
  /** Time limit of one download, ms. */
  requestTimeoutMs: number;
}

export interface CheckCommand extends OutputOptions {
  command: 'check';
  inputs: string[];
  /** A file listing inputs one a line, '-' for stdin. */
  from: string | null;
  /** 1-based shard index and count: take every count-th input starting at index. */
  shard: { index: number; count: number } | null;
}

export interface CrawlCommand extends OutputOptions {
  command: 'crawl';
  url: string;
  depth: number;
  maxPages: number;
  maxBytes: number;
  delayMs: number;
  cacheDir: string | null;
}

/** `sheet`: the reviewers' inspection sheet (检查表) of each input, written to one .xlsx or .csv. */
export interface SheetCommand extends Omit<CheckCommand, 'command'> {
  command: 'sheet';
  out: string;
}

export type ParsedArgs = CheckCommand | CrawlCommand | SheetCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `用法 Usage:
  budget-lens check FILE|URL|DIR... [--from LIST] [选项 options]
  budget-lens sheet FILE|URL|DIR... -o OUT.xlsx|OUT.csv [--from LIST] [--jobs N] [--quiet]
  budget-lens crawl URL [--depth N] [--max-pages N] [--max-bytes MB] [--delay S] [--cache DIR] [选项 options]

  FILE|URL|DIR  .html/.htm, .pdf, .txt (.xlsx/.xls/.docx) 文件、目录 (递归) 或网址  files, directories (recursive), http(s) URLs
  --from LIST   从文件读取输入 (每行一个路径或网址，- 为标准输入)  read inputs from LIST, one a line (- = stdin)
  --json        输出 JSON 报告 (一个输入为对象，多个为数组)  print the JSON report
  --jsonl       每份文档一行 JSON，完成即输出              one JSON report per line, as each is done
  --summary F   每份文档一行的汇总 CSV                    write one CSV row per document
  --findings F  每项核查结果一行的 CSV                    write one CSV row per finding
  --csv DIR     把每张表写成 CSV (UTF-8 BOM)            write each table as CSV
  --sheet F     同时写出检查表 (.xlsx 或 .csv，见 sheet)     also write the inspection sheet of every document
  --jobs N      并行数 (默认 CPU 核数)                   parallel documents (default: cores)
  --shard I/N   只处理第 I 份 (共 N 份)：每 N 个取第 I 个   take every N-th input, starting at the I-th
  --timeout S   单个文档的时间上限 (秒，默认 120，0 不限)    time limit per document (seconds)
  --quiet       不显示进度                              no progress line
  --rounding    同时列出尾差 (四舍五入) 项                also list rounding-only differences
  --lang        输出语言 zh (默认) 或 en                  output language

  sheet: 按财政部门检查表的格式逐项填写 是/否/未核对 与问题说明 (每份文档一个工作表，多份另有汇总表)
         fill in the reviewers' inspection sheet (是/否/未核对 and the problems) per document, plus a summary
  -o, --out F   检查表输出文件 (.xlsx 或 .csv)               the sheet file to write (.xlsx or .csv)

  crawl: 从预决算公开栏目页出发，沿分页与文章 (同一网站) 找到公开文件及其附件并核查
         from a disclosure column page, follow its pagination and articles (same site) and check what they publish
  --depth N      链接深度 (默认 3)        link depth (default 3)
  --max-pages N  最多请求数 (默认 300)     at most N requests (default 300)
  --max-bytes MB 最多下载量 (默认 500 MB)  at most this much downloaded (default 500 MB)
  --delay S      两次请求的间隔 (默认 1 秒) pause between requests (default 1 s)
  --cache DIR    缓存下载，再次运行不重复下载  cache downloads: a second run fetches nothing again

退出码 Exit codes: 0 已核查 (含发现问题) checked · 1 有输入无法读取或不是预决算公开 an input unreadable / not a disclosure · 2 用法错误 bad usage · 130 中断 interrupted`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  jsonl: { type: 'boolean', default: false },
  csv: { type: 'string' },
  summary: { type: 'string' },
  findings: { type: 'string' },
  sheet: { type: 'string' },
  from: { type: 'string' },
  jobs: { type: 'string' },
  shard: { type: 'string' },
  timeout: { type: 'string' },
  'request-timeout': { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  rounding: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'zh' },
  depth: { type: 'string' },
  'max-pages': { type: 'string' },
  'max-bytes': { type: 'string' },
  delay: { type: 'string' },
  cache: { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

const CHECK_ONLY = ['from', 'shard'] as const;
const CRAWL_ONLY = ['depth', 'max-pages', 'max-bytes', 'delay', 'cache'] as const;

function number(name: string, raw: string | undefined, fallback: number, { min = 0, integer = false } = {}): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} 需要${integer ? '整数' : '数字'} ≥ ${min} needs a number ≥ ${min}: ${raw}`);
  }
  return n;
}

function path(name: string, raw: string | undefined): string | null {
  if (raw === '') throw new UsageError(`--${name} 需要路径 needs a path`);
  return raw ?? null;
}

export function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('缺少命令 missing command (try: budget-lens check FILE)');
  if (command !== 'check' && command !== 'crawl' && command !== 'sheet') throw new UsageError(`未知命令 unknown command: ${command}`);
  if (command !== 'sheet' && values.out !== undefined) throw new UsageError(`-o/--out 只适用于 sheet applies to sheet only`);
  for (const o of command === 'crawl' ? CHECK_ONLY : CRAWL_ONLY) {
    if (values[o] !== undefined) throw new UsageError(`--${o} 不适用于 ${command} does not apply to ${command}`);
  }
  if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(`--lang 只能是 zh 或 en: ${values.lang}`);
  if (values.csv === '') throw new UsageError('--csv 需要目录 needs a directory');
  if (command === 'sheet' && values.sheet !== undefined) throw new UsageError('sheet 用 -o 指定输出 takes -o, not --sheet');
  if (values.sheet !== undefined && !/\.(xlsx|csv)$/i.test(values.sheet)) throw new UsageError(`--sheet 需要 .xlsx 或 .csv 文件 needs an .xlsx or .csv file: ${values.sheet}`);
  if (values.json && values.jsonl) throw new UsageError('--json 与 --jsonl 只能选一个 choose --json or --jsonl');
  const output: OutputOptions = {
    json: values.json ?? false,
    jsonl: values.jsonl ?? false,
    csvDir: values.csv ?? null,
    summaryCsv: path('summary', values.summary),
    findingsCsv: path('findings', values.findings),
    sheet: values.sheet ?? null,
    lang: values.lang,
    showRounding: values.rounding ?? false,
    jobs: number('jobs', values.jobs, availableParallelism(), { min: 1, integer: true }),
    quiet: values.quiet ?? false,
    docTimeoutMs: number('timeout', values.timeout, 120) * 1000,
    requestTimeoutMs: number('request-timeout', values['request-timeout'], 60, { min: 0.1 }) * 1000,
  };

  if (command === 'crawl') {
    if (inputs.length !== 1) throw new UsageError('crawl 需要一个起始网址 needs one start URL');
    const url = inputs[0]!;
    if (!/^https?:\/\//i.test(url)) throw new UsageError(`crawl 只接受 http(s) 网址 needs an http(s) URL: ${url}`);
    return {
      command: 'crawl',
      ...output,
      url,
      depth: number('depth', values.depth, 3, { integer: true }),
      maxPages: number('max-pages', values['max-pages'], 300, { min: 1, integer: true }),
      maxBytes: Math.round(number('max-bytes', values['max-bytes'], 500, { min: 0.001 }) * 2 ** 20),
      delayMs: Math.round(number('delay', values.delay, 1) * 1000),
      cacheDir: path('cache', values.cache),
    };
  }

  const from = path('from', values.from);
  if (inputs.length === 0 && from === null) throw new UsageError('缺少输入文件或网址 missing FILE or URL');
  let shard: CheckCommand['shard'] = null;
  if (values.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(values.shard);
    const index = Number(m?.[1]), count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard 需要 I/N (1 ≤ I ≤ N) needs I/N: ${values.shard}`);
    shard = { index, count };
  }
  if (command === 'sheet') {
    const out = path('out', values.out);
    if (!out || !/\.(xlsx|csv)$/i.test(out)) throw new UsageError('sheet 需要 -o OUT.xlsx 或 OUT.csv needs -o OUT.xlsx or OUT.csv');
    return { command: 'sheet', ...output, inputs, from, shard, out };
  }
  return { command: 'check', ...output, inputs, from, shard };
}
