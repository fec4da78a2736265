// PDF's object syntax (ISO 32000 §7.2–7.3), read far enough to find a page's drawing: numbers,
// names, dictionaries, arrays, references and keywords. String *contents* are never needed for
// that and are skipped, not decoded. Used by the object reader (pdfFile.ts) and the content
// stream reader (drawingOps.ts), which share the lexer.

/** An indirect reference `num gen R`. */
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A name (`/Type`), decoded (#xx escapes). */
export class PdfName {
  constructor(readonly name: string) {}
}

/** A string: its contents are not read (nothing here needs them). */
export const PDF_STRING = Object.freeze({ string: true as const });

/** A stream: its dictionary and where its raw (still encoded) bytes lie in the file. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly start: number,
    readonly end: number,
  ) {}
}

export type PdfDict = Map<string, PdfObject>;
export type PdfObject = number | boolean | null | PdfName | PdfRef | typeof PDF_STRING | PdfObject[] | PdfDict | PdfStream;

/** Thrown for anything this reader does not read: the caller falls back to pdf.js. */
export class Unreadable extends Error {}

export const enum Tok {
  EOF,
  Number,
  Name,
  String,
  ArrayStart,
  ArrayEnd,
  DictStart,
  DictEnd,
  Keyword,
}

// Character classes: 0 regular, 1 white space, 2 delimiter.
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

export const isWhite = (c: number): boolean => CLASS[c] === 1;

/** A keyword's bytes, for searching the file before it is parsed. */
export const asciiBytes = (word: string): number[] => Array.from(word, (c) => c.charCodeAt(0));

/** Whether `needle` is in `hay` at `at`. */
export function bytesAt(hay: Uint8Array, at: number, needle: readonly number[]): boolean {
  for (let j = 0; j < needle.length; j++) if (hay[at + j] !== needle[j]) return false;
  return true;
}

/** The first place of `needle` in `hay` from `from`, or -1. */
export function indexOfBytes(hay: Uint8Array, needle: readonly number[], from: number): number {
  for (let i = hay.indexOf(needle[0]!, from); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(needle[0]!, i + 1)) {
    if (bytesAt(hay, i, needle)) return i;
  }
  return -1;
}

/** A keyword's bytes packed in a number (up to four bytes; 0 for longer ones): compared without making a string. */
export const keywordCode = (word: string): number => {
  if (word.length > 4) return 0;
  let code = 0;
  for (let i = word.length - 1; i >= 0; i--) code = code * 256 + word.charCodeAt(i);
  return code;
};

/**
 * A lexer over bytes; after `next()`, a number's value is in `num`, a name's or keyword's bytes
 * lie between `start` and `stop` (`text` decodes them when asked: content streams hold many names
 * and keywords nobody needs as strings), a keyword's bytes are also packed in `code`.
 */
export class Lexer {
  num = 0;
  /** Whether the number had no decimal point (for `num gen R`, `num gen obj`). */
  integer = true;
  code = 0;
  start = 0;
  stop = 0;
  private name = false;

  get text(): string {
    return this.name ? nameText(this.bytes, this.start, this.stop) : ascii(this.bytes, this.start, this.stop);
  }

  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    readonly end = bytes.length,
  ) {}

  /** Whether the next token is the keyword `word` (consumed either way). */
  nextIsKeyword(word: string): boolean {
    return this.next() === Tok.Keyword && this.stop - this.start === word.length && this.text === word;
  }

  next(): Tok {
    const b = this.bytes;
    const end = this.end;
    let i = this.pos;
    // White space and comments.
    for (;;) {
      while (i < end && CLASS[b[i]!] === 1) i++;
      if (i < end && b[i] === 0x25) {
        while (i < end && b[i] !== 0x0a && b[i] !== 0x0d) i++;
        continue;
      }
      break;
    }
    if (i >= end) {
      this.pos = i;
      return Tok.EOF;
    }
    const c = b[i]!;
    switch (c) {
      case 0x2f: {
        // Name: regular characters after '/', #xx escapes decoded.
        let j = i + 1;
        while (j < end && CLASS[b[j]!] === 0) j++;
        this.name = true;
        this.start = i + 1;
        this.stop = this.pos = j;
        return Tok.Name;
      }
      case 0x28: {
        // Literal string: balanced parentheses, backslash escapes.
        let depth = 1;
        let j = i + 1;
        while (j < end && depth > 0) {
          const d = b[j]!;
          if (d === 0x5c) j++;
          else if (d === 0x28) depth++;
          else if (d === 0x29) depth--;
          j++;
        }
        this.pos = j;
        return Tok.String;
      }
      case 0x3c: {
        if (b[i + 1] === 0x3c) {
          this.pos = i + 2;
          return Tok.DictStart;
        }
        let j = i + 1;
        while (j < end && b[j] !== 0x3e) j++;
        this.pos = j + 1;
        return Tok.String;
      }
      case 0x3e:
        // ">>" (a lone ">" is an error; read it as the end of a dictionary too).
        this.pos = b[i + 1] === 0x3e ? i + 2 : i + 1;
        return Tok.DictEnd;
      case 0x5b:
        this.pos = i + 1;
        return Tok.ArrayStart;
      case 0x5d:
        this.pos = i + 1;
        return Tok.ArrayEnd;
      case 0x7b:
      case 0x7d:
      case 0x29:
        // PostScript braces and a stray ')' : keywords of their own (never a drawing operator).
        this.name = false;
        this.start = i;
        this.stop = this.pos = i + 1;
        this.code = c;
        return Tok.Keyword;
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number(i);
    let j = i + 1;
    let code = c;
    while (j < end && CLASS[b[j]!] === 0) {
      if (j - i < 4) code += b[j]! * 2 ** (8 * (j - i));
      j++;
    }
    this.code = j - i <= 4 ? code : 0;
    this.name = false;
    this.start = i;
    this.stop = this.pos = j;
    return Tok.Keyword;
  }

  /** A number the way readers accept them: signs repeated ("--5"), "-.5", "5.", a lone "-" (0). */
  private number(i: number): Tok {
    const b = this.bytes;
    const end = this.end;
    let negative = false;
    while (i < end && (b[i] === 0x2d || b[i] === 0x2b)) {
      if (b[i] === 0x2d) negative = !negative;
      i++;
    }
    // Digits accumulated as an integer and divided once, as pdf.js does (same float).
    let value = 0;
    let divisor = 1;
    let integer = true;
    for (; i < end; i++) {
      const d = b[i]!;
      if (d >= 0x30 && d <= 0x39) {
        value = value * 10 + (d - 0x30);
        if (!integer) divisor *= 10;
      } else if (d === 0x2e && integer) integer = false;
      else break; // a delimiter, white space, or letters running on ("12abc" ends at "a")
    }
    value /= divisor;
    this.num = negative ? -value : value;
    this.integer = integer;
    this.pos = i;
    return Tok.Number;
  }
}

function ascii(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += String.fromCharCode(b[k]!);
  return s;
}

/** A name's text from its bytes (after the '/'), #xx escapes decoded. */
export function nameText(b: Uint8Array, from: number, to: number): string {
  if (b.subarray(from, to).indexOf(0x23) < 0) return ascii(b, from, to);
  let s = '';
  for (let k = from; k < to; k++) {
    const c = b[k]!;
    if (c === 0x23 && k + 2 < to) {
      const hex = ascii(b, k + 1, k + 3);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        s += String.fromCharCode(parseInt(hex, 16));
        k += 2;
        continue;
      }
    }
    s += String.fromCharCode(c);
  }
  return s;
}

const NAMES = new Map<string, PdfName>();
/** Names are interned: the same name is the same object. */
export function pdfName(name: string): PdfName {
  let n = NAMES.get(name);
  if (!n) {
    n = new PdfName(name);
    if (NAMES.size < 10_000) NAMES.set(name, n);
  }
  return n;
}

const TRUE = keywordCode('true'), NULL = keywordCode('null');
/** Deepest nesting of arrays and dictionaries read (a hostile file nests without end). */
const MAX_DEPTH = 100;

/**
 * The object starting with the token just read (`tok`). References (`n g R`) are recognised by
 * looking two tokens ahead. A keyword that is not true/false/null is returned as a PdfName-free
 * marker (`undefined`) for the caller to judge.
 */
export function readObject(lx: Lexer, tok: Tok, depth = 0): PdfObject | undefined {
  if (depth > MAX_DEPTH) throw new Unreadable('nesting');
  switch (tok) {
    case Tok.Number: {
      const first = lx.num;
      if (!lx.integer || first < 0) return first;
      const save = lx.pos;
      if (lx.next() === Tok.Number && lx.integer) {
        const gen = lx.num;
        if (lx.next() === Tok.Keyword && lx.code === 0x52 /* R */) return new PdfRef(first, gen);
      }
      lx.pos = save;
      lx.num = first;
      return first;
    }
    case Tok.Name:
      return pdfName(lx.text);
    case Tok.String:
      return PDF_STRING;
    case Tok.ArrayStart: {
      const out: PdfObject[] = [];
      for (;;) {
        const t = lx.next();
        if (t === Tok.ArrayEnd || t === Tok.EOF) return out;
        const v = readObject(lx, t, depth + 1);
        if (v !== undefined) out.push(v);
      }
    }
    case Tok.DictStart: {
      const out: PdfDict = new Map();
      for (;;) {
        const t = lx.next();
        if (t === Tok.DictEnd || t === Tok.EOF) return out;
        if (t !== Tok.Name) continue; // a stray value: skipped, as readers do
        const key = lx.text;
        const vt = lx.next();
        if (vt === Tok.DictEnd || vt === Tok.EOF) return out;
        const v = readObject(lx, vt, depth + 1);
        if (v !== undefined) out.set(key, v);
      }
    }
    case Tok.Keyword:
      if (lx.code === TRUE) return true;
      if (lx.code === 0 && lx.text === 'false') return false;
      if (lx.code === NULL) return null;
      return undefined;
    default:
      return undefined;
  }
}

export const isDict = (o: unknown): o is PdfDict => o instanceof Map;
export const nameOf = (o: unknown): string | null => (o instanceof PdfName ? o.name : null);
