// One input, start to end: load (or take the crawl's bytes) → extract → is it a disclosure → checks.
// Every failure becomes an outcome with one clear message, never an exception: the same code runs
// in the worker threads and in-process.
import { ExtractError } from '../lib/extract/errors';
import { checkModel } from '../lib/pipeline';
import type { Report } from '../lib/report/schema';
import { extractInput, type ExtractOptions } from './extractInput';

export type { ExtractOptions } from './extractInput';
import { fromBytes, loadInput } from './loadInput';
import { isolated } from './strayRejections';

export interface Task {
  /** Position in the batch: outputs keep input order. */
  index: number;
  source: string;
  /** Already downloaded (crawl): not read again. */
  bytes?: Uint8Array;
  contentType?: string;
  /** A crawled page that turns out not to be a disclosure is skipped, not an error. */
  skipNonDisclosure?: boolean;
  requestTimeoutMs?: number;
}

export interface OutcomeError {
  code: string;
  zh: string;
  en: string;
}

export interface Outcome {
  index: number;
  source: string;
  seconds: number;
  report?: Report;
  error?: OutcomeError;
  /** Not a disclosure, and the task said to skip such inputs. */
  skipped?: boolean;
}

export async function checkSource(task: Pick<Task, 'source' | 'bytes' | 'contentType' | 'requestTimeoutMs'>, options: ExtractOptions = {}): Promise<Report> {
  const input = task.bytes
    ? fromBytes({ source: task.source, bytes: task.bytes, contentType: task.contentType })
    : await loadInput(task.source, { timeoutMs: task.requestTimeoutMs });
  const doc = await extractInput(input, options);
  const report = checkModel(doc);
  if (!report) throw new ExtractError('not-disclosure', null);
  return report;
}

export async function checkTask(task: Task, options: ExtractOptions = {}): Promise<Outcome> {
  const t0 = performance.now();
  const done = (o: Partial<Outcome>): Outcome => ({ index: task.index, source: task.source, seconds: (performance.now() - t0) / 1000, ...o });
  try {
    return done({ report: await isolated(() => checkSource(task, options)) });
  } catch (e) {
    if (task.skipNonDisclosure && e instanceof ExtractError && e.code === 'not-disclosure') return done({ skipped: true });
    return done({ error: outcomeError(e) });
  }
}

export function outcomeError(e: unknown): OutcomeError {
  if (e instanceof ExtractError) return { code: e.code, zh: e.messageZh, en: e.message };
  // pdf.js failures that escape the loader's mapping (a stray rejection) are damaged files.
  const name = (e as { name?: string } | null)?.name ?? '';
  if (/Exception$|FormatError/.test(name)) {
    const err = new ExtractError('truncated', (e as Error).message || name);
    return { code: err.code, zh: err.messageZh, en: err.message };
  }
  const message = (e as Error | null)?.message ?? String(e);
  return { code: 'internal', zh: `内部错误：${message}`, en: `internal error: ${message}` };
}

export const tooComplex = (why: string, whyEn: string): OutcomeError => ({
  code: 'too-complex',
  zh: `文件过大或过于复杂（${why}）`,
  en: `file too large or too complex (${whyEn})`,
});

/** One file or URL → its report; throws ExtractError (the demo and scripts use it). */
export const checkOne = (source: string): Promise<Report> => checkSource({ source });
