// The work budget of one PDF: limits on what a document may ask of pdf.js, so that no file can
// hang the CLI or the viewer or take gigabytes of memory (issue 14: 30,000 nested `q` hung the CLI
// for minutes, a compression bomb took 2.4 GB, a page of line segments 3 GB). Over any limit the
// document is refused with one state, 'too-complex' (文件过大或过于复杂), naming the limit.
//
// pdf.js cannot be stopped from inside (in Node its "worker" runs on this thread and some of its
// loops never yield), so the limits that guard memory and the pathological shapes are checked on
// the bytes *before* pdf.js parses them (`checkPdfBytes`): file size, the decoded size of every
// Flate stream (inflated as a stream and abandoned past the limit, never held), and in content
// streams the number of operators and the nesting of `q`. Pages and time are checked while
// extracting (`BudgetClock`), page by page; the time limit also abandons a pdf.js call that runs
// past it when pdf.js yields (always in the browser, where the caller then destroys the worker).
import { ExtractError } from '../errors';
import { indexOfBytes } from './reader/pdfSyntax';

export interface WorkBudget {
  /** Size of the file. */
  maxFileBytes: number;
  /** Pages read. */
  maxPages: number;
  /** Decoded size of one Flate stream. */
  maxStreamBytes: number;
  /** Decoded size of all Flate streams together. */
  maxDecodedBytes: number;
  /** Operators in one content stream. */
  maxOperators: number;
  /** Depth of nested `q` (save) in one content stream. */
  maxNesting: number;
  /** Wall-clock time of the extraction. */
  maxMillis: number;
  /** Pixels of one image pdf.js decodes (its `maxImageSize`: larger ones are not drawn). */
  maxImagePixels: number;
}

/**
 * Far above real disclosures (the largest seen: 40 MB, 600 pages, ~50,000 operators and
 * nesting under 20 on a page, 30 s to read), far below what hurts.
 */
export const DEFAULT_BUDGET: WorkBudget = {
  maxFileBytes: 200 * 1024 * 1024,
  maxPages: 5000,
  maxStreamBytes: 128 * 1024 * 1024,
  maxDecodedBytes: 2 * 1024 * 1024 * 1024,
  maxOperators: 1_000_000,
  maxNesting: 1000,
  maxMillis: 5 * 60 * 1000,
  maxImagePixels: 100_000_000,
};

export function budgetOf(partial: Partial<WorkBudget> = {}): WorkBudget {
  return { ...DEFAULT_BUDGET, ...partial };
}

const MB = 1024 * 1024;
const mb = (n: number): string => `${Math.round(n / MB)} MB`;

export function tooComplex(detail: string): ExtractError {
  return new ExtractError('too-complex', detail);
}

// --- Bytes: before pdf.js parses anything ----------------------------------------------------

/** What the byte check saw (for tests and the fuzz script). */
export interface ByteCheck {
  streams: number;
  decodedBytes: number;
  maxOperators: number;
  maxNesting: number;
}

const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"
const END = [0x65, 0x6e, 0x64]; // "end" (of "endstream")

/** Each stream's data: from the EOL after `stream` to the next `endstream` (no /Length trusted). */
function* streamsOf(bytes: Uint8Array): Generator<Uint8Array> {
  let at = 0;
  for (;;) {
    const s = indexOfBytes(bytes, STREAM, at);
    if (s < 0) return;
    at = s + STREAM.length;
    if (s >= 3 && bytes[s - 3] === END[0] && bytes[s - 2] === END[1] && bytes[s - 1] === END[2]) continue; // "endstream"
    let start = at;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] !== 0x0a && bytes[start - 1] !== 0x0d) continue; // not the keyword: "stream" inside a name or string
    if (bytes[start] === 0x0a) start++;
    let end = indexOfBytes(bytes, [...END, ...STREAM], start);
    if (end < 0) end = bytes.length; // truncated file: to the end
    at = end;
    // The EOL before "endstream" is not data: a strict inflater (Chrome's) fails on it and drops
    // what it had decoded.
    while (end > start && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d || bytes[end - 1] === 0x20)) end--;
    yield bytes.subarray(start, end);
  }
}

const isZlibHeader = (b0: number | undefined, b1: number | undefined): boolean =>
  b0 !== undefined && b1 !== undefined && (b0 & 0x0f) === 8 && (b0 >> 4) <= 7 && (b0 * 256 + b1) % 31 === 0;

/** Text-like: a content stream (operators), not a font or image. Judged on its first bytes. */
function looksLikeContent(head: Uint8Array): boolean {
  const n = Math.min(head.length, 256);
  for (let i = 0; i < n; i++) {
    const c = head[i]!;
    if (c < 0x09 || (c > 0x0d && c < 0x20) || c > 0x7e) return false;
  }
  return n > 0;
}

/**
 * Counts operators and the nesting of q/Q in a content stream fed in chunks. A tokenizer of the
 * content-stream syntax reduced to what counting needs: strings, hex strings, names, comments
 * and inline image data are skipped; every other regular token that is not a number is an operator.
 */
export class ContentCounter {
  operators = 0;
  depth = 0;
  maxDepth = 0;
  private paren = 0; // inside (…), its nesting
  private escape = false;
  private hex = false; // inside <…>
  private comment = false;
  private name = false; // token started with '/'
  private tokenLength = 0;
  private token = ''; // first 2 characters of the current token
  private inlineImage = 0; // after ID: bytes of "EI" matched (1 = whitespace seen)
  private lastLt = false;

  feed(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.inlineImage > 0) {
        this.skipInlineImage(c);
        continue;
      }
      if (this.comment) {
        if (c === 0x0a || c === 0x0d) this.comment = false;
        continue;
      }
      if (this.paren > 0) {
        if (this.escape) this.escape = false;
        else if (c === 0x5c) this.escape = true;
        else if (c === 0x28) this.paren++;
        else if (c === 0x29) this.paren--;
        continue;
      }
      if (this.hex) {
        if (c === 0x3e) this.hex = false;
        continue;
      }
      if (this.lastLt) {
        this.lastLt = false;
        if (c === 0x3c) continue; // "<<": a dictionary
        if (c !== 0x3e) this.hex = true; // "<…>": a hex string ("<>" is empty)
        continue;
      }
      const white = c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
      const delimiter = c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
      if (white || delimiter) {
        this.endToken();
        if (c === 0x28) this.paren = 1;
        else if (c === 0x25) this.comment = true;
        else if (c === 0x2f) this.name = true;
        else if (c === 0x3c) this.lastLt = true;
        continue;
      }
      if (this.tokenLength < 2) this.token += String.fromCharCode(c);
      this.tokenLength++;
    }
  }

  private endToken(): void {
    if (this.tokenLength === 0) {
      this.name = false;
      return;
    }
    const t = this.token;
    const first = t.charCodeAt(0);
    const number = (first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e;
    if (!this.name && !number && t !== 'tr' && t !== 'fa' && t !== 'nu') {
      // true / false / null are operands; everything else regular is an operator.
      this.operators++;
      if (this.tokenLength === 1 && t === 'q') this.maxDepth = Math.max(this.maxDepth, ++this.depth);
      else if (this.tokenLength === 1 && t === 'Q') this.depth = Math.max(0, this.depth - 1);
      else if (this.tokenLength === 2 && t === 'ID') this.inlineImage = 1;
    }
    this.name = false;
    this.token = '';
    this.tokenLength = 0;
  }

  /** Inline image data ends at whitespace, "EI", whitespace. */
  private skipInlineImage(c: number): void {
    const white = c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
    if (this.inlineImage === 1) this.inlineImage = white ? 2 : 1;
    else if (this.inlineImage === 2) this.inlineImage = c === 0x45 ? 3 : white ? 2 : 1;
    else if (this.inlineImage === 3) this.inlineImage = c === 0x49 ? 4 : 1;
    else this.inlineImage = white ? 0 : 1;
  }
}

/**
 * Inflates `data`, giving the decoded bytes to `onChunk` in one or more chunks; stops when it
 * returns false. Or, without giving anything, 'over' when the decoded data exceeds `limit` bytes.
 * Damaged or trailing data: what was decoded until then is given, and no error.
 */
export type Inflater = (data: Uint8Array, limit: number, onChunk: (chunk: Uint8Array) => boolean) => Promise<'over' | void> | 'over' | void;

/** The portable inflater (browser and Node): a DecompressionStream read chunk by chunk. */
export async function inflateChunks(data: Uint8Array, _limit: number, onChunk: (chunk: Uint8Array) => boolean): Promise<void> {
  const ds = new DecompressionStream('deflate');
  const writer = ds.writable.getWriter();
  // In pieces, so that decoded chunks are read as they come: an error at the end of the data (a
  // wrong checksum) errors the stream and discards what was decoded but not yet read.
  const PIECE = 16 * 1024;
  for (let i = 0; i < data.length; i += PIECE) writer.write(data.subarray(i, i + PIECE) as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!onChunk(value)) {
        await reader.cancel().catch(() => undefined);
        return;
      }
    }
  } catch {
    // Damaged or trailing data: what was decoded until then is counted; pdf.js reports damage.
  }
}

/**
 * Checks the bytes of a PDF against the budget before pdf.js parses them. Throws ExtractError
 * 'too-complex' naming the limit that was passed.
 */
export async function checkPdfBytes(bytes: Uint8Array, budget: WorkBudget = DEFAULT_BUDGET, inflate: Inflater = inflateChunks): Promise<ByteCheck> {
  if (bytes.length > budget.maxFileBytes) throw tooComplex(`文件 ${mb(bytes.length)}，超过上限 ${mb(budget.maxFileBytes)} (file size)`);
  const seen: ByteCheck = { streams: 0, decodedBytes: 0, maxOperators: 0, maxNesting: 0 };
  const streamOver = (): ExtractError => tooComplex(`一个数据流解压后超过 ${mb(budget.maxStreamBytes)} (decompressed stream; a compression bomb)`);
  const totalOver = (): ExtractError => tooComplex(`解压后共超过 ${mb(budget.maxDecodedBytes)} (decompressed total)`);
  let over: ExtractError | null = null;
  const count = (counter: ContentCounter | null) => {
    if (!counter) return;
    seen.maxOperators = Math.max(seen.maxOperators, counter.operators);
    seen.maxNesting = Math.max(seen.maxNesting, counter.maxDepth);
    if (counter.operators > budget.maxOperators) over = tooComplex(`一页的绘图指令超过 ${budget.maxOperators} 条 (operators in a content stream)`);
    else if (counter.maxDepth > budget.maxNesting) over = tooComplex(`图形状态嵌套超过 ${budget.maxNesting} 层 (nested q)`);
  };
  for (const data of streamsOf(bytes)) {
    seen.streams++;
    if (isZlibHeader(data[0], data[1])) {
      let streamBytes = 0;
      let counter: ContentCounter | null | undefined;
      const limit = Math.min(budget.maxStreamBytes, budget.maxDecodedBytes - seen.decodedBytes);
      const result = await inflate(data, limit, (chunk) => {
        if (counter === undefined) counter = looksLikeContent(chunk) ? new ContentCounter() : null;
        streamBytes += chunk.length;
        seen.decodedBytes += chunk.length;
        if (streamBytes > budget.maxStreamBytes) over = streamOver();
        else if (seen.decodedBytes > budget.maxDecodedBytes) over = totalOver();
        else {
          counter?.feed(chunk);
          count(counter ?? null);
        }
        return over === null;
      });
      if (result === 'over') over = limit === budget.maxStreamBytes ? streamOver() : totalOver();
    } else if (looksLikeContent(data)) {
      const counter = new ContentCounter();
      counter.feed(data);
      count(counter);
    }
    if (over) throw over;
  }
  return seen;
}

// --- Pages and time: while extracting --------------------------------------------------------

/** The time and page limits of one extraction. `now` is injectable so tests need no timer. */
export class BudgetClock {
  private readonly deadline: number;
  constructor(
    readonly budget: WorkBudget = DEFAULT_BUDGET,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + budget.maxMillis;
  }

  checkPages(pages: number): void {
    if (pages > this.budget.maxPages) throw tooComplex(`共 ${pages} 页，超过上限 ${this.budget.maxPages} 页 (pages)`);
  }

  private expired(): ExtractError {
    return tooComplex(`读取超过 ${Math.round(this.budget.maxMillis / 1000)} 秒 (time limit)`);
  }

  /** Throws when the time is up (called between pages). */
  check(): void {
    if (this.now() > this.deadline) throw this.expired();
  }

  /**
   * `work`, or 'too-complex' when the time runs out first. The work is abandoned, not stopped:
   * the caller destroys the document (in the browser that terminates pdf.js's worker).
   */
  async within<T>(work: Promise<T>): Promise<T> {
    this.check();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expiry = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.expired()), Math.max(0, this.deadline - this.now()));
    });
    try {
      return await Promise.race([work, expiry]);
    } finally {
      clearTimeout(timer);
    }
  }
}
