// Ruling lines from a page's operator list. In pdf.js 5.x a path arrives as one `constructPath`
// op with args [paintOp, [Float32Array of (op, coords…)], minMax], path ops moveTo=0 lineTo=1
// curveTo=2 quadraticCurveTo=3 closePath=4, coordinates in the *current* user space: the CTM
// (cm, save/restore, form XObject matrices) must be tracked here. Rules come either stroked
// (lines, stroked rectangles) or as thin filled boxes (`re f`, Chromium/Skia and WPS borders).
// Read operator lists before rendering anything: rendering rewrites these arrays in place.
import { apply, IDENTITY, type Matrix, multiply } from './pageGeometry';

/** A horizontal or vertical rule in display space: `pos` is y (horizontal) or x (vertical). */
export interface Segment {
  pos: number;
  from: number;
  to: number;
}

export interface Rulings {
  horizontal: Segment[];
  vertical: Segment[];
}

/** The OPS codes we read (from pdf.js's OPS table, passed in so this file needs no pdf.js import). */
export interface OpsCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  setStrokeTransparent: number;
  setFillTransparent: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** Thickest box that still counts as a rule when filled (points). */
const MAX_RULE_THICKNESS = 3;
/** Shortest rule kept (points): shorter marks are glyph parts, bullets, underlines of a letter. */
const MIN_RULE_LENGTH = 4;
const AXIS_TOLERANCE = 0.8;

interface GState {
  ctm: Matrix;
  strokeVisible: boolean;
  fillVisible: boolean;
}

/** White or near-white paint draws nothing visible on paper: not a rule. */
function visibleColor(hex: unknown): boolean {
  if (typeof hex !== 'string' || !/^#[0-9a-f]{6}$/i.test(hex)) return true;
  const v = parseInt(hex.slice(1), 16);
  return ((v >> 16) & 255) < 235 || ((v >> 8) & 255) < 235 || (v & 255) < 235;
}

export function extractRulings(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: OpsCodes,
  viewport: readonly number[],
): Rulings {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  const stack: GState[] = [];
  let gs: GState = { ctm: IDENTITY, strokeVisible: true, fillVisible: true };
  const strokeOps = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fillOps = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);

  const addLine = (x1: number, y1: number, x2: number, y2: number, m: Matrix): void => {
    const [ax, ay] = apply(m, x1, y1);
    const [bx, by] = apply(m, x2, y2);
    if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) >= MIN_RULE_LENGTH) {
      horizontal.push({ pos: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) >= MIN_RULE_LENGTH) {
      vertical.push({ pos: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
    }
  };
  const addFilledBox = (pts: [number, number][], m: Matrix): void => {
    const d = pts.map(([x, y]) => apply(m, x, y));
    const xs = d.map((p) => p[0]), ys = d.map((p) => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    // Only axis-aligned boxes: the four corners share two x and two y values.
    const axisAligned = d.every(([x, y]) => (Math.abs(x - x0) < 0.5 || Math.abs(x - x1) < 0.5) && (Math.abs(y - y0) < 0.5 || Math.abs(y - y1) < 0.5));
    if (!axisAligned) return;
    const w = x1 - x0, h = y1 - y0;
    if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) horizontal.push({ pos: (y0 + y1) / 2, from: x0, to: x1 });
    else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) vertical.push({ pos: (x0 + x1) / 2, from: y0, to: y1 });
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case ops.save:
        stack.push(gs);
        gs = { ...gs };
        break;
      case ops.restore:
        gs = stack.pop() ?? gs;
        break;
      case ops.transform:
        gs.ctm = multiply(args as number[], gs.ctm);
        break;
      case ops.paintFormXObjectBegin: {
        stack.push(gs);
        gs = { ...gs };
        const matrix = args?.[0] as number[] | null | undefined;
        if (matrix && matrix.length === 6) gs.ctm = multiply(matrix, gs.ctm);
        break;
      }
      case ops.paintFormXObjectEnd:
        gs = stack.pop() ?? gs;
        break;
      case ops.setStrokeRGBColor:
        gs.strokeVisible = visibleColor(args?.[0]);
        break;
      case ops.setFillRGBColor:
        gs.fillVisible = visibleColor(args?.[0]);
        break;
      case ops.setStrokeTransparent:
        gs.strokeVisible = false;
        break;
      case ops.setFillTransparent:
        gs.fillVisible = false;
        break;
      case ops.constructPath: {
        const paintOp = args?.[0] as number;
        const stroke = strokeOps.has(paintOp) && gs.strokeVisible;
        const fill = fillOps.has(paintOp) && gs.fillVisible;
        if (!stroke && !fill) break;
        const data = (args?.[1] as ArrayLike<number>[] | undefined)?.[0];
        if (!data) break;
        const m = multiply(gs.ctm, viewport);
        // Walk subpaths: collect straight segments for strokes, corner lists for fills.
        let cx = 0, cy = 0, sx = 0, sy = 0;
        let poly: [number, number][] = [];
        let curved = false;
        const endSub = (): void => {
          if (fill && !curved && (poly.length === 4 || (poly.length === 5 && poly[0]![0] === poly[4]![0] && poly[0]![1] === poly[4]![1]))) {
            addFilledBox(poly.slice(0, 4), m);
          }
          poly = [];
          curved = false;
        };
        for (let k = 0; k < data.length; ) {
          const op = data[k]!;
          if (op === 0) {
            endSub();
            cx = sx = data[k + 1]!;
            cy = sy = data[k + 2]!;
            poly.push([cx, cy]);
            k += 3;
          } else if (op === 1) {
            const x = data[k + 1]!, y = data[k + 2]!;
            if (stroke) addLine(cx, cy, x, y, m);
            cx = x;
            cy = y;
            poly.push([cx, cy]);
            k += 3;
          } else if (op === 2) {
            cx = data[k + 5]!;
            cy = data[k + 6]!;
            curved = true;
            k += 7;
          } else if (op === 3) {
            cx = data[k + 3]!;
            cy = data[k + 4]!;
            curved = true;
            k += 5;
          } else if (op === 4) {
            if (stroke && (cx !== sx || cy !== sy)) addLine(cx, cy, sx, sy, m);
            cx = sx;
            cy = sy;
            k += 1;
          } else {
            break; // unknown op: stop reading this path rather than misread coordinates
          }
        }
        endSub();
        break;
      }
    }
  }
  return { horizontal: mergeSegments(horizontal), vertical: mergeSegments(vertical) };
}

/** Merge rules on (nearly) the same position whose extents touch or overlap. */
export function mergeSegments(segs: Segment[], posTol = 1.5, gapTol = 2): Segment[] {
  const sorted = [...segs].sort((a, b) => a.pos - b.pos);
  const groups: Segment[][] = [];
  for (const s of sorted) {
    const g = groups[groups.length - 1];
    if (g && s.pos - g[0]!.pos <= posTol) g.push(s);
    else groups.push([s]);
  }
  const out: Segment[] = [];
  for (const g of groups) {
    const pos = g.reduce((acc, s) => acc + s.pos, 0) / g.length;
    const spans = g.map((s) => [s.from, s.to] as [number, number]).sort((a, b) => a[0] - b[0]);
    let [from, to] = spans[0]!;
    for (const [f, t] of spans.slice(1)) {
      if (f <= to + gapTol) to = Math.max(to, t);
      else {
        out.push({ pos, from, to });
        [from, to] = [f, t];
      }
    }
    out.push({ pos, from, to });
  }
  return out;
}
