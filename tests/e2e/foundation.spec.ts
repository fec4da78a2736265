// The built extension end to end: content script on a served gov.cn page, popup, viewer + pdf.js.
import { expect, GOV, test } from './extension';
import { HOST, ourUi } from '../../scripts/ourUi';

const SEED = '001_285cefce529bcf8b';

test('content script checks a disclosure page on a gov.cn host and mounts its shadow-root UI', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${GOV}/html/${SEED}.html`);
  const host = await ourUi(page, 20_000);
  await expect(page.locator(HOST)).toHaveCount(1);
  // The panel lives in the shadow root and names the failing 政府采购 cells of this seed.
  const fails = host.locator('[data-bl-status="fail"]');
  await expect(fails.first()).toBeVisible();
  await page.screenshot({ path: 'test-results/foundation-content.png' });
});

test('a page that is not a disclosure gets no UI', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${GOV}/hostile/not-a-disclosure.html`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);
  await expect(page.locator(HOST)).toHaveCount(0);
});

test('the popup opens and reports the tab', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('[data-bl-popup] h1')).toHaveText('预算透镜');
});

test('the viewer loads a PDF with pdf.js, renders it and checks it', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/viewer.html?url=${encodeURIComponent(`${GOV}/pdf/${SEED}.chromium.pdf`)}`);
  await expect(page.locator('[data-bl-state="checked"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.bl-page canvas').first()).toBeVisible();
  const painted = await page.locator('.bl-page canvas').first().evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0);
  expect(painted).toBe(true);
  await expect(page.locator('[data-bl-status="fail"]').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/foundation-viewer.png' });
});

test('the options page saves a setting', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const box = page.getByLabel('在页面上显示尾差（四舍五入差异，琥珀色）');
  await box.check();
  await page.reload();
  await expect(page.getByLabel('在页面上显示尾差（四舍五入差异，琥珀色）')).toBeChecked();
});
