// A PDF anchor (user space, y up) → a box in CSS pixels on the page as rendered at `scale`,
// following pdf.js's PageViewport transform (rotation, view box offset), without importing pdf.js.
import type { PdfAnchor, PdfPageInfo } from '../extract/pdf/types';

export interface CssRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** pdf.js's viewport matrix for a page at `scale` (same formula as PageViewport). */
export function viewportTransform(info: Pick<PdfPageInfo, 'view' | 'rotation'>, scale: number): number[] {
  const [vx0 = 0, vy0 = 0, vx1 = 0, vy1 = 0] = info.view;
  const cx = (vx1 + vx0) / 2;
  const cy = (vy1 + vy0) / 2;
  const rotation = ((info.rotation % 360) + 360) % 360;
  const ROT: Record<number, [number, number, number, number]> = { 0: [1, 0, 0, -1], 90: [0, 1, 1, 0], 180: [-1, 0, 0, 1], 270: [0, -1, -1, 0] };
  const [a, b, c, d] = ROT[rotation] ?? [1, 0, 0, -1];
  const sideways = a === 0;
  const offX = sideways ? Math.abs(cy - vy0) * scale : Math.abs(cx - vx0) * scale;
  const offY = sideways ? Math.abs(cx - vx0) * scale : Math.abs(cy - vy0) * scale;
  return [a * scale, b * scale, c * scale, d * scale, offX - a * scale * cx - c * scale * cy, offY - b * scale * cx - d * scale * cy];
}

export function pdfAnchorRect(anchor: PdfAnchor, info: Pick<PdfPageInfo, 'view' | 'rotation'>, scale: number): CssRect {
  const m = viewportTransform(info, scale);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [anchor.x0, anchor.y0],
    [anchor.x1, anchor.y1],
  ] as const) {
    xs.push(m[0]! * x + m[2]! * y + m[4]!);
    ys.push(m[1]! * x + m[3]! * y + m[5]!);
  }
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { left, top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}
