// The source-independent intermediate form every extractor (html, pdf, text) produces:
// blocks of text and grids of cells in reading order, each carrying an anchor of the
// source's own kind (a DOM node, a PDF page box, a text offset). `assemble` turns a RawDoc
// into the document model; anchors stay beside the model, never inside it.

export interface GridCell<A = unknown> {
  /** Text as displayed (whitespace collapsed, <br> as a space). */
  text: string;
  /** Grid position of the cell that owns this slot: differs from the slot's own for rowspan/colspan. */
  originRow: number;
  originCol: number;
  /** Header hint from the source (<th>, bold, shaded) — a hint only. */
  header?: boolean;
  bold?: boolean;
  /** The cell's column was found by text alignment, with no vertical rule bounding it (a 三线表,
   * a table printed without rules): a header cell's span over its columns is inferred from where
   * its text sits, not drawn. */
  aligned?: true;
  anchor?: A;
}

export interface RawGrid<A = unknown> {
  type: 'grid';
  /** Fully resolved grid: every slot present; spans repeat their origin cell's text. */
  rows: GridCell<A>[][];
  page: number | null;
  pageEnd?: number | null;
}

export interface RawText<A = unknown> {
  type: 'text';
  text: string;
  page: number | null;
  /** Heading level when the source marks one (h1–h6, markdown #). */
  heading?: number;
  /** Horizontal alignment when known (titles are centred, units right-aligned). */
  align?: 'left' | 'center' | 'right';
  anchor?: A;
}

export type RawBlock<A = unknown> = RawGrid<A> | RawText<A>;

/** A picture in the document's body (an <img> of content size, a PDF page that is only an image):
 * where tables published as pictures show up. Plain data, no anchor: it crosses to the worker as is. */
export interface RawImage {
  src: string;
  alt?: string;
  page: number | null;
}

/** 'sheet': a workbook (.xlsx/.xls/.et); 'docx': a Word file read through its HTML. */
export type RawFormat = 'pdf' | 'html' | 'text' | 'sheet' | 'docx';

export interface RawDoc<A = unknown> {
  source: string;
  format: RawFormat;
  /** Page title (<title>, PDF metadata) when there is one. */
  title?: string | null;
  pages?: number | null;
  blocks: RawBlock<A>[];
  /** Content pictures in reading order; absent when the extractor does not look for them. */
  images?: RawImage[];
  /** Pages read that show neither text nor a picture (PDF): a blank page, or rulings with no text. */
  blankPages?: number[];
}

/** Where each model element came from, keyed by `cellKey` / text offsets. */
export interface AnchorIndex<A = unknown> {
  cells: Map<string, A>;
  /** Narrative text ranges (offsets into narrative.text) and the block each came from. */
  text: { start: number; end: number; anchor: A }[];
}

export const cellKey = (table: string, row: number, col: number): string => `${table}:${row}:${col}`;
/** Key for a row's label / code cell (col -1 = label, -2 = code). */
export const LABEL_COL = -1;
export const CODE_COL = -2;
