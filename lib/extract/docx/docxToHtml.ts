// Word (.docx) bytes → HTML through mammoth: paragraphs stay paragraphs (headings as h1–h6),
// tables stay tables with their merged cells as colspan/rowspan, so the HTML reader does the
// rest exactly as for a page. Images are not inlined (a data: URI per picture would bloat the
// HTML); each becomes an <img> naming its place and type, enough to say that a table is a picture.
import mammoth from 'mammoth';
import { ExtractError } from '../errors';
import { sniffOfficeFormat } from '../officeFormat';

/** A Word disclosure is well under this; larger is a scanned book or not one. */
export const MAX_DOCX_BYTES = 30 * 1024 * 1024;

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  if (bytes.length > MAX_DOCX_BYTES) throw new ExtractError('too-large', `${(bytes.length / 1024 / 1024).toFixed(0)} MB`);
  const format = sniffOfficeFormat(bytes);
  if (format === 'doc') throw new ExtractError('legacy-doc');
  if (format === 'encrypted-ooxml') throw new ExtractError('password');
  if (format !== 'docx') throw new ExtractError(format ? 'unsupported' : 'corrupt');
  let n = 0;
  const convertImage = mammoth.images.imgElement(async (image) => ({ src: `docx-image-${++n}.${image.contentType.split('/')[1] ?? 'img'}` }));
  // Node's mammoth opens `buffer`, its browser build `arrayBuffer`: give both.
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  try {
    const { value } = await mammoth.convertToHtml(input, { convertImage, ignoreEmptyParagraphs: true });
    return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${value}</body></html>`;
  } catch (e) {
    throw new ExtractError('corrupt', (e as Error).message || null);
  }
}
