// `budget-lens sheet FILE|URL|DIR... -o OUT.xlsx|OUT.csv`: every input checked as `check` does
// (same runner, same checkSource), each report turned into the reviewers' inspection sheet, all
// written to one file once every document is done. A document that cannot be read is one stderr
// line and, in a workbook of several, one row of the summary sheet.
import { inspectionSheet, type InspectionSheet } from '../lib/sheet/inspectionSheet';
import { UsageError, type SheetCommand } from './args';
import type { Io } from './batch';
import { collectInputsOrUsage } from './collectInputs';
import { runnerFor, type MainOptions } from './runCommands';
import { openSheetFile, sheetDoneLine, writeSheetFile, type FailedInput } from './sheetFile';

export async function runSheet(args: SheetCommand, io: Io, options: MainOptions): Promise<number> {
  const collected = await collectInputsOrUsage(args);
  if (collected.inputs.length === 0) {
    io.stderr('budget-lens: 没有可核查的输入 nothing to check\n');
    return 1;
  }
  // A bad output path is bad usage, said before any work.
  try {
    openSheetFile(args.out);
  } catch (e) {
    throw new UsageError(`无法写出 cannot write: ${(e as Error).message}`);
  }
  const runner = runnerFor(args, collected.inputs.length, options);
  const outcomes = await Promise.all(
    collected.inputs.map((source, index) => runner.run({ index, source, requestTimeoutMs: args.requestTimeoutMs })),
  );
  await runner.terminate();
  const sheets: InspectionSheet[] = [];
  const failed: FailedInput[] = [];
  for (const o of outcomes.sort((a, b) => a.index - b.index)) {
    if (o.report) sheets.push(inspectionSheet(o.report));
    else {
      const error = o.error ? (args.lang === 'zh' ? o.error.zh : o.error.en) : '未核查';
      failed.push({ source: o.source, error });
      io.stderr(`budget-lens: ${o.source}: ${error}\n`);
    }
  }
  await writeSheetFile(args.out, sheets, failed);
  if (!args.quiet) io.stderr(sheetDoneLine(args.out, sheets, failed));
  if (io.signal?.aborted) return 130;
  return failed.length ? 1 : 0;
}
