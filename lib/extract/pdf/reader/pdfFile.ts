// A small PDF object reader: cross-reference tables and streams (with their /Prev chain and
// hybrid /XRefStm), object streams, Flate-encoded streams and the page tree. It reads what
// well-formed files hold and nothing more: an encrypted file, a broken cross-reference, a filter
// other than Flate — anything unexpected throws `Unreadable`, and the caller uses pdf.js instead,
// which repairs what it can. Used to read ruling lines without pdf.js's operator lists
// (drawingOps.ts); pdf.js still reads the text.
import { asciiBytes, bytesAt, indexOfBytes, isDict, isWhite, Lexer, nameOf, type PdfDict, type PdfObject, PdfRef, PdfStream, readObject, Tok, Unreadable } from './pdfSyntax';

/** Inflates a zlib stream; null when it cannot. Injected so that this file needs no Node module. */
export type InflateSync = (data: Uint8Array) => Uint8Array | null;

type XrefEntry = { offset: number } | { stream: number; index: number } | { free: true };

/** A page: its dictionary and its resources (inherited from the page tree where it has none). */
export interface PageNode {
  dict: PdfDict;
  resources: PdfDict;
}

const MAX_XREF_SECTIONS = 100;
const MAX_PAGE_TREE_DEPTH = 64;

export class PdfFile {
  private readonly xref = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfObject>();
  private readonly objectStreams = new Map<number, { data: Uint8Array; offsets: Map<number, number> }>();
  private trailer: PdfDict = new Map();

  private constructor(
    readonly bytes: Uint8Array,
    private readonly inflate: InflateSync,
  ) {}

  /** Opens the file's cross-reference; throws Unreadable for what this reader does not read. */
  static open(bytes: Uint8Array, inflate: InflateSync): PdfFile {
    const file = new PdfFile(bytes, inflate);
    file.readXref(findStartXref(bytes));
    if (file.trailer.has('Encrypt')) throw new Unreadable('encrypted');
    return file;
  }

  /** The object itself, references followed (a missing object is null, as the spec says). */
  resolve(o: PdfObject | undefined, hops = 0): PdfObject | undefined {
    if (!(o instanceof PdfRef)) return o;
    if (hops > 16) throw new Unreadable('reference chain');
    return this.resolve(this.object(o.num), hops + 1);
  }

  /** A dictionary entry, resolved. */
  get(dict: PdfDict, key: string): PdfObject | undefined {
    return this.resolve(dict.get(key));
  }

  getDict(dict: PdfDict, key: string): PdfDict | null {
    const v = this.get(dict, key);
    if (v instanceof PdfStream) return v.dict;
    return isDict(v) ? v : null;
  }

  /** The pages in order, each with its inherited resources. */
  pages(): PageNode[] {
    const root = this.resolve(this.trailer.get('Root'));
    if (!isDict(root)) throw new Unreadable('no catalog');
    const top = this.get(root, 'Pages');
    if (!isDict(top)) throw new Unreadable('no page tree');
    const out: PageNode[] = [];
    const seen = new Set<PdfDict>();
    const walk = (node: PdfDict, inherited: PdfDict, depth: number): void => {
      if (depth > MAX_PAGE_TREE_DEPTH || seen.has(node)) throw new Unreadable('page tree cycle');
      seen.add(node);
      const resources = this.getDict(node, 'Resources') ?? inherited;
      const kids = this.get(node, 'Kids');
      const type = nameOf(this.get(node, 'Type'));
      if (type === 'Pages' || (type !== 'Page' && Array.isArray(kids))) {
        if (!Array.isArray(kids)) throw new Unreadable('page tree node without kids');
        for (const kid of kids) {
          const k = this.resolve(kid);
          if (!isDict(k)) throw new Unreadable('page tree kid');
          walk(k, resources, depth + 1);
        }
      } else out.push({ dict: node, resources });
    };
    walk(top, new Map(), 0);
    return out;
  }

  /** A stream's decoded bytes (Flate, with PNG predictors, or none). */
  streamData(s: PdfStream): Uint8Array {
    let data = this.bytes.subarray(s.start, s.end);
    const filter = this.get(s.dict, 'Filter');
    const filters = filter === undefined || filter === null ? [] : Array.isArray(filter) ? filter.map((f) => this.resolve(f)) : [filter];
    const parms = this.get(s.dict, 'DecodeParms') ?? this.get(s.dict, 'DP');
    filters.forEach((f, i) => {
      const name = nameOf(f);
      if (name !== 'FlateDecode' && name !== 'Fl') throw new Unreadable(`filter ${name}`);
      const inflated = this.inflate(data);
      if (!inflated) throw new Unreadable('damaged stream');
      const p = this.resolve(Array.isArray(parms) ? parms[i] : parms);
      data = isDict(p) ? unpredict(inflated, p, this) : inflated;
    });
    return data;
  }

  // --- objects -----------------------------------------------------------------------------

  private object(num: number): PdfObject | undefined {
    if (this.cache.has(num)) return this.cache.get(num);
    const entry = this.xref.get(num);
    let value: PdfObject | undefined = null;
    if (entry && 'offset' in entry) value = this.objectAt(entry.offset, num);
    else if (entry && 'stream' in entry) value = this.objectInStream(entry.stream, num);
    this.cache.set(num, value ?? null);
    return value;
  }

  /** `num gen obj <object> [stream … endstream]` at a byte offset. */
  private objectAt(offset: number, num: number | null): PdfObject {
    const lx = new Lexer(this.bytes, offset);
    if (lx.next() !== Tok.Number || (num !== null && lx.num !== num)) throw new Unreadable('cross-reference offset');
    if (lx.next() !== Tok.Number || !lx.nextIsKeyword('obj')) throw new Unreadable('object header');
    const value = readObject(lx, lx.next());
    if (value === undefined) throw new Unreadable('object');
    if (!isDict(value)) return value;
    const after = lx.pos;
    if (!lx.nextIsKeyword('stream')) {
      lx.pos = after;
      return value;
    }
    return this.streamAfterKeyword(value, lx.pos);
  }

  private streamAfterKeyword(dict: PdfDict, pos: number): PdfStream {
    const b = this.bytes;
    let start = pos;
    if (b[start] === 0x0d) start++;
    if (b[start] === 0x0a) start++;
    const length = this.get(dict, 'Length');
    if (typeof length === 'number' && length >= 0 && start + length <= b.length) {
      let k = start + length;
      while (k < b.length && isWhite(b[k]!)) k++;
      if (bytesAt(b, k, ENDSTREAM)) return new PdfStream(dict, start, start + length);
    }
    // A wrong /Length: the data runs to `endstream` (its end-of-line is not data).
    const at = indexOfBytes(b, ENDSTREAM, start);
    if (at < 0) throw new Unreadable('stream without end');
    let end = at;
    if (b[end - 1] === 0x0a) end--;
    if (b[end - 1] === 0x0d) end--;
    return new PdfStream(dict, start, end);
  }

  private objectInStream(streamNum: number, num: number): PdfObject | undefined {
    let os = this.objectStreams.get(streamNum);
    if (!os) {
      const s = this.resolve(new PdfRef(streamNum, 0));
      if (!(s instanceof PdfStream)) throw new Unreadable('object stream');
      const data = this.streamData(s);
      const n = this.get(s.dict, 'N'), first = this.get(s.dict, 'First');
      if (typeof n !== 'number' || typeof first !== 'number') throw new Unreadable('object stream header');
      const lx = new Lexer(data, 0, Math.min(first, data.length));
      const offsets = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        if (lx.next() !== Tok.Number) break;
        const objNum = lx.num;
        if (lx.next() !== Tok.Number) break;
        if (!offsets.has(objNum)) offsets.set(objNum, first + lx.num);
      }
      os = { data, offsets };
      this.objectStreams.set(streamNum, os);
    }
    const at = os.offsets.get(num);
    if (at === undefined) return null;
    const lx = new Lexer(os.data, at);
    return readObject(lx, lx.next());
  }

  // --- cross-reference ---------------------------------------------------------------------

  private readXref(start: number): void {
    const seen = new Set<number>();
    const queue = [start];
    let sections = 0;
    while (queue.length) {
      const offset = queue.shift()!;
      if (seen.has(offset) || ++sections > MAX_XREF_SECTIONS) continue;
      seen.add(offset);
      const trailer = bytesAt(this.bytes, skipWhite(this.bytes, offset), XREF) ? this.readXrefTable(skipWhite(this.bytes, offset) + 4) : this.readXrefStream(offset);
      // Newest first: the first trailer and the first entry for an object win.
      for (const [k, v] of trailer) if (!this.trailer.has(k)) this.trailer.set(k, v);
      const hybrid = trailer.get('XRefStm');
      if (typeof hybrid === 'number') queue.unshift(hybrid);
      const prev = trailer.get('Prev');
      if (typeof prev === 'number') queue.push(prev);
    }
    if (!this.trailer.has('Root')) throw new Unreadable('no trailer');
  }

  private readXrefTable(pos: number): PdfDict {
    const lx = new Lexer(this.bytes, pos);
    for (;;) {
      const t = lx.next();
      if (t === Tok.Keyword && lx.text === 'trailer') {
        const dict = readObject(lx, lx.next());
        if (!isDict(dict)) throw new Unreadable('trailer');
        return dict;
      }
      if (t !== Tok.Number) throw new Unreadable('cross-reference table');
      const first = lx.num;
      if (lx.next() !== Tok.Number) throw new Unreadable('cross-reference subsection');
      const count = lx.num;
      for (let i = 0; i < count; i++) {
        if (lx.next() !== Tok.Number) throw new Unreadable('cross-reference entry');
        const offset = lx.num;
        if (lx.next() !== Tok.Number || lx.next() !== Tok.Keyword) throw new Unreadable('cross-reference entry');
        const num = first + i;
        // The newest entry wins, a free one too (as pdf.js reads it).
        if (lx.text === 'n' && !this.xref.has(num)) this.xref.set(num, { offset });
        else if (lx.text === 'f' && !this.xref.has(num)) this.xref.set(num, { free: true });
      }
    }
  }

  private readXrefStream(offset: number): PdfDict {
    const s = this.objectAt(offset, null);
    if (!(s instanceof PdfStream) || nameOf(s.dict.get('Type')) !== 'XRef') throw new Unreadable('cross-reference stream');
    const w = s.dict.get('W');
    if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => typeof x === 'number' && x >= 0 && x <= 8)) throw new Unreadable('/W');
    const [w0, w1, w2] = w as number[];
    const size = s.dict.get('Size');
    const index = s.dict.get('Index') ?? [0, size ?? 0];
    if (!Array.isArray(index) || !index.every((x) => typeof x === 'number')) throw new Unreadable('/Index');
    const data = this.streamData(s);
    const rowLength = w0! + w1! + w2!;
    let at = 0;
    for (let k = 0; k + 1 < index.length; k += 2) {
      const first = index[k] as number, count = index[k + 1] as number;
      for (let i = 0; i < count; i++, at += rowLength) {
        if (at + rowLength > data.length) throw new Unreadable('cross-reference stream data');
        const type = w0 === 0 ? 1 : field(data, at, w0!);
        const f2 = field(data, at + w0!, w1!);
        const f3 = field(data, at + w0! + w1!, w2!);
        const num = first + i;
        if (this.xref.has(num)) continue;
        if (type === 1) this.xref.set(num, { offset: f2 });
        else if (type === 2) this.xref.set(num, { stream: f2, index: f3 });
        else if (type === 0) this.xref.set(num, { free: true });
      }
    }
    return s.dict;
  }
}

function field(data: Uint8Array, at: number, width: number): number {
  let v = 0;
  for (let i = 0; i < width; i++) v = v * 256 + data[at + i]!;
  return v;
}

/** PNG predictors (Predictor ≥ 10), as cross-reference and object streams use them. */
function unpredict(data: Uint8Array, parms: PdfDict, file: PdfFile): Uint8Array {
  const predictor = file.get(parms, 'Predictor');
  if (typeof predictor !== 'number' || predictor <= 1) return data;
  if (predictor < 10) throw new Unreadable('TIFF predictor');
  const colors = (file.get(parms, 'Colors') as number | undefined) ?? 1;
  const bits = (file.get(parms, 'BitsPerComponent') as number | undefined) ?? 8;
  const columns = (file.get(parms, 'Columns') as number | undefined) ?? 1;
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const left = i >= bpp ? out[dst + i - bpp]! : 0;
      const up = r > 0 ? out[dst - rowLength + i]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[dst - rowLength + i - bpp]! : 0;
      let v: number;
      switch (type) {
        case 0: v = raw; break;
        case 1: v = raw + left; break;
        case 2: v = raw + up; break;
        case 3: v = raw + ((left + up) >> 1); break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
          v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default: throw new Unreadable('PNG filter type');
      }
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}

const ENDSTREAM = asciiBytes('endstream');
const XREF = asciiBytes('xref');
const STARTXREF = asciiBytes('startxref');

function skipWhite(b: Uint8Array, at: number): number {
  while (at < b.length && isWhite(b[at]!)) at++;
  return at;
}

/** The offset after the last `startxref`. */
function findStartXref(b: Uint8Array): number {
  const from = Math.max(0, b.length - 2048);
  let at = -1;
  for (let i = indexOfBytes(b, STARTXREF, from); i >= 0; i = indexOfBytes(b, STARTXREF, i + 1)) at = i;
  if (at < 0) throw new Unreadable('no startxref');
  const lx = new Lexer(b, at + 9);
  if (lx.next() !== Tok.Number) throw new Unreadable('startxref');
  return lx.num;
}
