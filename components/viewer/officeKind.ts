// Which reader an attachment needs, from its file name or URL path: the viewer opens workbooks and
// Word files in its table view and everything else as a PDF.
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

/** What the viewer's file picker offers: PDFs, workbooks, Word files. */
export const VIEWER_ACCEPT = 'application/pdf,.pdf,.xlsx,.xls,.et,.docx,.doc';
