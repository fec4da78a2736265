// Hostile PDFs for the work-budget tests and the fuzz script, built small on the fly (issue 14):
// each is tiny on disk and asks pdf.js for unbounded work or memory.
import { constants, deflateRawSync } from 'node:zlib';
import { line, makePdf, text } from './makePdf';

/** A text line to make the page look like a document (so a hang, not "no text", is what shows). */
const heading = text(72, 780, 12, 'Budget 2025');

/** `depth` nested `q` (save) operators around one text line, Flate-compressed: a few KB. */
export function nestedSavesPdf(depth = 30_000): Uint8Array {
  return makePdf([{ compress: true, content: [heading, 'q\n'.repeat(depth), text(72, 700, 12, '100.00 200.00 300.00'), 'Q\n'.repeat(depth)] }]);
}

/** `segments` stroked line segments (one path) on a page whose text looks like a table. */
export function lineSegmentsPdf(segments = 1_000_000): Uint8Array {
  const parts: string[] = [heading, text(72, 760, 10, '1 2 3 4'), text(72, 740, 10, '5 6 7 8'), '0.5 w'];
  for (let i = 0; i < segments; i++) {
    const y = 100 + (i % 600);
    parts.push(`${72 + (i % 400)} ${y} m ${80 + (i % 400)} ${y} l`);
  }
  parts.push('S');
  return makePdf([{ compress: true, content: parts }]);
}

/**
 * A compression bomb: one page whose content stream inflates to about `inflatedBytes` of spaces
 * (default 1 GB) from about a thousandth of that. Built without compressing a gigabyte: one
 * fully flushed deflate block of 16 MB of spaces, repeated, then the final block (pdf.js does not
 * check the Adler-32 trailer; a stricter reader would call the stream damaged, which is fine).
 */
export function flateBombPdf(inflatedBytes = 1_000_000_000): Uint8Array {
  const block = 16 * 1024 * 1024;
  const body = deflateRawSync(Buffer.alloc(block, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [Buffer.from([0x78, 0x9c])];
  for (let done = 0; done < inflatedBytes; done += block) parts.push(body);
  parts.push(deflateRawSync(Buffer.alloc(0)), Buffer.alloc(4));
  return makePdf([{ content: [heading], rawStream: { filter: 'FlateDecode', data: Buffer.concat(parts) } }]);
}
