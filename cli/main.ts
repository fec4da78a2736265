// `budget-lens check|crawl …` — exit 0 when checked (findings or not), 1 when an input could not be
// read or is not a disclosure, 2 on bad usage, 130 when interrupted. Errors are one line on stderr
// each; a failing input does not stop the others.
// Only argument parsing is loaded up front: `--help` and usage errors load no engine at all.
import { parseCommandLine, UsageError, USAGE } from './args';
import type { Io } from './batch';
import type { MainOptions } from './runCommands';
import { VERSION } from './userAgent';

export type { Io } from './batch';
export type { MainOptions } from './runCommands';

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  progress: process.stderr.isTTY,
};

export async function main(argv: string[], io: Io = defaultIo, options: MainOptions = {}): Promise<number> {
  try {
    const args = parseCommandLine(argv);
    if (args.command === 'help') {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`budget-lens ${VERSION}\n`);
      return 0;
    }
    if (args.command === 'sheet') {
      const { runSheet } = await import('./sheetCommand');
      return await runSheet(args, io, options);
    }
    const { runCheck, runCrawl } = await import('./runCommands');
    if (args.command === 'crawl') return await runCrawl(args, io, options);
    return await runCheck(args, io, options);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`budget-lens: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

