// "生成检查表" with the real extension: on a seed page served as gov.cn, in the viewer on the
// seed's PDF and in its table view on the seed's workbook, the button downloads the inspection
// sheet (.xlsx) of the document on show; read back with SheetJS, it is the reviewers' layout with
// seed 001's real error — the 政府采购 合计 cells printed 0.00 (DOMAIN.md) — in 《政府采购预算表》,
// marked 否 with the sum that fails, and 是 on a table that adds up.
import type { Download, Locator, Page } from '@playwright/test';
import { read, utils } from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { expect, GOV, test } from './extension';
import { ourUi, watchCheck } from '../../scripts/ourUi';

const SEED = '001_285cefce529bcf8b';

async function pressSheetButton(page: Page, root: Locator | Page): Promise<Download> {
  const button = root.locator('.bl-inspection button');
  await expect(button).toHaveText('生成检查表');
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  // Measurement (not an assertion): press to download, the builder's loading included on a first press.
  console.log(`[measure] 生成检查表 on ${new URL(page.url()).pathname}: download after ${Date.now() - t0} ms`);
  await expect(root.locator('.bl-inspection')).toHaveAttribute('data-bl-inspection', 'done');
  return download;
}

async function sheetRows(download: Download): Promise<string[][]> {
  const wb = read(readFileSync((await download.path())!));
  expect(wb.SheetNames).toEqual(['柳州市工业和信息化局']);
  return utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, defval: '' });
}

function expectSeed001Sheet(rows: string[][]) {
  expect(rows[0]![0]).toBe('2025年度部门预算公开情况检查表');
  expect(rows[1]![0]).toBe('部门名称：柳州市工业和信息化局');
  expect(rows[3]).toEqual(['检查内容', '项目', '符合要求', '问题说明']);
  const procurement = rows.find((r) => r[1] === '《政府采购预算表》')!;
  expect(procurement[2]).toBe('否');
  expect(procurement[3]).toContain('510 柳州市工业和信息化局 政府采购项目类型/合计 0.00 ≠ 集中采购/小计 36.36 + 分散采购/小计 449.01 = 485.37');
  expect(rows.find((r) => r[1] === '《部门收支总体情况表》')!.slice(2)).toEqual(['是', '']);
  // What the tool cannot judge is said so, never 是.
  expect(rows.find((r) => r[0] === '及时性')![2]).toBe('未核对');
}

test('the page panel: 生成检查表 downloads the inspection sheet of the page, built in the extension', async ({ context }) => {
  const page = await context.newPage();
  // Nothing leaves for anywhere but the fixture page itself while the sheet is made.
  const requests: string[] = [];
  const check = watchCheck(page);
  await page.goto(`${GOV}/html/${SEED}.html`);
  await check.checked();
  const host = await ourUi(page);
  page.on('request', (r) => requests.push(r.url()));
  const download = await pressSheetButton(page, host);
  expect(download.suggestedFilename()).toBe('检查表-柳州市工业和信息化局-2025.xlsx');
  expectSeed001Sheet(await sheetRows(download));
  expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
  // The link that saved it was inside our shadow root and is gone; the page's DOM is untouched.
  expect(await page.evaluate(() => document.querySelectorAll('a[download]').length)).toBe(0);
  expect(await host.locator('a[download]').count()).toBe(0);
  // A second press works the same (the injected builder is reused).
  const again = await pressSheetButton(page, host);
  expectSeed001Sheet(await sheetRows(again));
});

test('the PDF viewer: 生成检查表 downloads the inspection sheet of the PDF, with its pages', async ({ context, extensionId }) => {
  const viewer = await context.newPage();
  await viewer.goto(`chrome-extension://${extensionId}/viewer.html?url=${encodeURIComponent(`${GOV}/pdf/${SEED}.chromium.pdf`)}`);
  await expect(viewer.locator('[data-bl-state="checked"]')).toBeAttached({ timeout: 60_000 });
  const download = await pressSheetButton(viewer, viewer);
  expect(download.suggestedFilename()).toBe('检查表-柳州市工业和信息化局-2025.xlsx');
  const rows = await sheetRows(download);
  expectSeed001Sheet(rows);
  // From the PDF, each problem names its page.
  expect(rows.find((r) => r[1] === '《政府采购预算表》')![3]).toMatch(/^1\.第\d+页：表10 510 /);
});

test('the viewer\'s table view: 生成检查表 downloads the inspection sheet of a workbook attachment', async ({ context, extensionId }) => {
  const viewer = await context.newPage();
  await viewer.goto(`chrome-extension://${extensionId}/viewer.html?url=${encodeURIComponent(`${GOV}/office/001-sample.xlsx`)}`);
  await expect(viewer.locator('[data-bl-state="checked"]')).toBeAttached({ timeout: 60_000 });
  const download = await pressSheetButton(viewer, viewer);
  expect(download.suggestedFilename()).toBe('检查表-柳州市工业和信息化局-2025.xlsx');
  expectSeed001Sheet(await sheetRows(download));
});
