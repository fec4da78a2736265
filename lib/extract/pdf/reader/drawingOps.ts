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
import { isDict, Lexer, nameOf, type PdfDict, PdfName, type PdfObject, PdfStream, readObject, Tok, Unreadable } from './pdfSyntax';

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

const PAINT: Record<string, number> = {
  S: OPS.stroke,
  s: OPS.closeStroke,
  f: OPS.fill,
  F: OPS.fill,
  'f*': OPS.eoFill,
  B: OPS.fillStroke,
  'B*': OPS.eoFillStroke,
  b: OPS.closeFillStroke,
  'b*': OPS.closeEOFillStroke,
};
const CLOSING = new Set(['s', 'b', 'b*']);
// Path operators from pdf.js's DrawOPS: moveTo 0, lineTo 1, curveTo 2, closePath 4.
const MOVE = 0, LINE = 1, CURVE = 2, CLOSE = 4;

/** Channels 0–255 as a pdf.js colour reads (clamped, rounded), then "#rrggbb". */
function hex(r: number, g: number, b: number): string {
  const h = (v: number) => Math.min(255, Math.max(0, Math.round(Number.isFinite(v) ? v : 0))).toString(16).padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}

function colorHex(cs: ColorSpace, args: readonly unknown[]): string | null {
  const n = (i: number) => (typeof args[i] === 'number' ? (args[i] as number) : 0);
  switch (cs.kind) {
    case 'gray':
      return hex(n(0) * 255, n(0) * 255, n(0) * 255);
    case 'rgb':
      return hex(n(0) * 255, n(1) * 255, n(2) * 255);
    case 'cmyk': {
      // Only whether a colour is near white matters here: (1 − c)(1 − k) per channel.
      const k = 1 - n(3);
      return hex((1 - n(0)) * k * 255, (1 - n(1)) * k * 255, (1 - n(2)) * k * 255);
    }
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
  private readonly spaces = new Map<PdfObject, ColorSpace>();

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
    const operands: unknown[] = [];
    const stack: ColorState[] = [];
    let color: ColorState = { ...initial };
    let path: number[] = [];
    let cx = 0, cy = 0;
    const num = (i: number): number => operands[operands.length - i] as number;
    /** pdf.js's rule: the last `count` operands, all numbers, or the operator is skipped. */
    const numbers = (count: number): boolean => {
      if (operands.length < count) return false;
      for (let i = 1; i <= count; i++) if (typeof operands[operands.length - i] !== 'number') return false;
      return true;
    };
    for (;;) {
      const tok = lx.next();
      if (tok === Tok.EOF) break;
      if (tok === Tok.Number) {
        operands.push(lx.num);
        continue;
      }
      if (tok === Tok.Name) {
        operands.push(new PdfName(lx.text));
        continue;
      }
      if (tok === Tok.String) {
        operands.push(null);
        continue;
      }
      if (tok === Tok.ArrayStart) {
        skipArray(lx);
        operands.push(null);
        continue;
      }
      if (tok === Tok.DictStart) {
        operands.push(readObject(lx, tok) ?? null);
        continue;
      }
      if (tok !== Tok.Keyword) continue;
      const op = lx.text;
      if (op === 'true' || op === 'false' || op === 'null') {
        operands.push(null);
        continue;
      }
      if (++this.operators > this.maxOperators) return; // the caller refuses the page
      if (operands.length > MAX_OPERANDS) throw new Unreadable('too many operands');
      switch (op) {
        case 'q':
          stack.push(color);
          color = { ...color };
          this.add(OPS.save, null);
          break;
        case 'Q':
          color = stack.pop() ?? color;
          this.add(OPS.restore, null);
          break;
        case 'cm':
          if (numbers(6)) this.add(OPS.transform, operands.slice(-6));
          break;
        case 're':
          if (numbers(4)) {
            const x = num(4), y = num(3);
            const xw = num(4) + num(2), yh = num(3) + num(1);
            if (num(2) === 0 || num(1) === 0) path.push(MOVE, x, y, LINE, xw, yh, CLOSE);
            else path.push(MOVE, x, y, LINE, xw, y, LINE, xw, yh, LINE, x, yh, CLOSE);
            cx = num(4);
            cy = num(3);
          }
          break;
        case 'm':
        case 'l':
          if (numbers(2)) {
            cx = num(2);
            cy = num(1);
            path.push(op === 'm' ? MOVE : LINE, cx, cy);
          }
          break;
        case 'c':
          if (numbers(6)) {
            path.push(CURVE, num(6), num(5), num(4), num(3), num(2), num(1));
            cx = num(2);
            cy = num(1);
          }
          break;
        case 'v':
          if (numbers(4)) {
            path.push(CURVE, cx, cy, num(4), num(3), num(2), num(1));
            cx = num(2);
            cy = num(1);
          }
          break;
        case 'y':
          if (numbers(4)) {
            path.push(CURVE, num(4), num(3), num(2), num(1), num(2), num(1));
            cx = num(2);
            cy = num(1);
          }
          break;
        case 'h':
          path.push(CLOSE);
          break;
        case 'n':
          path = [];
          break;
        case 'S': case 's': case 'f': case 'F': case 'f*': case 'B': case 'B*': case 'b': case 'b*':
          if (CLOSING.has(op)) path.push(CLOSE);
          if (path.length) this.add(OPS.constructPath, [PAINT[op], [new Float32Array(path)], null]);
          path = [];
          break;
        case 'G': case 'g':
          if (numbers(1)) {
            this.setColor(op === 'G', GRAY, operands.slice(-1));
            if (op === 'G') color.stroke = GRAY;
            else color.fill = GRAY;
          }
          break;
        case 'RG': case 'rg':
          if (numbers(3)) {
            this.setColor(op === 'RG', RGB, operands.slice(-3));
            if (op === 'RG') color.stroke = RGB;
            else color.fill = RGB;
          }
          break;
        case 'K': case 'k':
          if (numbers(4)) {
            this.setColor(op === 'K', CMYK, operands.slice(-4));
            if (op === 'K') color.stroke = CMYK;
            else color.fill = CMYK;
          }
          break;
        case 'CS': case 'cs': {
          if (operands.length < 1) break;
          const cs = this.colorSpace(operands[operands.length - 1] as PdfObject, resources);
          if (op === 'CS') color.stroke = cs;
          else color.fill = cs;
          break;
        }
        case 'SC': case 'SCN': case 'sc': case 'scn': {
          const stroke = op === 'SC' || op === 'SCN';
          const cs = stroke ? color.stroke : color.fill;
          if (cs.kind === 'pattern') break;
          this.setColor(stroke, cs, operands.filter((o) => typeof o === 'number'));
          break;
        }
        case 'gs':
          if (operands.length >= 1) this.checkGState(operands[operands.length - 1], resources);
          break;
        case 'Do':
          if (operands.length >= 1) this.drawXObject(operands[operands.length - 1], resources, color, depth, forms);
          break;
        case 'BI':
          skipInlineImage(lx);
          break;
      }
      operands.length = 0;
    }
    // pdf.js closes what a stream left saved, so that a form's state does not leak out of it.
    for (let i = 0; i < stack.length; i++) this.add(OPS.restore, null);
  }

  private setColor(stroke: boolean, cs: ColorSpace, args: readonly unknown[]): void {
    const h = colorHex(cs, args);
    if (h !== null) this.add(stroke ? OPS.setStrokeRGBColor : OPS.setFillRGBColor, [h]);
  }

  /** A graphics state with a soft mask: pdf.js draws the mask's paths into its list. */
  private checkGState(name: unknown, resources: PdfDict): void {
    const key = nameOf(name);
    if (key === null) return;
    const table = this.file.getDict(resources, 'ExtGState');
    const gs = this.file.resolve(table?.get(key));
    if (!isDict(gs)) return;
    const smask = this.file.get(gs, 'SMask');
    if (smask !== undefined && nameOf(smask) !== 'None') throw new Unreadable('soft mask');
  }

  private drawXObject(name: unknown, resources: PdfDict, color: ColorState, depth: number, forms: Set<PdfStream>): void {
    const key = nameOf(name);
    if (key === null) return;
    const table = this.file.getDict(resources, 'XObject');
    const xobj = this.file.resolve(table?.get(key));
    if (!(xobj instanceof PdfStream) || nameOf(this.file.get(xobj.dict, 'Subtype')) !== 'Form') return;
    if (forms.has(xobj) || depth >= MAX_FORM_DEPTH) throw new Unreadable('form XObject cycle');
    const matrix = this.file.get(xobj.dict, 'Matrix');
    const m = Array.isArray(matrix) && matrix.length === 6 && matrix.every((v) => typeof v === 'number') ? new Float32Array(matrix as number[]) : null;
    this.add(OPS.paintFormXObjectBegin, [m, null]);
    const own = this.file.getDict(xobj.dict, 'Resources');
    forms.add(xobj);
    this.run(this.file.streamData(xobj), own ?? resources, color, depth + 1, forms);
    forms.delete(xobj);
    this.add(OPS.paintFormXObjectEnd, null);
  }
}

/** Skips a `[ … ]` operand (text arrays, dash patterns): nothing in it matters for rulings. */
function skipArray(lx: Lexer): void {
  let depth = 1;
  while (depth > 0) {
    const t = lx.next();
    if (t === Tok.EOF) return;
    if (t === Tok.ArrayStart) depth++;
    else if (t === Tok.ArrayEnd) depth--;
  }
}

/** `BI <key value…> ID <data> EI`: the data ends at white space, "EI", white space or the end. */
function skipInlineImage(lx: Lexer): void {
  for (;;) {
    const t = lx.next();
    if (t === Tok.EOF) return;
    if (t === Tok.Keyword && lx.text === 'ID') break;
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
