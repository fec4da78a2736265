// Spreadsheet and Word attachments (.xlsx .xls .docx). The readers live in lib/extract/sheet and
// lib/extract/docx (in progress elsewhere); this is the one place the CLI connects them. Until
// then such inputs are one clear error and the batch goes on.
import type { DocModel } from '../lib/report/schema';
import type { OfficeExtension } from './loadInput';

export class NotYetSupported extends Error {
  constructor(readonly extension: OfficeExtension) {
    super(`format not supported yet (.${extension})`);
    this.name = 'NotYetSupported';
  }
  get messageZh(): string {
    return `暂不支持此格式（.${this.extension}）`;
  }
}

export async function extractOffice(_bytes: Uint8Array, _source: string, extension: OfficeExtension): Promise<DocModel> {
  throw new NotYetSupported(extension);
}
