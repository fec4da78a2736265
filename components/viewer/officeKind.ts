// Which reader an attachment needs, from its file name or URL path, or from its first bytes when
// the name says nothing ("download.jsp?id=3"): the viewer opens workbooks and Word files in its
// table view and everything else as a PDF.
import { sniffOfficeFormat } from '../../lib/extract/officeFormat';
export type OfficeKind = 'sheet' | 'docx' | 'doc';

export function officeKindOf(nameOrUrl: string): OfficeKind | null {
  let path = nameOrUrl;
  try {
    path = decodeURIComponent(new URL(nameOrUrl).pathname);
  } catch {
    // a bare file name (a dropped or picked local file)
  }
  const ext = /\.([a-z]+)$/i.exec(path.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xls' || ext === 'et') return 'sheet';
  if (ext === 'docx') return 'docx';
  if (ext === 'doc') return 'doc';
  return null;
}

export function officeKindOfBytes(bytes: Uint8Array): OfficeKind | null {
  switch (sniffOfficeFormat(bytes)) {
    case 'xlsx':
    case 'xls':
    case 'spreadsheet-xml':
    case 'encrypted-ooxml': // a protected workbook or Word file: the sheet reader says so
      return 'sheet';
    case 'docx':
      return 'docx';
    case 'doc':
      return 'doc';
    default:
      return null;
  }
}

/** What the viewer's file picker offers: PDFs, workbooks, Word files. */
export const VIEWER_ACCEPT = 'application/pdf,.pdf,.xlsx,.xls,.et,.docx,.doc';
