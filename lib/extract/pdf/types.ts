// Shapes shared by the PDF extractor's stages. Two coordinate systems:
//   user space  — the PDF's own page coordinates (y up), what anchors carry, so a viewer can map
//                 them with the page's viewport whatever its zoom;
//   display     — the page as shown at scale 1 after /Rotate (y down, origin top-left), where
//                 layout analysis happens, so rotated and landscape pages read like portrait ones.
import type { RawDoc } from '../raw';
import type { PageDrawings } from './reader/pageDrawings';
import type { BudgetClock, WorkBudget } from './workBudget';

/** A box on one page, in PDF user space of that page (x0 ≤ x1, y0 ≤ y1). */
export interface PdfAnchor {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What a viewer needs to map anchors onto a rendered page. */
export interface PdfPageInfo {
  page: number;
  /** Viewport size at scale 1, after rotation. */
  width: number;
  height: number;
  /** Page /Rotate in degrees (0, 90, 180, 270). */
  rotation: number;
  /** The page's view box [x0, y0, x1, y1] in user space. */
  view: number[];
}

export interface PdfRawDoc extends RawDoc<PdfAnchor> {
  pageInfo: PdfPageInfo[];
  /** Pages with images but no text (scanned inserts): nothing on them can be checked. */
  imageOnlyPages: number[];
}

export interface ExtractPdfOptions {
  /** Read only these pages (1-based); default all. */
  pages?: number[];
  /**
   * When to read operator lists for ruling lines: 'auto' (pages with table-like text only — the
   * cost model), 'always', or 'never' (text alignment only).
   */
  rulings?: 'auto' | 'always' | 'never';
  /** Pages' drawings read from the content streams (reader/), used for rulings instead of pdf.js's operator lists where given. */
  drawings?: PageDrawings | null;
  /** Called after each page. */
  onProgress?: (done: number, total: number) => void;
  /** Limits of this extraction (workBudget.ts); the defaults apply to what is not given. */
  budget?: Partial<WorkBudget>;
  /** The clock that enforces pages and time (tests inject one with their own `now`). */
  clock?: BudgetClock;
}

/** A text item placed in display space. */
export interface PlacedItem {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Glyph size along the vertical (display) axis. */
  size: number;
  /** Index in the page's item order (the content stream order). */
  order: number;
}

/** Axis-aligned box in display space. */
export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}
