// Why a document could not be checked. Each code has one clear Chinese/English message;
// the CLI prints it on one line and exits 1, the viewer shows it as a state.

export type ExtractErrorCode =
  | 'unreadable' // file missing, download failed
  | 'not-pdf' // claimed PDF, bytes are not
  | 'encrypted' // password-protected PDF
  | 'truncated' // damaged / truncated PDF
  | 'no-text-layer' // scanned PDF: nothing to read
  | 'not-disclosure' // readable, but not a budget / final-account disclosure
  | 'too-complex' // over the work budget (size, pages, operators, decoded bytes, time): refused, never a hang
  | 'unsupported' // a format we do not read
  | 'legacy-doc' // Word 97–2003 .doc: no reader that keeps its tables
  | 'password' // password-protected workbook or Word file
  | 'corrupt' // damaged spreadsheet / Word file
  | 'not-spreadsheet' // claimed .xls/.xlsx, bytes are something else
  | 'too-large'; // over the size or cell limit

const MESSAGES: Record<ExtractErrorCode, { zh: string; en: string }> = {
  unreadable: { zh: '无法读取', en: 'cannot be read' },
  'not-pdf': { zh: '不是PDF文件', en: 'not a PDF file' },
  encrypted: { zh: 'PDF已加密，无法读取', en: 'the PDF is encrypted' },
  truncated: { zh: 'PDF文件已损坏或不完整', en: 'the PDF is damaged or truncated' },
  'no-text-layer': { zh: '无文本层（扫描件），无法核查', en: 'no text layer (scanned) — cannot check' },
  'not-disclosure': { zh: '不是部门预算或决算公开文件', en: 'not a budget or final-account disclosure' },
  'too-complex': { zh: '文件过大或过于复杂，未核查', en: 'the file is too large or too complex to check' },
  unsupported: { zh: '不支持的文件格式', en: 'unsupported format' },
  'legacy-doc': { zh: '旧版Word文件（.doc），请另存为 .docx 或 PDF 后核查', en: 'legacy Word file (.doc): save it as .docx or PDF, then check it' },
  password: { zh: '文件有密码保护，无法读取', en: 'the file is password-protected' },
  corrupt: { zh: '文件已损坏或不完整', en: 'the file is damaged or truncated' },
  'not-spreadsheet': { zh: '不是电子表格文件', en: 'not a spreadsheet' },
  'too-large': { zh: '文件过大，无法核查', en: 'the file is too large to check' },
};

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  readonly detail: string | null;
  constructor(code: ExtractErrorCode, detail: string | null = null) {
    const m = MESSAGES[code];
    super(`${m.zh} (${m.en})${detail ? `: ${detail}` : ''}`);
    this.name = 'ExtractError';
    this.code = code;
    this.detail = detail;
  }
  get messageZh(): string {
    return MESSAGES[this.code].zh + (this.detail ? `：${this.detail}` : '');
  }
}
