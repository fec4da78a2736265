// The viewer's table view with the real extension: a workbook attachment (seed 001-sample saved
// as .xlsx by LibreOffice, tests/fixtures/office) opened by URL is read, checked and drawn as HTML
// tables, with the same marks and panel as the page: the two misprinted 0.00 合计 cells of 表10
// are boxed red on their own <td>s, and the headline counts the CLI's root causes. Broken files
// get their own state.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, GOV, test } from './extension';
import { ourUi } from '../../scripts/ourUi';

const RED = '.bl-box[data-bl-status="fail"][data-bl-severity="error"]';

async function openViewer(context: BrowserContext, extensionId: string, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/viewer.html?url=${encodeURIComponent(url)}`);
  return page;
}

/** Text and row of the table cell under the centre of each box matching `selector`. */
function underBoxes(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const out: { cell: string; row: string; tag: string }[] = [];
    for (const box of document.querySelectorAll<HTMLElement>(sel)) {
      box.scrollIntoView({ block: 'center' });
      const r = box.getBoundingClientRect();
      const el = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2).find((e) => e.tagName === 'TD' || e.tagName === 'TH');
      out.push({ cell: el?.textContent?.trim() ?? '', row: el?.parentElement?.textContent ?? '', tag: el?.tagName ?? '' });
    }
    return out;
  }, selector);
}

for (const file of ['001-sample.xlsx', '001-sample.xls']) {
  test(`${file} opens in the viewer's table view with the misprinted cells boxed red`, async ({ context, extensionId }) => {
    const viewer = await openViewer(context, extensionId, `${GOV}/office/${file}`);
    await expect(viewer.locator('[data-bl-state="checked"]')).toBeAttached({ timeout: 60_000 });
    // The sheet is drawn as tables: 表10's merged header cells keep their spans.
    expect(await viewer.locator('.bl-sheets table').count()).toBeGreaterThanOrEqual(3);
    await expect(viewer.locator('.bl-sheets td[colspan], .bl-sheets th[colspan]').first()).toBeAttached();
    await expect(viewer.locator('[data-bl-counts]')).toContainText('2 处疑似错误 · 5 项核对不成立');
    await expect(viewer.locator(RED)).toHaveCount(2);
    const under = await underBoxes(viewer, RED);
    expect(under.map((u) => u.cell)).toEqual(['0.00', '0.00']);
    expect(under.every((u) => u.tag === 'TD')).toBe(true);
    expect(under.map((u) => (u.row.includes('510001') ? '510001' : u.row.includes('510') ? '510' : '?')).sort()).toEqual(['510', '510001']);
    // The walk reaches a finding and shows its card, as on a page.
    await viewer.keyboard.press('Alt+N');
    await expect(viewer.locator('.bl-card')).toContainText('0.00');
  });
}

test('an .xlsx attachment link on a gov.cn page gets a 核查 button that opens the table view', async ({ context }) => {
  await context.route(`${GOV}/office-attachments.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>柳州市工业和信息化局2025年部门预算公开</title></head><body>
        <h1>柳州市工业和信息化局2025年部门预算公开</h1><p>附件：<a href="/office/001-sample.xlsx">2025年部门预算公开表.xlsx</a></p></body></html>`,
    }),
  );
  const page = await context.newPage();
  await page.goto(`${GOV}/office-attachments.html`);
  const button = (await ourUi(page, 15_000)).locator('.bl-linkbtn');
  await expect(button).toHaveAttribute('data-bl-pdf-link', `${GOV}/office/001-sample.xlsx`, { timeout: 15_000 });
  const [viewer] = await Promise.all([context.waitForEvent('page'), button.click()]);
  await expect(viewer.locator('[data-bl-state="checked"]')).toBeAttached({ timeout: 60_000 });
  await expect(viewer.locator(RED)).toHaveCount(2);
});

test('a workbook picked as a local file in the (empty) viewer opens in the table view', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/viewer.html`);
  await expect(page.locator('[data-bl-state="idle"]')).toBeAttached();
  await page.locator('input[type="file"]').setInputFiles('tests/fixtures/office/001-sample.xlsx');
  await expect(page.locator('[data-bl-state="checked"]')).toBeAttached({ timeout: 60_000 });
  await expect(page.locator('.bl-source')).toHaveText('001-sample.xlsx');
  await expect(page.locator(RED)).toHaveCount(2);
});

test('a download link that names no type (download.jsp?id=…) is read by its bytes: a workbook opens in the table view', async ({ context, extensionId }) => {
  await context.route(`${GOV}/download.jsp*`, (route) => route.fulfill({ contentType: 'application/octet-stream', body: readFileSync('tests/fixtures/office/001-sample.xlsx') }));
  const viewer = await openViewer(context, extensionId, `${GOV}/download.jsp?id=3`);
  await expect(viewer.locator('[data-bl-state="checked"]')).toBeAttached({ timeout: 60_000 });
  await expect(viewer.locator('.bl-sheets')).toBeAttached();
  await expect(viewer.locator(RED)).toHaveCount(2);
});

test('a Word attachment (.docx) is checked in the table view too', async ({ context, extensionId }) => {
  const viewer = await openViewer(context, extensionId, `${GOV}/office/001-sample.docx`);
  await expect(viewer.locator('[data-bl-state="checked"]')).toBeAttached({ timeout: 60_000 });
  await expect(viewer.locator('.bl-docx table').first()).toBeAttached();
  await expect(viewer.locator(RED).first()).toBeAttached();
});

test('office files that cannot be checked each get their own state', async ({ context, extensionId }) => {
  await context.route(`${GOV}/att/*`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    const body = name === 'not-a-sheet.xlsx' ? Buffer.from('<html><body>登录后下载</body></html>') : Buffer.from('PK\x03\x04 damaged', 'latin1');
    return route.fulfill({ contentType: 'application/octet-stream', body });
  });
  const notSheet = await openViewer(context, extensionId, `${GOV}/att/not-a-sheet.xlsx`);
  await expect(notSheet.locator('[data-bl-problem]')).toBeAttached({ timeout: 30_000 });
  const state = await notSheet.locator('[data-bl-problem]').getAttribute('data-bl-problem');
  expect(['not-spreadsheet', 'corrupt']).toContain(state);
  const legacy = await openViewer(context, extensionId, `${GOV}/att/old.doc`);
  await expect(legacy.locator('[data-bl-problem="legacy-doc"]')).toContainText('.docx');
  const missing = await openViewer(context, extensionId, `${GOV}/office/missing.xlsx`);
  await expect(missing.locator('[data-bl-problem="download-failed"]')).toContainText('404');
});
