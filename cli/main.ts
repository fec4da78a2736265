// `budget-lens check FILE|URL... [--json] [--csv DIR]` — exit 0 when checked (findings or not),
// 1 when an input could not be read or is not a disclosure, 2 on bad usage. Errors are one line
// on stderr each; a failing input does not stop the others.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ExtractError } from '../lib/extract/errors';
import { checkModel } from '../lib/pipeline';
import { tableToCsv } from '../lib/report/csv';
import type { Report } from '../lib/report/schema';
import { parseCommandLine, UsageError, USAGE, type CheckCommand } from './args';
import { extractInput } from './extractInput';
import { formatPlain } from './formatPlain';
import { loadInput } from './loadInput';

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let args;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`budget-lens: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (args.command === 'version') {
    io.stdout('budget-lens 0.1.0\n');
    return 0;
  }
  return runCheck(args, io);
}

async function runCheck(args: CheckCommand, io: Io): Promise<number> {
  const reports: Report[] = [];
  let failed = false;
  for (const source of args.inputs) {
    try {
      const report = await checkOne(source);
      reports.push(report);
      if (args.csvDir) await writeCsv(args.csvDir, source, report);
      if (!args.json) io.stdout(formatPlain(report, { lang: args.lang, showRounding: args.showRounding }) + '\n\n');
    } catch (e) {
      failed = true;
      const message = e instanceof ExtractError ? (args.lang === 'zh' ? e.messageZh : e.message) : `内部错误 internal error: ${(e as Error).message}`;
      io.stderr(`budget-lens: ${source}: ${message.replace(/\s+/g, ' ')}\n`);
      if (!(e instanceof ExtractError) && process.env.BUDGET_LENS_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    }
  }
  if (args.json && reports.length > 0) {
    const payload = args.inputs.length === 1 ? reports[0] : reports;
    io.stdout(JSON.stringify(payload, null, 2) + '\n');
  }
  return failed ? 1 : 0;
}

export async function checkOne(source: string): Promise<Report> {
  const input = await loadInput(source);
  const doc = await extractInput(input);
  const report = checkModel(doc);
  if (!report) throw new ExtractError('not-disclosure', null);
  return report;
}

async function writeCsv(dir: string, source: string, report: Report): Promise<void> {
  const stem = basename(source, extname(source)).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'document';
  await mkdir(dir, { recursive: true });
  for (const t of report.tables) {
    const name = `${stem}.${t.id}.${t.title}`.replace(/[\\/:*?"<>|\s]+/g, '_');
    await writeFile(join(dir, `${name}.csv`), tableToCsv(t));
  }
}
