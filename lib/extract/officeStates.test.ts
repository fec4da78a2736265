// Office files that cannot be checked each get one clear state, never a crash or a half-read
// document: not a spreadsheet, password-protected, damaged, too large, a legacy .doc.
import { readFileSync } from 'node:fs';
import { CFB, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/shared';
import { extractDocx } from './docx/index';
import { ExtractError, type ExtractErrorCode } from './errors';
import { sniffOfficeFormat } from './officeFormat';
import { extractSheet } from './sheet/index';
import { MAX_SHEET_BYTES } from './sheet/readWorkbook';

const hostile = (name: string) => new Uint8Array(readFileSync(fixturePath('hostile', name)));
const office = (name: string) => new Uint8Array(readFileSync(fixturePath('office', name)));

async function codeOf(f: () => unknown): Promise<ExtractErrorCode | 'no error'> {
  try {
    await f();
  } catch (e) {
    if (e instanceof ExtractError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('office formats are told apart by their bytes', () => {
  it('names each generated file by what it is, whatever it is called', () => {
    expect(sniffOfficeFormat(office('001-sample.xlsx'))).toBe('xlsx');
    expect(sniffOfficeFormat(office('001-sample.xls'))).toBe('xls');
    expect(sniffOfficeFormat(office('001-sample.docx'))).toBe('docx');
    expect(sniffOfficeFormat(hostile('legacy.doc'))).toBe('doc');
    expect(sniffOfficeFormat(hostile('encrypted.xlsx'))).toBe('encrypted-ooxml');
    expect(sniffOfficeFormat(hostile('not-a-workbook.xlsx'))).toBeNull();
    expect(sniffOfficeFormat(hostile('truncated.pdf'))).toBeNull();
  });
});

describe('workbooks that cannot be checked', () => {
  it('not a spreadsheet: a PDF, an HTML page, a zip of something else, a Word file', async () => {
    for (const bytes of [hostile('truncated.pdf'), hostile('news-table.html'), hostile('not-a-workbook.xlsx')]) {
      expect(await codeOf(() => extractSheet(bytes, 'x.xlsx'))).toBe('not-spreadsheet');
    }
    expect(await codeOf(() => extractSheet(office('001-sample.docx'), 'x.xlsx'))).toBe('unsupported');
  });
  it('password-protected', async () => {
    expect(await codeOf(() => extractSheet(hostile('encrypted.xlsx'), 'x.xlsx'))).toBe('password');
  });
  it('damaged: the first 60% of a real workbook', async () => {
    expect(await codeOf(() => extractSheet(hostile('truncated.xlsx'), 'x.xlsx'))).toBe('corrupt');
  });
  it('too large: over the byte limit, or a small file whose used range is a whole sheet', async () => {
    expect(await codeOf(() => extractSheet(new Uint8Array(MAX_SHEET_BYTES + 1), 'x.xlsx'))).toBe('too-large');
    const bytes = farCellWorkbook();
    expect(bytes.length).toBeLessThan(20_000);
    expect(await codeOf(() => extractSheet(bytes, 'x.xlsx'))).toBe('too-large');
  });
  it('each state has one Chinese line', () => {
    expect(new ExtractError('password').messageZh).toBe('文件有密码保护，无法读取');
    expect(new ExtractError('legacy-doc').messageZh).toContain('请另存为 .docx 或 PDF 后核查');
  });
});

describe('Word files that cannot be checked', () => {
  it('a legacy .doc says to save it as .docx or PDF', async () => {
    expect(await codeOf(() => extractDocx(hostile('legacy.doc'), 'x.doc'))).toBe('legacy-doc');
  });
  it('password-protected, damaged, or not a Word file', async () => {
    expect(await codeOf(() => extractDocx(hostile('encrypted.xlsx'), 'x.docx'))).toBe('password');
    const docx = office('001-sample.docx');
    expect(await codeOf(() => extractDocx(docx.subarray(0, Math.floor(docx.length * 0.6)), 'x.docx'))).toBe('corrupt');
    expect(await codeOf(() => extractDocx(office('001-sample.xlsx'), 'x.docx'))).toBe('unsupported');
  });
});

/** A 16 KB workbook whose one sheet has text in A1 and in XFD1048576, the last cell Excel has:
 * resolving it would mean 17 billion slots. Written small, then the far cell patched into the XML
 * (SheetJS's writer would walk the whole range). */
function farCellWorkbook(): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([['部门收支总体情况表']]), '表1');
  const zip = CFB.read(new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), { type: 'array' });
  const entry = zip.FileIndex[zip.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'))]!;
  const xml = new TextDecoder()
    .decode(entry.content as Uint8Array)
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
    .replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>尾</t></is></c></row></sheetData>');
  entry.content = new TextEncoder().encode(xml) as unknown as typeof entry.content;
  return new Uint8Array(CFB.write(zip, { type: 'array', fileType: 'zip' }) as ArrayLike<number>);
}
