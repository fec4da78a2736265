// Command-line parsing for `budget-lens`. Bad usage exits 2 with one line on stderr.
import { parseArgs } from 'node:util';

export interface CheckCommand {
  command: 'check';
  inputs: string[];
  json: boolean;
  csvDir: string | null;
  lang: 'zh' | 'en';
  /** Also list rounding-only differences in the plain output. */
  showRounding: boolean;
}

export type ParsedArgs = CheckCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `用法 Usage:
  budget-lens check FILE|URL... [--json] [--csv DIR] [--rounding] [--lang zh|en]

  FILE|URL   .html/.htm, .pdf 或 .txt 文件或网址 (file or http(s) URL)
  --json     输出 JSON 报告 (一个输入为对象，多个为数组)  print the JSON report
  --csv DIR  把每张表写成 CSV (UTF-8 BOM)            write each table as CSV
  --rounding 同时列出尾差 (四舍五入) 项                also list rounding-only differences
  --lang     输出语言 zh (默认) 或 en                  output language

退出码 Exit codes: 0 已核查 (含发现问题) checked · 1 无法读取或不是预决算公开 unreadable / not a disclosure · 2 用法错误 bad usage`;

export function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        csv: { type: 'string' },
        rounding: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'zh' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('缺少命令 missing command (try: budget-lens check FILE)');
  if (command !== 'check') throw new UsageError(`未知命令 unknown command: ${command}`);
  if (inputs.length === 0) throw new UsageError('缺少输入文件或网址 missing FILE or URL');
  if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(`--lang 只能是 zh 或 en: ${values.lang}`);
  if (values.csv === '') throw new UsageError('--csv 需要目录 needs a directory');
  return {
    command: 'check',
    inputs,
    json: values.json ?? false,
    csvDir: values.csv ?? null,
    lang: values.lang,
    showRounding: values.rounding ?? false,
  };
}
