// The file "生成检查表" downloads: its name, and its content built from the report a page actually
// holds (seed 001 through the page path: lib/page/worker/pagePayload drops cell values, labels
// and English messages) — read back with SheetJS, it is the sheet the CLI writes for the whole report.
import { readFileSync } from 'node:fs';
import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { extractHtmlRaw } from '../../lib/extract/html/extractHtmlRaw';
import { parseHtmlNode } from '../../lib/extract/html/parseHtmlNode';
import { checkRaw } from '../../lib/page/worker/checkRaw';
import { pagePayload } from '../../lib/page/worker/pagePayload';
import { detachAnchors } from '../../lib/page/transferableRaw';
import type { Report } from '../../lib/report/schema';
import { inspectionSheet } from '../../lib/sheet/inspectionSheet';
import { sheetsToXlsx } from '../../lib/sheet/writeSheet';
import { fixturePath } from '../../tests/shared';
import { inspectionSheetFile, sheetFileName } from './inspectionSheetFile';

const rowsOf = (bytes: Uint8Array): string[][] => {
  const wb = read(bytes);
  return utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, defval: '' });
};

describe('sheetFileName', () => {
  const base = { source: 'http://czj.example.gov.cn/html/001.html', title: null, department: null, year: null };
  it('names the department and the year', () => {
    expect(sheetFileName({ ...base, department: '柳州市工业和信息化局', year: 2025 })).toBe('检查表-柳州市工业和信息化局-2025.xlsx');
  });
  it('falls back to the document title, then the file name, and leaves out an unknown year', () => {
    expect(sheetFileName({ ...base, title: '上海市普陀区司法局2026年部门预算', year: 2026 })).toBe('检查表-上海市普陀区司法局2026年部门预算-2026.xlsx');
    expect(sheetFileName({ ...base, source: 'file:///tmp/预算公开.pdf' })).toBe('检查表-预算公开.xlsx');
    expect(sheetFileName({ ...base, source: '' })).toBe('检查表-文档.xlsx');
  });
  it('takes out path and reserved characters a page could put in its title', () => {
    const name = sheetFileName({ ...base, title: '../../etc/passwd:<本级>*?"|\u0007 预算', year: 2024 });
    expect(name).toBe('检查表-etc_passwd_本级_ 预算-2024.xlsx');
    expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
  });
});

describe('inspectionSheetFile', () => {
  const doc = parseHtmlNode(readFileSync(fixturePath('html', '001_285cefce529bcf8b.html'), 'utf8')) as unknown as Document;
  const raw = JSON.parse(JSON.stringify(detachAnchors(extractHtmlRaw(doc, 'http://czj.example.gov.cn/html/001.html')).raw));
  const full = checkRaw(raw)!;
  // What the content script holds: the payload, through JSON as over the port.
  const onPage = JSON.parse(JSON.stringify(pagePayload(full).report)) as Report;

  it('seed 001 on the page: the reviewers\' header, 《政府采购预算表》 否 with the 0.00 ≠ 485.37 sum, tables that add up 是', () => {
    const file = inspectionSheetFile(onPage);
    expect(file.name).toBe('检查表-柳州市工业和信息化局-2025.xlsx');
    const rows = rowsOf(file.bytes);
    expect(rows[0]![0]).toBe('2025年度部门预算公开情况检查表');
    expect(rows[3]).toEqual(['检查内容', '项目', '符合要求', '问题说明']);
    const procurement = rows.find((r) => r[1] === '《政府采购预算表》')!;
    expect(procurement[2]).toBe('否');
    expect(procurement[3]).toContain('0.00 ≠ 集中采购/小计 36.36 + 分散采购/小计 449.01 = 485.37');
    expect(rows.find((r) => r[1] === '《部门收支总体情况表》')!.slice(2)).toEqual(['是', '']);
    expect(rows.find((r) => r[0] === '及时性')![2]).toBe('未核对');
  });

  it('the page\'s trimmed report gives the same sheet as the whole report (what `budget-lens sheet` writes)', () => {
    expect(rowsOf(inspectionSheetFile(onPage).bytes)).toEqual(rowsOf(sheetsToXlsx([inspectionSheet(full.report)])));
  });
});
