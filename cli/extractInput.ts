// Node side of extraction: picks the extractor by format. The extractors themselves are in
// lib/ and shared with the extension; only loading (linkedom, pdf.js legacy build) is Node-specific.
import type { DocModel } from '../lib/report/schema';
import { extractText } from '../lib/extract/index';
import { extractHtml } from '../lib/extract/html/index';
import { extractPdfNode } from '../lib/extract/pdf/loadNode';
import { extractSheet } from '../lib/extract/sheet/index';
import { extractDocx } from '../lib/extract/docx/index';
import { decodeText, type LoadedInput } from './loadInput';

export async function extractInput(input: LoadedInput): Promise<DocModel> {
  switch (input.format) {
    case 'text':
      return extractText(decodeText(input.bytes), input.source).doc;
    case 'html':
      return extractHtml(decodeText(input.bytes), input.source).doc;
    case 'pdf':
      return (await extractPdfNode(input.bytes, input.source)).doc;
    case 'sheet':
      return extractSheet(input.bytes, input.source).doc;
    case 'docx':
      return (await extractDocx(input.bytes, input.source)).doc;
  }
}
