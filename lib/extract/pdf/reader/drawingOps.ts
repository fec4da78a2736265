// A page's drawing read from its content streams, as the operator list pdf.js would make for the
// operators ruling lines depend on (save/restore, transform, paths and their painting, form
// XObjects, stroke and fill colours) — in pdf.js's shape, so that `extractRulings` reads either.
// pdf.js's own list also holds every glyph of every text run and is cloned to the caller: on
// table pages of Word/WPS/LibreOffice PDFs (one positioned glyph per character) that cost more
// than the text itself. Reading only the paths is a small part of that.
//
// Where pdf.js would do something this reader does not follow (a colour space with a tint
// function, a soft mask whose paths pdf.js draws into the list, annotation appearances), it
// throws `Unreadable` and the page's operator list comes from pdf.js: the same rulings either way,
// proven on every PDF fixture and real document by the parity test (drawingOps.test.ts).
import { PDFJS_OPS as OPS } from '../pdfjsOps';
import type { PageNode, PdfFile } from './pdfFile';
import { isDict, keywordCode, Lexer, nameOf, nameText, type PdfDict, type PdfName, type PdfObject, pdfName, PdfStream, Tok, Unreadable } from './pdfSyntax';

/** An operator list in pdf.js's shape, holding only what ruling lines depend on. */
export interface DrawingList {
  fnArray: number[];
  argsArray: unknown[];
  /** Operators read, form XObjects counted each time they are drawn (the work budget's measure). */
  operators: number;
}

type ColorSpace = { kind: 'gray' | 'rgb' | 'cmyk' | 'pattern' } | { kind: 'unreadable'; why: string };

const GRAY: ColorSpace = { kind: 'gray' };
const RGB: ColorSpace = { kind: 'rgb' };
const CMYK: ColorSpace = { kind: 'cmyk' };
const PATTERN: ColorSpace = { kind: 'pattern' };

interface ColorState {
  fill: ColorSpace;
  stroke: ColorSpace;
}

const MAX_FORM_DEPTH = 40;
/** pdf.js refuses more operands than this before an operator. */
const MAX_OPERANDS = 33;

/** The operators read, by their packed bytes (pdfSyntax's keywordCode). */
const K = Object.fromEntries(
  ['q', 'Q', 'cm', 're', 'm', 'l', 'c', 'v', 'y', 'h', 'n', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'G', 'g', 'RG', 'rg', 'K', 'k', 'CS', 'cs', 'SC', 'SCN', 'sc', 'scn', 'gs', 'Do', 'BI', 'ID', 'true', 'null'].map((w) => [w, keywordCode(w)]),
) as Record<string, number>;
const PAINT = new Map<number, number>([
  [K.S!, OPS.stroke],
  [K.s!, OPS.closeStroke],
  [K.f!, OPS.fill],
  [K.F!, OPS.fill],
  [K['f*']!, OPS.eoFill],
  [K.B!, OPS.fillStroke],
  [K['B*']!, OPS.eoFillStroke],
  [K.b!, OPS.closeFillStroke],
  [K['b*']!, OPS.closeEOFillStroke],
]);
// Operand kinds.
const NUMBER = 0, NAME = 1, OTHER = 2;
// Path operators from pdf.js's DrawOPS: moveTo 0, lineTo 1, curveTo 2, closePath 4.
const MOVE = 0, LINE = 1, CURVE = 2, CLOSE = 4;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** A channel 0–1 as pdf.js stores it (×255, clamped, rounded), in hex. */
const channel = (v: number): string => HEX[v > 0 ? (v < 1 ? Math.round(v * 255) : 255) : 0]!;

/** The colour as pdf.js gives it to the operator list ("#rrggbb"); null for a pattern. */
function colorHex(cs: ColorSpace, a: number, b: number, c: number, d: number): string | null {
  switch (cs.kind) {
    case 'gray':
      return `#${channel(a)}${channel(a)}${channel(a)}`;
    case 'rgb':
      return `#${channel(a)}${channel(b)}${channel(c)}`;
    case 'cmyk':
      // Only whether a colour is near white matters here: (1 − c)(1 − k) per channel.
      return `#${channel((1 - a) * (1 - d))}${channel((1 - b) * (1 - d))}${channel((1 - c) * (1 - d))}`;
    case 'pattern':
      return null; // pdf.js paints with the pattern: no colour op that rulings read
    default:
      throw new Unreadable(cs.why);
  }
}

class Interpreter {
  readonly fnArray: number[] = [];
  readonly argsArray: unknown[] = [];
  operators = 0;
  /** Paths painted and forms drawn so far (a q … Q with none is dropped). */
  private painted = 0;
  private readonly spaces = new Map<PdfObject, ColorSpace>();
  private readonly gstates = new Map<PdfDict, Map<string, boolean>>();
  // Operand storage, reused by every stream (a form's run ends before its caller reads on).
  private readonly kinds = new Uint8Array(MAX_OPERANDS);
  private readonly vals = new Float64Array(MAX_OPERANDS);
  private readonly nameStart = new Int32Array(MAX_OPERANDS);
  private readonly nameStop = new Int32Array(MAX_OPERANDS);

  constructor(
    private readonly file: PdfFile,
    private readonly maxOperators: number,
  ) {}

  private add(fn: number, args: unknown[] | null): void {
    this.fnArray.push(fn);
    this.argsArray.push(args);
  }

  colorSpace(raw: PdfObject | undefined, resources: PdfDict): ColorSpace {
    const named = nameOf(raw);
    if (named === 'DeviceGray' || named === 'G') return GRAY;
    if (named === 'DeviceRGB' || named === 'RGB') return RGB;
    if (named === 'DeviceCMYK' || named === 'CMYK') return CMYK;
    if (named === 'Pattern') return PATTERN;
    if (named !== null) {
      const table = this.file.getDict(resources, 'ColorSpace');
      const entry = table?.get(named);
      if (entry === undefined) return { kind: 'unreadable', why: `colour space ${named}` };
      return this.colorSpace(this.file.resolve(entry) ?? undefined, new Map());
    }
    if (raw === undefined || !Array.isArray(raw)) return { kind: 'unreadable', why: 'colour space' };
    const cached = this.spaces.get(raw);
    if (cached) return cached;
    const family = nameOf(this.file.resolve(raw[0]));
    let cs: ColorSpace = { kind: 'unreadable', why: `colour space ${family}` };
    if (family === 'ICCBased') {
      const s = this.file.resolve(raw[1]);
      const n = s instanceof PdfStream ? this.file.get(s.dict, 'N') : undefined;
      cs = n === 1 ? GRAY : n === 3 ? RGB : n === 4 ? CMYK : cs;
    } else if (family === 'CalGray') cs = GRAY;
    else if (family === 'CalRGB') cs = RGB;
    else if (family === 'Pattern') cs = PATTERN;
    this.spaces.set(raw, cs);
    return cs;
  }

  /** Reads one content stream (the page's, or a form's) into the list. */
  run(data: Uint8Array, resources: PdfDict, initial: ColorState, depth: number, forms: Set<PdfStream>): void {
    const lx = new Lexer(data);
    // Operands since the last operator: kinds, numbers' values, names' byte ranges (decoded only
    // for the few operators that read a name).
    const kinds = this.kinds, vals = this.vals, nameStart = this.nameStart, nameStop = this.nameStop;
    let n = 0;
    // Per open q: the colours to restore, where its save op sits in the list, and how many
    // paths had been painted by then — a q … Q that painted none is dropped from the list
    // whole (what it set is restored at Q): Word and WPS wrap every text run in one.
    const stack: { color: ColorState; at: number; painted: number }[] = [];
    let color: ColorState = { ...initial };
    let path: number[] = [];
    let cx = 0, cy = 0;
    const num = (i: number): number => vals[n - i]!;
    /** pdf.js's rule: the last `count` operands, all numbers, or the operator is skipped. */
    const numbers = (count: number): boolean => {
      if (n < count) return false;
      for (let i = 1; i <= count; i++) if (kinds[n - i] !== NUMBER) return false;
      return true;
    };
    const lastName = (): PdfName | null => (n >= 1 && kinds[n - 1] === NAME ? pdfName(nameText(data, nameStart[n - 1]!, nameStop[n - 1]!)) : null);
    const curve = (x1: number, y1: number, x2: number, y2: number, x: number, y: number): void => {
      path.push(CURVE, x1, y1, x2, y2, x, y);
      cx = x;
      cy = y;
    };
    const operand = (kind: number): void => {
      // pdf.js refuses more operands than this before an operator.
      if (n >= MAX_OPERANDS) throw new Unreadable('too many operands');
      kinds[n++] = kind;
    };
    for (;;) {
      const tok = lx.next();
      if (tok === Tok.EOF) break;
      switch (tok) {
        case Tok.Number:
          vals[n] = lx.num;
          operand(NUMBER);
          continue;
        case Tok.Name:
          nameStart[n] = lx.start;
          nameStop[n] = lx.stop;
          operand(NAME);
          continue;
        case Tok.ArrayStart:
          skipNested(lx, Tok.ArrayStart, Tok.ArrayEnd);
          operand(OTHER);
          continue;
        case Tok.DictStart:
          skipNested(lx, Tok.DictStart, Tok.DictEnd);
          operand(OTHER);
          continue;
        case Tok.Keyword:
          break;
        default:
          operand(OTHER); // strings, stray closing brackets
          continue;
      }
      const op = lx.code;
      if (op === K.true || op === K.null || (op === 0 && lx.text === 'false')) {
        operand(OTHER);
        continue;
      }
      if (++this.operators > this.maxOperators) return; // the caller refuses the page
      switch (op) {
        case K.q:
          stack.push({ color, at: this.fnArray.length, painted: this.painted });
          color = { ...color };
          this.add(OPS.save, null);
          break;
        case K.Q: {
          const open = stack.pop();
          if (open && open.painted === this.painted) {
            this.fnArray.length = this.argsArray.length = open.at;
            color = open.color;
          } else {
            if (open) color = open.color;
            this.add(OPS.restore, null);
          }
          break;
        }
        case K.cm:
          if (numbers(6)) this.add(OPS.transform, [num(6), num(5), num(4), num(3), num(2), num(1)]);
          break;
        case K.re:
          if (numbers(4)) {
            const x = num(4), y = num(3);
            const xw = x + num(2), yh = y + num(1);
            if (num(2) === 0 || num(1) === 0) path.push(MOVE, x, y, LINE, xw, yh, CLOSE);
            else path.push(MOVE, x, y, LINE, xw, y, LINE, xw, yh, LINE, x, yh, CLOSE);
            cx = x;
            cy = y;
          }
          break;
        case K.m:
        case K.l:
          if (numbers(2)) {
            cx = num(2);
            cy = num(1);
            path.push(op === K.m ? MOVE : LINE, cx, cy);
          }
          break;
        // Bézier curves: c gives both control points, v takes the current point as the first,
        // y the end point as the second.
        case K.c:
          if (numbers(6)) curve(num(6), num(5), num(4), num(3), num(2), num(1));
          break;
        case K.v:
          if (numbers(4)) curve(cx, cy, num(4), num(3), num(2), num(1));
          break;
        case K.y:
          if (numbers(4)) curve(num(4), num(3), num(2), num(1), num(2), num(1));
          break;
        case K.h:
          path.push(CLOSE);
          break;
        case K.n:
          path = [];
          break;
        case K.S: case K.s: case K.f: case K.F: case K['f*']: case K.B: case K['B*']: case K.b: case K['b*']:
          if (op === K.s || op === K.b || op === K['b*']) path.push(CLOSE);
          if (path.length) {
            this.add(OPS.constructPath, [PAINT.get(op), [new Float32Array(path)], null]);
            this.painted++;
          }
          path = [];
          break;
        case K.G: case K.g:
          if (numbers(1)) {
            this.setColor(op === K.G, GRAY, num(1));
            if (op === K.G) color.stroke = GRAY;
            else color.fill = GRAY;
          }
          break;
        case K.RG: case K.rg:
          if (numbers(3)) {
            this.setColor(op === K.RG, RGB, num(3), num(2), num(1));
            if (op === K.RG) color.stroke = RGB;
            else color.fill = RGB;
          }
          break;
        case K.K: case K.k:
          if (numbers(4)) {
            this.setColor(op === K.K, CMYK, num(4), num(3), num(2), num(1));
            if (op === K.K) color.stroke = CMYK;
            else color.fill = CMYK;
          }
          break;
        case K.CS: case K.cs: {
          const name = lastName();
          if (!name) break;
          const cs = this.colorSpace(name, resources);
          if (op === K.CS) color.stroke = cs;
          else color.fill = cs;
          break;
        }
        case K.SC: case K.SCN: case K.sc: case K.scn: {
          const stroke = op === K.SC || op === K.SCN;
          const cs = stroke ? color.stroke : color.fill;
          if (cs.kind === 'pattern') break;
          // The numbers given, in order (missing components read as 0).
          const v = [0, 0, 0, 0];
          for (let i = 0, j = 0; i < n && j < 4; i++) if (kinds[i] === NUMBER) v[j++] = vals[i]!;
          this.setColor(stroke, cs, v[0]!, v[1], v[2], v[3]);
          break;
        }
        case K.gs: {
          const name = lastName();
          if (name) this.checkGState(name.name, resources);
          break;
        }
        case K.Do: {
          const name = lastName();
          if (name) this.drawXObject(name.name, resources, color, depth, forms);
          break;
        }
        case K.BI:
          skipInlineImage(lx);
          break;
      }
      n = 0;
    }
    // pdf.js closes what a stream left saved, so that a form's state does not leak out of it.
    for (let i = 0; i < stack.length; i++) this.add(OPS.restore, null);
  }

  private setColor(stroke: boolean, cs: ColorSpace, a: number, b = 0, c = 0, d = 0): void {
    const h = colorHex(cs, a, b, c, d);
    if (h !== null) this.add(stroke ? OPS.setStrokeRGBColor : OPS.setFillRGBColor, [h]);
  }

  /** A graphics state with a soft mask: pdf.js draws the mask's paths into its list. */
  private checkGState(key: string, resources: PdfDict): void {
    let known = this.gstates.get(resources);
    if (!known) this.gstates.set(resources, (known = new Map()));
    let masked = known.get(key);
    if (masked === undefined) {
      const gs = this.file.resolve(this.file.getDict(resources, 'ExtGState')?.get(key));
      const smask = isDict(gs) ? this.file.get(gs, 'SMask') : undefined;
      masked = smask !== undefined && nameOf(smask) !== 'None';
      known.set(key, masked);
    }
    if (masked) throw new Unreadable('soft mask');
  }

  private drawXObject(key: string, resources: PdfDict, color: ColorState, depth: number, forms: Set<PdfStream>): void {
    const table = this.file.getDict(resources, 'XObject');
    const xobj = this.file.resolve(table?.get(key));
    if (table?.has(key) && (xobj === null || xobj === undefined)) throw new Unreadable('XObject not found');
    if (!(xobj instanceof PdfStream) || nameOf(this.file.get(xobj.dict, 'Subtype')) !== 'Form') return;
    if (forms.has(xobj) || depth >= MAX_FORM_DEPTH) throw new Unreadable('form XObject cycle');
    const matrix = this.file.get(xobj.dict, 'Matrix');
    const m = Array.isArray(matrix) && matrix.length === 6 && matrix.every((v) => typeof v === 'number') ? new Float32Array(matrix as number[]) : null;
    this.add(OPS.paintFormXObjectBegin, [m, null]);
    this.painted++;
    const own = this.file.getDict(xobj.dict, 'Resources');
    forms.add(xobj);
    this.run(this.file.streamData(xobj), own ?? resources, color, depth + 1, forms);
    forms.delete(xobj);
    this.add(OPS.paintFormXObjectEnd, null);
  }
}

/** Skips an array or dictionary operand (text arrays, dash patterns, marked-content properties). */
function skipNested(lx: Lexer, open: Tok, close: Tok): void {
  let depth = 1;
  while (depth > 0) {
    const t = lx.next();
    if (t === Tok.EOF) return;
    if (t === open) depth++;
    else if (t === close) depth--;
  }
}

/** `BI <key value…> ID <data> EI`: the data ends at white space, "EI", white space or the end. */
function skipInlineImage(lx: Lexer): void {
  for (;;) {
    const t = lx.next();
    if (t === Tok.EOF) return;
    if (t === Tok.Keyword && lx.code === K.ID) break;
  }
  const b = lx.bytes;
  const white = (c: number | undefined) => c === undefined || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x00 || c === 0x0c;
  for (let i = lx.pos + 1; i + 1 < lx.end; i++) {
    if (b[i] === 0x45 && b[i + 1] === 0x49 && white(b[i - 1]) && white(b[i + 2])) {
      lx.pos = i + 2;
      return;
    }
  }
  lx.pos = lx.end;
}

/**
 * The drawing of one page, or Unreadable. Annotations with appearances are drawn into pdf.js's
 * list (in their own space): such pages are left to pdf.js so that the rulings stay the same.
 */
export function pageDrawing(file: PdfFile, page: PageNode, maxOperators: number): DrawingList {
  const annots = file.get(page.dict, 'Annots');
  if (Array.isArray(annots)) {
    for (const a of annots) {
      const d = file.resolve(a);
      if (isDict(d) && d.has('AP')) throw new Unreadable('annotation appearance');
    }
  }
  const contents = file.get(page.dict, 'Contents');
  // Contents named but not found: something this reader missed (pdf.js may repair it), not an empty page.
  if (page.dict.has('Contents') && (contents === null || contents === undefined)) throw new Unreadable('page contents');
  const streams = Array.isArray(contents) ? contents.map((c) => file.resolve(c)) : contents === undefined || contents === null ? [] : [contents];
  const parts: Uint8Array[] = [];
  for (const s of streams) {
    if (!(s instanceof PdfStream)) throw new Unreadable('page contents');
    parts.push(file.streamData(s));
  }
  // The streams of a page are one stream: a token may continue from one to the next.
  let total = 0;
  for (const p of parts) total += p.length + 1;
  const data = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    at += p.length;
    data[at++] = 0x0a;
  }
  const interpreter = new Interpreter(file, maxOperators);
  interpreter.run(data, page.resources, { fill: GRAY, stroke: GRAY }, 0, new Set());
  return { fnArray: interpreter.fnArray, argsArray: interpreter.argsArray, operators: interpreter.operators };
}
