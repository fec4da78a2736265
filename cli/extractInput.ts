// Node side of extraction: picks the extractor by format. The extractors themselves are in
// lib/ and shared with the extension; only loading (linkedom, pdf.js legacy build) is Node-specific.
// Each extractor is imported when the first input of its format arrives: a batch of HTML pages
// never loads pdf.js, `--help` loads neither.
import type { DocModel } from '../lib/report/schema';
import { decodeText, type LoadedInput } from './loadInput';

export interface ExtractOptions {
  /** The built thread script that reads a PDF's ruling lines on another core (one document at a time only). */
  drawingsWorker?: URL;
}

export async function extractInput(input: LoadedInput, options: ExtractOptions = {}): Promise<DocModel> {
  switch (input.format) {
    case 'text': {
      const { extractText } = await import('../lib/extract/index');
      return extractText(decodeText(input.bytes), input.source).doc;
    }
    case 'html': {
      const { extractHtml } = await import('../lib/extract/html/index');
      return extractHtml(decodeText(input.bytes), input.source).doc;
    }
    case 'pdf': {
      const { extractPdfNode } = await import('../lib/extract/pdf/loadNode');
      return (await extractPdfNode(input.bytes, input.source, { drawingsWorker: options.drawingsWorker })).doc;
    }
    case 'sheet': {
      const { extractSheet } = await import('../lib/extract/sheet/index');
      return extractSheet(input.bytes, input.source).doc;
    }
    case 'docx': {
      const { extractDocx } = await import('../lib/extract/docx/index');
      return (await extractDocx(input.bytes, input.source)).doc;
    }
  }
}
