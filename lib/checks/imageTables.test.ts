// Tables published as pictures are said to be unchecked, naming the pictures; page furniture
// (logo, banner, search button) is not taken for tables, and pictures beside a full set of
// recognised tables say nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../checkDocument';
import { extractHtml } from '../extract/html/index';
import { fixturePath, sharedPath } from '../../tests/shared';
import { imageTablesFindings } from './imageTables';
import { docOf } from '../../tests/support/tables';
import { expense004, overviewExpense004, overviewIncome004 } from '../../tests/support/finalTables';

const pageDoc = (path: string) => extractHtml(readFileSync(path, 'utf8'), path).doc;
const imageFindings = (path: string) => checkDocument(pageDoc(path)).findings.filter((f) => f.rule === 'completeness.imageTables');

describe('completeness.imageTables', () => {
  it('a page whose tables are GIFs: one info finding naming each table picture, not the furniture', () => {
    const [f, ...rest] = imageFindings(fixturePath('hostile', 'image-tables.html'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'info' });
    expect(f!.message).toMatch(/^表格为图片，无法核查/);
    expect(f!.refs.map((r) => r.text)).toEqual([
      '/resource/textnews/20180307/93721520404823040.gif',
      '/resource/textnews/20180307/93721520404823041.gif',
      '/resource/textnews/20180307/93721520404823042.gif',
      '/resource/textnews/20180307/12491520403933826.gif',
    ]);
  });

  it('seed pages with their tables in HTML get no such finding', () => {
    for (const seed of ['001-sample', '004_13042d54f6cda286']) expect(imageFindings(fixturePath('html', `${seed}.html`))).toEqual([]);
  });

  it('pictures beside recognised tables are illustrations; beside missing announced tables they are named', () => {
    const images = [{ src: '第3页', page: 3 }];
    const full = docOf('final', [overviewIncome004(), overviewExpense004(), expense004()], { images });
    expect(imageTablesFindings(full)).toEqual([]);
    const short = docOf('final', [expense004()], { images, announcedTables: ['收入支出决算总表', '收入决算表', '支出决算表'] });
    expect(imageTablesFindings(short)[0]!.message).toContain('目录列出3张表，只找到1张');
    // A PDF's image-only pages arrive as pictures named by page.
    expect(imageTablesFindings(docOf('final', [], { images }))[0]!.refs[0]).toMatchObject({ page: 3, text: '第3页' });
  });

  it('real pages: the transport bureau’s eight table GIFs are named; the publicity page’s ad and search button are not', () => {
    const transport = sharedPath('real', 'chongqing-transport-2018-budget-page.html');
    const publicity = sharedPath('real', 'chongqing-publicity-2026-budget-page.html');
    if (!transport || !publicity) return;
    expect(imageFindings(transport)[0]!.refs.map((r) => r.text?.split('/').pop())).toHaveLength(8);
    expect(imageFindings(publicity)).toEqual([]);
  });
});
