// Which office format a file is, from its bytes (names and content types lie: government sites
// serve HTML as .xls and workbooks as application/octet-stream). A zip is OOXML when it holds
// xl/ (workbook) or word/ (document); a compound file (CFB) is a legacy workbook when it holds a
// Workbook/Book stream, a .doc when it holds WordDocument, and an encrypted OOXML package when it
// holds EncryptionInfo (that is how Office stores a password-protected .xlsx/.docx).

export type OfficeFormat = 'xlsx' | 'xls' | 'docx' | 'doc' | 'encrypted-ooxml' | 'spreadsheet-xml';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** Latin-1 view of the bytes: one char per byte, so byte patterns are found with indexOf. */
const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);
/** A CFB directory name as stored: UTF-16LE. */
const utf16 = (name: string): string => name.split('').join('\0') + '\0';

export function sniffOfficeFormat(bytes: Uint8Array): OfficeFormat | null {
  if (startsWith(bytes, ZIP)) {
    // Entry names are stored in clear in local headers and the central directory.
    const s = latin1(bytes);
    if (s.includes('xl/workbook.xml') || s.includes('xl/workbook.bin')) return 'xlsx';
    if (s.includes('word/document.xml')) return 'docx';
    return null;
  }
  if (startsWith(bytes, CFB)) {
    const s = latin1(bytes);
    if (s.includes(utf16('EncryptionInfo')) || s.includes(utf16('EncryptedPackage'))) return 'encrypted-ooxml';
    // Most specific name first: document text can be UTF-16 too, and "Book" is a common word.
    if (s.includes(utf16('Workbook'))) return 'xls';
    if (s.includes(utf16('WordDocument'))) return 'doc';
    if (s.includes(utf16('Book'))) return 'xls'; // BIFF5 (Excel 95)
    return null;
  }
  const head = latin1(bytes.subarray(0, 2048));
  if (/^(\ufeff|ï»¿)?\s*<\?xml[^>]*>[\s\S]*urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return 'spreadsheet-xml';
  return null;
}

/** File extensions of the office formats we read or name. */
export const SHEET_EXTENSIONS = ['.xlsx', '.xls', '.et', '.xlsm'] as const;
export const WORD_EXTENSIONS = ['.docx', '.doc', '.wps'] as const;
