// pdf.js's operator numbers (its OPS table), for reading operator lists — pdf.js's own, or the
// ones the content-stream reader (reader/drawingOps.ts) makes in the same shape.
import type { OpsCodes } from './rulings';

/** pdf.js's OPS numbers. Fixed since pdf.js 2.x; kept here so the core does not import pdf.js itself. */
export const PDFJS_OPS: OpsCodes & { paintImageXObject: number; paintInlineImageXObject: number; paintImageMaskXObject: number; paintInlineImageXObjectGroup: number; paintImageXObjectRepeat: number; paintImageMaskXObjectGroup: number; paintSolidColorImageMask: number } = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  setStrokeTransparent: 92,
  setFillTransparent: 93,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  paintImageMaskXObject: 83,
  paintImageMaskXObjectGroup: 84,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
  paintInlineImageXObjectGroup: 87,
  paintImageXObjectRepeat: 88,
  paintSolidColorImageMask: 90,
};
/** Operators that paint an image (a page with no text that paints one is a scan). */
export const IMAGE_OPS = new Set([83, 84, 85, 86, 87, 88, 89, 90]);
