// `budget-lens sheet` end to end: the built CLI as a whole process writes the inspection sheet; the
// workbook is opened with SheetJS and read back row by row. Seed 001's known errors (DOMAIN.md):
// the 政府采购预算表's 0.00 合计 cells (fail) and the direction-word warning in its 预算情况说明.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from '../tests/builtCli';
import { fixturePath } from '../tests/shared';

let cli: string;
beforeAll(() => {
  cli = buildCli('sheet');
}, 60_000);

const SEED_001 = fixturePath('html', '001_285cefce529bcf8b.html');
const SEED_000 = fixturePath('html', '000_c19d32f823b4b9a2.html');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'bl-sheet-'));

function sheetRows(file: string, name?: string): string[][] {
  const wb = read(readFileSync(file));
  return utils.sheet_to_json<string[]>(wb.Sheets[name ?? wb.SheetNames[0]!]!, { header: 1, defval: '' });
}

describe('budget-lens sheet', () => {
  it('fills in seed 001: 否 exactly on the sections and tables holding its known errors, 是 where checks passed', async () => {
    const out = join(tmp(), 'out.xlsx');
    const r = await runCli(cli, ['sheet', SEED_001, '-o', out]);
    expect(r.code).toBe(0);
    const rows = sheetRows(out);
    expect(rows[0]![0]).toBe('2025年度部门预算公开情况检查表');
    expect(rows[1]![0]).toBe('部门名称：柳州市工业和信息化局');
    expect(rows[3]).toEqual(['检查内容', '项目', '符合要求', '问题说明']);
    const items = rows.slice(4);
    const verdict = (item: string) => items.find((x) => x[1] === item)?.[2];
    expect(items.filter((x) => x[2] === '否').map((x) => x[1])).toEqual(['预算编制说明', '《政府采购预算表》']);
    const procurement = items.find((x) => x[1] === '《政府采购预算表》')![3]!;
    // One sentence per wrong cell, with the printed and the computed figure.
    for (const want of [/510 柳州市工业和信息化局 .*0\.00 ≠ .*36\.36 .*449\.01 = 485\.37/, /510001 .*17\.23 .*360\.00 = 377\.23/, /510002 /, /510003 /, /510005 /]) expect(procurement).toMatch(want);
    expect(items.find((x) => x[1] === '预算编制说明')![3]).toMatch(/资源勘探工业信息等支出.*减少/);
    for (const item of ['目录', '主要职能', '机构设置', '名词解释', '《部门收支总体情况表》', '《一般公共预算支出情况表》', '《财政拨款三公两费支出情况表》']) expect(verdict(item), item).toBe('是');
    // What the tool cannot judge is never 是.
    expect(verdict('及时公开部门预算')).toBe('未核对');
    expect(verdict('封面')).toBe('未核对');
  });

  it('writes a summary sheet for several inputs, an error row for an unreadable one, and a CSV with BOM', async () => {
    const dir = tmp();
    const out = join(dir, 'all.xlsx');
    const r = await runCli(cli, ['sheet', SEED_000, SEED_001, '/nonexistent/缺失.pdf', '-o', out, '--jobs', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/缺失\.pdf: /);
    const wb = read(readFileSync(out));
    expect(wb.SheetNames).toEqual(['汇总', '柳州市科学技术局', '柳州市工业和信息化局']);
    const summary = sheetRows(out, '汇总');
    expect(summary[1]!.slice(1, 3)).toEqual(['柳州市科学技术局', '2024']);
    // 000: the lone "眀" under 主要职责, its bracket never closed, and the 政府采购 0.00 cells.
    expect(summary[1]![6]).toBe('主要职能、预算编制说明、《政府采购预算表》');
    expect(summary[2]![6]).toBe('预算编制说明、《政府采购预算表》');
    expect(summary[3]![6]).toMatch(/^无法核查：/);
    const seed000 = sheetRows(out, '柳州市科学技术局');
    expect(seed000.find((x) => x[1] === '主要职能')![3]).toContain('“眀”');

    const csv = join(dir, 'all.csv');
    expect((await runCli(cli, ['sheet', SEED_001, '-o', csv])).code).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFF公开文件,部门,检查内容,项目,符合要求,问题说明\r\n')).toBe(true);
    expect(text).toMatch(/内容规范性,《政府采购预算表》,否,"1\.表10 510 /);
  });

  it('bad usage: no -o, or an output that is neither .xlsx nor .csv', async () => {
    for (const args of [['sheet', SEED_001], ['sheet', SEED_001, '-o', 'x.pdf']]) {
      const r = await runCli(cli, args);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^budget-lens: sheet 需要 -o/);
    }
  });
});
