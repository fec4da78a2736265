// The saved-documents library and comparisons in the real extension: check and save pages from
// the popup, compare them, the cross-document 同比 check, import/export, and how fast the popup
// opens with 200 saved documents.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { fixturePath } from '../shared';
import { expect, GOV, test } from './extension';

// The extension pages' chrome.* API, as far as these tests call it inside page.evaluate.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

const SEED_001 = `${GOV}/html/001_285cefce529bcf8b.html`;
const SEED_003 = `${GOV}/html/003_8bc4a22c64091804.html`;
const PREVIOUS_YEAR = `${GOV}/library/synthetic-2024-budget.html`;

/** Opens a disclosure page, waits until the extension has checked it, saves it from the popup. */
async function checkAndSave(context: BrowserContext, extensionId: string, url: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(url);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html?full=1`);
  const tabId = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  expect(tabId, `tab of ${url}`).toBeDefined();
  // The popup for that tab; reopened until the content script reports the page checked.
  await expect(async () => {
    await ext.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(ext.locator('[data-bl-tab-state="checked"]')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await ext.locator('[data-bl-save-tab]').click();
  const note = ext.locator('[data-bl-save-tab] ~ [role="status"]');
  await expect(note).toBeVisible();
  expect(await note.textContent(), "the content script must answer 'save-to-library' (saveRequestListener in lib/library/saveRequest.ts)").not.toMatch(/没有回应/);
  await expect(note).toHaveText(/已保存到对比|已更新此文档的保存/);
  const text = (await note.textContent()) ?? '';
  await ext.close();
  return text;
}

async function openLibrary(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 900, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?full=1`);
  await expect(popup.locator('[data-bl-library]')).toBeVisible();
  return popup;
}

async function selectAndCompare(popup: Page, departments: [string, RegExp][]): Promise<void> {
  for (const [dept, label] of departments) {
    await popup.locator(`[data-bl-department="${dept}"] li`).filter({ hasText: label }).getByRole('checkbox').check();
  }
  await popup.locator('[data-bl-compare-button]').click();
  await expect(popup.locator('[data-bl-compare]')).toBeVisible();
}

const cell = (popup: Page, key: string, col: number) => popup.locator(`[data-bl-compare] tr[data-key="${key}"] td[data-col="${col}"]`);

/** Everything the extension stored (index, snapshots, settings). */
const storedLibrary = (page: Page) => page.evaluate(async () => chrome.storage.local.get(null));

test('checks and saves 001 and 003 from their pages, compares them in the popup', async ({ context, extensionId }) => {
  expect(await checkAndSave(context, extensionId, SEED_001)).toBe('已保存到对比');
  expect(await checkAndSave(context, extensionId, SEED_003)).toBe('已保存到对比');
  const popup = await openLibrary(context, extensionId);
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(2);
  await popup.screenshot({ path: 'test-results/popup-list.png' });
  await selectAndCompare(popup, [
    ['柳州市工业和信息化局', /2025年预算/],
    ['柳州市大数据发展局', /2025年预算/],
  ]);
  // Figures as the two documents print them, aligned; difference and % against the first column.
  await expect(cell(popup, 'total', 0).locator('[data-bl-value]')).toHaveText('30,688.06');
  await expect(cell(popup, 'total', 1).locator('[data-bl-value]')).toHaveText('6,400.69');
  await expect(cell(popup, 'total', 1).locator('[data-bl-diff]')).toHaveText('-24,287.37');
  await expect(cell(popup, 'total', 1).locator('[data-bl-pct]')).toHaveText('-79.14%');
  await expect(cell(popup, 'expense.basic', 1).locator('[data-bl-value]')).toHaveText('980.63');
  await expect(cell(popup, 'threePublic.total', 0).locator('[data-bl-value]')).toHaveText('6.68');
  await expect(cell(popup, 'threePublic.total', 1).locator('[data-bl-value]')).toHaveText('1.47');
  await expect(cell(popup, 'procurement.total', 1).locator('[data-bl-diff]')).toHaveText('-228.71');
  await expect(cell(popup, 'operations', 1).locator('[data-bl-value]')).toHaveText('292.90');
  await expect(cell(popup, 'projects', 1).locator('[data-bl-value]')).toHaveText('16');
  // The composition chart: one bar per document, parts drawn.
  await expect(popup.locator('[data-bl-chart="functionClass"] svg g')).toHaveCount(2);
  expect(await popup.locator('[data-bl-chart="functionClass"] svg rect').count()).toBeGreaterThanOrEqual(6);
  // Different departments: no 同比 section.
  await expect(popup.locator('[data-bl-yoy]')).toHaveCount(0);
  await popup.screenshot({ path: 'test-results/popup-compare.png', fullPage: true });

  const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-bl-csv]').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('收支总计,收支总计,"30,688.06","6,400.69","-24,287.37",-79.14\r\n');
});

test('a synthetic previous-year document: the cross-document 同比 check cites both documents', async ({ context, extensionId }) => {
  await checkAndSave(context, extensionId, SEED_001);
  await checkAndSave(context, extensionId, PREVIOUS_YEAR);
  // Saving the same page again updates its snapshot instead of adding one.
  expect(await checkAndSave(context, extensionId, SEED_001)).toBe('已更新此文档的保存');
  const popup = await openLibrary(context, extensionId);
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(2);
  await selectAndCompare(popup, [
    ['柳州市工业和信息化局', /2024年预算/],
    ['柳州市工业和信息化局', /2025年预算/],
  ]);
  const yoy = popup.locator('[data-bl-yoy]');
  await expect(yoy).toBeVisible();
  // 2025 says "比2024年预算5.82万元，同比增加0.86万元"; the 2024 document prints 5.92: fails, citing both.
  const fails = yoy.locator('[data-bl-yoy-finding][data-status="fail"]');
  await expect(fails.filter({ hasText: '“三公”经费' }).first()).toBeVisible();
  await expect(fails.filter({ hasText: '“三公”经费：柳州市工业和信息化局2025年预算说上年为 5.82' })).toContainText('印的是 5.92');
  const cited = fails.first().locator('.bl-cite a');
  await expect(cited.nth(0)).toHaveAttribute('href', SEED_001);
  await expect(cited.nth(1)).toHaveAttribute('href', PREVIOUS_YEAR);
  // Every fail is about 三公 or 公务接待费: all other 同比 claims of 2025 agree with the 2024 document.
  for (const text of await fails.allTextContents()) expect(text).toMatch(/“三公”经费|公务接待费/);
  expect(await yoy.locator('[data-bl-yoy-finding][data-status="pass"]').count()).toBeGreaterThan(20);
  await expect(yoy.locator('tr[data-key="total"]')).toContainText('-6,908.39');
  await popup.screenshot({ path: 'test-results/popup-yoy.png', fullPage: true });
});

test('importing a malformed file is rejected with a message and changes nothing', async ({ context, extensionId }) => {
  const popup = await openLibrary(context, extensionId);
  await popup.locator('[data-bl-import]').setInputFiles(fixturePath('library', 'library-two-documents.json'));
  await expect(popup.locator('[data-bl-message="ok"]')).toHaveText('已导入：新增 2 篇，更新 0 篇');
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(2);
  const before = await storedLibrary(popup);
  // Export: the same two documents, as an import file.
  const [exported] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: '导出 JSON' }).click()]);
  const file = JSON.parse(readFileSync((await exported.path())!, 'utf8'));
  expect(file.format).toBe('budget-lens-library');
  expect(file.documents.map((d: { year: number }) => d.year).sort()).toEqual([2024, 2025]);

  await popup.locator('[data-bl-import]').setInputFiles(fixturePath('library', 'library-malformed.json'));
  await expect(popup.locator('[data-bl-message="error"]')).toContainText('导入失败，未做任何更改');
  await expect(popup.locator('[data-bl-message="error"]')).toContainText('第 2 条');
  await popup.locator('[data-bl-import]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "budget-lens-library", "documents": [') });
  await expect(popup.locator('[data-bl-message="error"]')).toContainText('不是有效的 JSON');
  expect(await storedLibrary(popup)).toEqual(before);
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(2);

  // Delete one; clear all only after confirming.
  await popup.locator('[data-bl-department="柳州市大数据发展局"] li').getByRole('button', { name: /删除/ }).click();
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(1);
  await popup.getByRole('button', { name: '清空全部' }).click();
  await popup.getByRole('button', { name: '取消' }).click();
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(1);
  await popup.getByRole('button', { name: '清空全部' }).click();
  await popup.getByRole('button', { name: '确定清空' }).click();
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(0);
});

test('budget against final accounts of the same department and year: execution rate per figure', async ({ context, extensionId }) => {
  const popup = await openLibrary(context, extensionId);
  await popup.locator('[data-bl-import]').setInputFiles(fixturePath('library', 'library-budget-and-final.json'));
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(2);
  await selectAndCompare(popup, [
    ['柳州市工业和信息化局', /2024年预算/],
    ['柳州市工业和信息化局', /2024年决算/],
  ]);
  const execution = popup.locator('[data-bl-execution]');
  await expect(execution).toBeVisible();
  const rate = (key: string) => execution.locator(`tr[data-key="${key}"] [data-bl-rate]`);
  await expect(rate('total')).toHaveText('93.09%'); // 35,000.00 / 37,596.45
  await expect(rate('expense.project')).toHaveText('92.44%');
  await expect(rate('threePublic.total')).toHaveText('69.26%'); // 4.10 / 5.92
  await expect(rate('expense.basic')).toHaveText('100.00%');
  await expect(popup.locator('[data-bl-yoy]')).toHaveCount(0); // same year: no 同比
});

test('a corrupted entry in storage is reported and the others still show', async ({ context, extensionId }) => {
  const popup = await openLibrary(context, extensionId);
  await popup.locator('[data-bl-import]').setInputFiles(fixturePath('library', 'library-two-documents.json'));
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(2);
  await popup.evaluate(async () => {
    const { libraryIndex } = await chrome.storage.local.get('libraryIndex');
    await chrome.storage.local.set({ libraryIndex: [(libraryIndex as unknown[])[0], { v: 1, id: 'x', url: 'http://broken.example/' }, (libraryIndex as unknown[])[1]] });
  });
  await popup.reload();
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(2);
  await expect(popup.locator('[data-bl-problems]')).toContainText('http://broken.example/');
});

test('popup opening time with 200 saved documents (measured, not asserted)', async ({ context, extensionId }) => {
  const setup = await openLibrary(context, extensionId);
  // Baseline on this machine right now: the same popup with an empty library.
  const empty: number[] = [];
  for (let i = 0; i < 3; i++) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForFunction(() => document.documentElement.dataset.blReady);
    empty.push(await popup.evaluate(() => Number(document.documentElement.dataset.blReady)));
    await popup.close();
  }
  const docs = JSON.parse(readFileSync(fixturePath('library', 'library-two-documents.json'), 'utf8')).documents as { id: string; url: string; department: string; year: number }[];
  const many = Array.from({ length: 200 }, (_, i) => {
    const d = docs[i % 2]!;
    return { ...d, id: `doc-perf-${i}`, url: `${d.url}?copy=${i}`, department: `${d.department}${Math.floor(i / 4)}`, year: 2015 + (i % 10) };
  });
  // Stored as the extension stores them: a light index, each full snapshot under its own key.
  await setup.evaluate(async (docs) => {
    const pick = ({ v, id, url, title, department, year, kind, unit, summary, savedAt }: Record<string, unknown>) => ({ v, id, url, title, department, year, kind, unit, summary, savedAt });
    await chrome.storage.local.set(Object.fromEntries([['libraryIndex', docs.map(pick)], ...docs.map((d) => [`doc:${d.id}`, d])]));
  }, many as unknown as Record<string, unknown>[]);
  const size = await setup.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)).length);
  const runs: { ready: number; domInteractive: number; marks: string }[] = [];
  for (let i = 0; i < 5; i++) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('[data-bl-department]')).toHaveCount(100);
    await popup.waitForFunction(() => document.documentElement.dataset.blReady);
    runs.push(
      await popup.evaluate(() => ({
        ready: Number(document.documentElement.dataset.blReady),
        domInteractive: Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive),
        marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`).join(' '),
      })),
    );
    await popup.close();
  }
  const sorted = runs.map((r) => r.ready).sort((a, b) => a - b);
  const line = `empty library: ready at ${empty.join(', ')} ms; popup with 200 saved documents (${Math.round(size / 1024)} KB stored): ready (library listed) at ${sorted.join(', ')} ms after navigation start; median ${sorted[2]} ms; domInteractive ${runs.map((r) => r.domInteractive).join(', ')} ms; marks ${runs.map((r) => r.marks).join(' | ')}`;
  console.log(line);
  // The folded list is still the whole library: a search unfolds what it finds.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('searchbox').fill('柳州市大数据发展局12 2023');
  await expect(popup.locator('[data-bl-doc]')).toHaveCount(1);
  test.info().annotations.push({ type: 'measurement', description: line });
});
