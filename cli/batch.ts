// A batch of documents: tasks go to the runner (worker pool or this thread), outcomes come back in
// any order and are written in input order as soon as their turn comes — plain text, JSON lines,
// the summary and findings CSVs, per-table CSVs — so that an interrupted run leaves valid files
// holding everything done. A failed document is one stderr line and one error row; the batch goes on.
// The inspection sheet (--sheet) is the one output written at the end: a workbook is a whole file.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { tableToCsv } from '../lib/report/csv';
import type { Report } from '../lib/report/schema';
import { inspectionSheet, type InspectionSheet } from '../lib/sheet/inspectionSheet';
import type { OutputOptions } from './args';
import type { Outcome, Task } from './checkTask';
import { FINDINGS_HEADER, SUMMARY_HEADER, csvLine, findingRows, summaryRow } from './csvRows';
import { formatPlain } from './formatPlain';
import { progressLine, type Progress } from './progress';
import type { Runner } from './runner';
import { openSheetFile, sheetDoneLine, writeSheetFile, type FailedInput } from './sheetFile';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Draw the progress line (stderr is a terminal). */
  progress?: boolean;
  /** Aborted on Ctrl-C: stop, write what is done. */
  signal?: AbortSignal;
}

export type NewTask = Omit<Task, 'index' | 'requestTimeoutMs'>;

export class Batch {
  private submitted = 0;
  private completed = 0;
  private failed = 0;
  private skipped = 0;
  private waiting = new Map<number, Outcome>();
  private nextToWrite = 0;
  private reports: Report[] = [];
  private running: Promise<void>[] = [];
  private files: number[] = [];
  private summaryFd: number | null = null;
  private findingsFd: number | null = null;
  private progress: Progress;
  private sheets: InspectionSheet[] = [];
  private sheetFailed: FailedInput[] = [];
  private closed = false;
  /** Total shown by the progress line; grows while a crawl finds documents. */
  expected = 0;

  constructor(
    private readonly args: OutputOptions,
    private readonly io: Io,
    private readonly runner: Runner,
  ) {
    this.progress = progressLine(io.stderr, Boolean(io.progress) && !args.quiet, args.lang);
    this.summaryFd = this.open(args.summaryCsv, SUMMARY_HEADER);
    this.findingsFd = this.open(args.findingsCsv, FINDINGS_HEADER);
    if (args.sheet) openSheetFile(args.sheet);
  }

  /** Open a CSV output now (a bad path is reported before any work), BOM and header first. */
  private open(path: string | null, header: string[]): number | null {
    if (!path) return null;
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    writeSync(fd, '\uFEFF' + csvLine(header));
    this.files.push(fd);
    return fd;
  }

  get interrupted(): boolean {
    return Boolean(this.io.signal?.aborted);
  }

  submit(task: NewTask): void {
    if (this.interrupted) return;
    const index = this.submitted++;
    this.expected = Math.max(this.expected, this.submitted);
    this.running.push(this.runner.run({ ...task, index, requestTimeoutMs: this.args.requestTimeoutMs }).then((o) => this.receive(o)));
  }

  /** A document that failed before it could be checked (a crawl's broken attachment link): one error row. */
  submitFailed(source: string, error: NonNullable<Outcome['error']>): void {
    if (this.interrupted) return;
    const index = this.submitted++;
    this.expected = Math.max(this.expected, this.submitted);
    this.receive({ index, source, seconds: 0, error });
  }

  private receive(o: Outcome): void {
    if (this.closed) return;
    this.completed++;
    if (o.error) this.failed++;
    if (o.skipped) this.skipped++;
    this.waiting.set(o.index, o);
    while (this.waiting.has(this.nextToWrite)) {
      const next = this.waiting.get(this.nextToWrite)!;
      this.waiting.delete(this.nextToWrite++);
      this.write(next);
    }
    this.progress.update(this.completed, this.expected, this.failed);
  }

  private write(o: Outcome): void {
    const { args, io } = this;
    if (o.skipped) return;
    this.progress.clear();
    if (o.error) io.stderr(`budget-lens: ${o.source}: ${(args.lang === 'zh' ? o.error.zh : o.error.en).replace(/\s+/g, ' ')}\n`);
    if (o.report) {
      if (args.json) this.reports.push(o.report);
      if (args.jsonl) io.stdout(JSON.stringify(o.report) + '\n');
      if (!args.json && !args.jsonl) io.stdout(formatPlain(o.report, { lang: args.lang, showRounding: args.showRounding }) + '\n\n');
      if (args.csvDir) writeTableCsvs(args.csvDir, o.source, o.report);
    }
    if (args.sheet) {
      if (o.report) this.sheets.push(inspectionSheet(o.report));
      else if (o.error) this.sheetFailed.push({ source: o.source, error: args.lang === 'zh' ? o.error.zh : o.error.en });
    }
    if (this.summaryFd !== null) writeSync(this.summaryFd, summaryRow(o, args.lang));
    if (this.findingsFd !== null && o.report) writeSync(this.findingsFd, findingRows(o, args.lang));
  }

  /**
   * Wait for every submitted document (or Ctrl-C), write what is done, close the files.
   * `single`: print --json as one object rather than an array.
   */
  async finish(opts: { single?: boolean } = {}): Promise<{ code: number; checked: number; failed: number; skipped: number }> {
    const aborted = new Promise<void>((resolve) => {
      if (this.interrupted) resolve();
      this.io.signal?.addEventListener('abort', () => resolve(), { once: true });
    });
    let settled = 0;
    while (settled < this.running.length && !this.interrupted) {
      const batch = this.running.slice(settled);
      await Promise.race([Promise.all(batch), aborted]);
      settled += batch.length;
    }
    await this.runner.terminate();
    if (this.interrupted) {
      // Everything finished is written, even after a gap left by a document still running.
      for (const i of [...this.waiting.keys()].sort((a, b) => a - b)) this.write(this.waiting.get(i)!);
      this.waiting.clear();
    }
    this.progress.clear();
    if (this.args.json && this.reports.length > 0) {
      this.io.stdout(JSON.stringify(opts.single && this.reports.length === 1 ? this.reports[0] : this.reports, null, 2) + '\n');
    }
    this.closed = true;
    for (const fd of this.files) closeSync(fd);
    this.files = [];
    if (this.args.sheet) {
      await writeSheetFile(this.args.sheet, this.sheets, this.sheetFailed);
      if (!this.args.quiet) this.io.stderr(sheetDoneLine(this.args.sheet, this.sheets, this.sheetFailed));
    }
    const checked = this.completed - this.failed - this.skipped;
    if (this.interrupted) {
      this.io.stderr(this.args.lang === 'zh'
        ? `budget-lens: 已中断：完成 ${this.completed}/${this.submitted}，已写出\n`
        : `budget-lens: interrupted: ${this.completed}/${this.submitted} done and written\n`);
      return { code: 130, checked, failed: this.failed, skipped: this.skipped };
    }
    return { code: this.failed > 0 ? 1 : 0, checked, failed: this.failed, skipped: this.skipped };
  }
}

function writeTableCsvs(dir: string, source: string, report: Report): void {
  const stem = basename(source, extname(source)).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'document';
  mkdirSync(dir, { recursive: true });
  for (const t of report.tables) {
    const name = `${stem}.${t.id}.${t.title}`.replace(/[\\/:*?"<>|\s]+/g, '_');
    writeFileSync(join(dir, `${name}.csv`), tableToCsv(t));
  }
}
