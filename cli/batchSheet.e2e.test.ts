// `budget-lens check … --sheet OUT` end to end: the built CLI checks a batch with bad inputs in the
// middle on the worker pool, prints its reports as usual, and writes the inspection sheets of every
// document (the same writer as `sheet -o`), opened with SheetJS and read back.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from '../tests/builtCli';
import { fixturePath } from '../tests/shared';

let cli: string;
beforeAll(() => {
  cli = buildCli('batch-sheet');
}, 60_000);

const SEED_001 = fixturePath('html', '001_285cefce529bcf8b.html');
const SEED_004 = fixturePath('html', '004_13042d54f6cda286.html');
const SEED_002_PDF = fixturePath('pdf', '002_6dac83234b86279a.libreoffice.pdf');
const MISSING = '/nonexistent/缺失的预算.pdf';
const CORRUPT = fixturePath('hostile', 'truncated.pdf');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'bl-batch-sheet-'));

function rowsOf(wb: ReturnType<typeof read>, name: string): string[][] {
  return utils.sheet_to_json<string[]>(wb.Sheets[name]!, { header: 1, defval: '' });
}

describe('budget-lens check --sheet', () => {
  it('writes one sheet per document, the 汇总 with the unreadable inputs, and still prints the reports', async () => {
    const out = join(tmp(), 'nested', 'batch.xlsx');
    const r = await runCli(cli, ['check', SEED_001, MISSING, SEED_002_PDF, CORRUPT, SEED_004, '--jsonl', '--jobs', '2', '--sheet', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual([SEED_001, SEED_002_PDF, SEED_004]);
    expect(r.stderr).toMatch(/缺失的预算\.pdf: /);
    expect(r.stderr).toMatch(/检查表 .*batch\.xlsx：3 份文档，\d+ 项不符合要求，2 份无法核查/);

    const wb = read(readFileSync(out));
    expect(wb.SheetNames).toEqual(['汇总', '柳州市工业和信息化局', '株洲市芦淞区科技和工业信息化局', '朔州市科学技术局']);
    const summary = rowsOf(wb, '汇总');
    expect(summary[0]).toEqual(['公开文件', '部门', '年度', '否', '是', '未核对', '不符合要求的项目']);
    expect(summary.slice(1).map((x) => x[0])).toEqual([SEED_001, SEED_002_PDF, SEED_004, MISSING, CORRUPT]);
    // Seed 001's known errors (DOMAIN.md): the 政府采购预算表's 0.00 合计 cells and a direction word in the narrative.
    expect(summary[1]![6]).toBe('预算编制说明、《政府采购预算表》');
    expect(summary[4]![6]).toMatch(/^无法核查：无法读取/);
    expect(summary[5]![6]).toMatch(/^无法核查：PDF文件已损坏/);

    const seed001 = rowsOf(wb, '柳州市工业和信息化局');
    expect(seed001[3]).toEqual(['检查内容', '项目', '符合要求', '问题说明']);
    const procurement = seed001.find((x) => x[1] === '《政府采购预算表》')!;
    expect(procurement[2]).toBe('否');
    expect(procurement[3]).toMatch(/0\.00 ≠ .*36\.36 .*449\.01 = 485\.37/);
    expect(seed001.find((x) => x[1] === '《部门收支总体情况表》')![2]).toBe('是');
    // A final account's sheet has the 决算 items.
    expect(rowsOf(wb, '株洲市芦淞区科技和工业信息化局')[0]![0]).toBe('2023年度部门决算公开情况检查表');
  });

  it('writes the CSV form, and rejects a sheet path that is neither .xlsx nor .csv before any work', async () => {
    const csv = join(tmp(), 'batch.csv');
    const r = await runCli(cli, ['check', SEED_001, SEED_004, '--json', '--quiet', '--sheet', csv]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    expect(r.stderr).toBe('');
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFF公开文件,部门,检查内容,项目,符合要求,问题说明\r\n')).toBe(true);
    expect(text).toMatch(/柳州市工业和信息化局,内容规范性,《政府采购预算表》,否,/);
    expect(text).toMatch(/朔州市科学技术局,内容规范性,/);

    for (const args of [['check', SEED_001, '--sheet', 'x.pdf'], ['sheet', SEED_001, '-o', 'a.xlsx', '--sheet', 'b.xlsx'], ['check', SEED_001, '--sheet', '/dev/null/x.xlsx']]) {
      const bad = await runCli(cli, args);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr.split('\n')[0]).toMatch(/^budget-lens: .*(--sheet|sheet 用 -o|无法写出)/);
    }
  });
});
