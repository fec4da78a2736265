// Mapping between PDF user space and display space (the viewport at scale 1, rotation applied).
import type { Box, PdfAnchor } from './types';

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 then m2 (PDF convention: a point is transformed by m1 first). */
export function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m1 as Matrix;
  const [a2, b2, c2, d2, e2, f2] = m2 as Matrix;
  return [a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2, e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2];
}

export function apply(m: readonly number[], x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

export function invert(m: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = m as Matrix;
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** Bounding box in display space of a user-space rectangle given by its corners. */
export function toDisplayBox(viewport: readonly number[], pts: [number, number][]): Box {
  let x0 = Infinity, x1 = -Infinity, top = Infinity, bottom = -Infinity;
  for (const [x, y] of pts) {
    const [dx, dy] = apply(viewport, x, y);
    if (dx < x0) x0 = dx;
    if (dx > x1) x1 = dx;
    if (dy < top) top = dy;
    if (dy > bottom) bottom = dy;
  }
  return { x0, x1, top, bottom };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The user-space anchor of a display-space box. */
export function toAnchor(inverseViewport: readonly number[], page: number, b: Box): PdfAnchor {
  const [ax, ay] = apply(inverseViewport, b.x0, b.top);
  const [bx, by] = apply(inverseViewport, b.x1, b.bottom);
  return { page, x0: round2(Math.min(ax, bx)), y0: round2(Math.min(ay, by)), x1: round2(Math.max(ax, bx)), y1: round2(Math.max(ay, by)) };
}

export function unionBox(boxes: Iterable<Box>): Box | null {
  let out: Box | null = null;
  for (const b of boxes) {
    if (!out) out = { x0: b.x0, x1: b.x1, top: b.top, bottom: b.bottom };
    else {
      out.x0 = Math.min(out.x0, b.x0);
      out.x1 = Math.max(out.x1, b.x1);
      out.top = Math.min(out.top, b.top);
      out.bottom = Math.max(out.bottom, b.bottom);
    }
  }
  return out;
}
