// The PDF viewer with the real extension: a disclosure page's PDF link gets a "核查" button that
// opens the viewer, which renders the PDF (canvas + selectable text layer) and shows the same
// findings as the HTML page, boxed on the PDF's cells; every failure has its own state.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, GOV, test } from './extension';
import { ourUi, watchCheck } from '../../scripts/ourUi';

const SEED = '000_c19d32f823b4b9a2';
const RED = '.bl-box[data-bl-status="fail"][data-bl-severity="error"]';

async function openViewer(context: BrowserContext, extensionId: string, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/viewer.html?url=${encodeURIComponent(url)}`);
  return page;
}

/** "table · row · column" of every failing (error) item in a findings panel. */
const failPlaces = (root: { locator(s: string): ReturnType<Page['locator']> }) =>
  root.locator('.bl-item[data-bl-status="fail"][data-bl-severity="error"] .bl-item-where').allTextContents();

test('a PDF link on a gov.cn page gets a 核查 button that opens the viewer with the same findings as the HTML page', async ({ context }) => {
  // An attachment list as gov.cn sites print them, linking the seed's PDF.
  await context.route(`${GOV}/attachments.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>柳州市科学技术局2024年部门预算公开</title></head><body>
        <h1>柳州市科学技术局2024年部门预算公开</h1><p>附件：<a href="/pdf/${SEED}.chromium.pdf">2024年部门预算公开.pdf</a></p></body></html>`,
    }),
  );
  const page = await context.newPage();
  await page.goto(`${GOV}/attachments.html`);
  const button = (await ourUi(page, 15_000)).locator('.bl-linkbtn');
  await expect(button).toHaveAttribute('data-bl-pdf-link', `${GOV}/pdf/${SEED}.chromium.pdf`, { timeout: 15_000 });
  // The button sits just right of its link, on the same line.
  const link = (await page.locator('a').boundingBox())!;
  const b = (await button.boundingBox())!;
  expect(b.x).toBeGreaterThanOrEqual(link.x + link.width);
  expect(Math.abs(b.y + b.height / 2 - (link.y + link.height / 2))).toBeLessThan(link.height);
  const [viewer] = await Promise.all([context.waitForEvent('page'), button.click()]);
  await expect(viewer.locator('[data-bl-state="checked"]')).toBeAttached({ timeout: 60_000 });
  await expect(viewer.locator(RED).first()).toBeAttached();
  const pdfPlaces = (await failPlaces(viewer)).sort();
  // what was not checked is said in the viewer as on the page (已识别 / 已核对 / 未核对)
  await expect(viewer.locator('[data-bl-coverage] > summary')).toContainText(/已识别 \d+\/\d+ 表/);

  const html = await context.newPage();
  const check = watchCheck(html);
  await html.goto(`${GOV}/html/${SEED}.html`);
  await check.checked();
  const host = await ourUi(html);
  const htmlPlaces = (await failPlaces(host)).sort();
  expect(pdfPlaces).toEqual(htmlPlaces);

  // On the PDF, the red boxes sit on text that reads 0.00: the text-layer spans whose centres lie
  // in each box (pages render their text layer when scrolled near).
  const under = await viewer.evaluate(async (sel) => {
    const out: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>(sel)) {
      const page = box.closest('.bl-page')!;
      box.scrollIntoView({ block: 'center' });
      for (let i = 0; i < 100 && !page.querySelector('.textLayer span'); i++) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 300));
      const r = box.getBoundingClientRect();
      const spans = [...page.querySelectorAll<HTMLElement>('.textLayer span')].filter((s) => {
        const q = s.getBoundingClientRect();
        const cx = q.left + q.width / 2;
        const cy = q.top + q.height / 2;
        return cx >= r.left && cx <= r.right && cy >= r.top && cy <= r.bottom;
      });
      out.push(spans.map((s) => s.textContent).join('').replace(/\s/g, ''));
    }
    return out;
  }, RED);
  expect(under.length).toBe(4);
  for (const t of under) expect(t).toBe('0.00');
});

test('the viewer: selectable text layer, zoom that keeps boxes on their cells, page navigation, card, timings', async ({ context, extensionId }) => {
  const viewer = await openViewer(context, extensionId, `${GOV}/pdf/${SEED}.chromium.pdf`);
  await expect(viewer.locator('[data-bl-state="checked"]')).toBeAttached({ timeout: 60_000 });
  const pages = await viewer.locator('.bl-page').count();
  const first = await viewer.evaluate(() => document.documentElement.dataset.blFirstPageMs);
  const all = await viewer.evaluate(() => document.documentElement.dataset.blCheckedMs);
  console.log(`[measure] viewer ${SEED}.chromium.pdf (${pages} pages): first page rendered ${first} ms, whole document extracted+checked ${all} ms after open`);
  // Text layer: real, selectable text over the canvas.
  await expect(viewer.locator('.bl-page[data-page="1"] .textLayer span').first()).toBeAttached();
  const text = await viewer.locator('.bl-page[data-page="1"] .textLayer').textContent();
  expect(text).toContain('预算公开说明');
  // Click a finding: the PDF scrolls to its page, the card shows the computation.
  const item = viewer.locator('.bl-item[data-bl-status="fail"]', { hasText: '405001 ' }).first();
  await item.click();
  const card = viewer.locator('.bl-card');
  await expect(card.locator('[data-bl-computation]')).toContainText('≠');
  await expect(card.locator('[data-bl-actual]')).toHaveText('0.00');
  const box = viewer.locator(`.bl-box[data-bl-findings~="${await item.getAttribute('data-bl-finding')}"]`);
  await expect(box).toBeInViewport();
  await viewer.screenshot({ path: 'test-results/viewer.png' });
  // Zoom: the page and its boxes grow together.
  const before = (await box.boundingBox())!;
  const pageOf = box.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " bl-page ")]');
  const pageBefore = (await pageOf.boundingBox())!;
  await viewer.getByRole('button', { name: '放大' }).click();
  await expect(viewer.locator('[data-bl-zoom]')).toHaveText('150%');
  await expect.poll(async () => (await box.boundingBox())!.width).toBeGreaterThan(before.width * 1.1);
  const after = (await box.boundingBox())!;
  const pageAfter = (await pageOf.boundingBox())!;
  expect((after.x - pageAfter.x) / pageAfter.width).toBeCloseTo((before.x - pageBefore.x) / pageBefore.width, 2);
  // Keyboard walk (the same controller as the page): Alt+N twice in quick succession walks two findings.
  await viewer.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await viewer.mouse.move(5, 5);
  await viewer.keyboard.press('Alt+n');
  await viewer.keyboard.press('Alt+n');
  await expect(card).toHaveAttribute('data-bl-card', (await viewer.locator('.bl-item').nth(1).getAttribute('data-bl-finding'))!);
  await viewer.keyboard.press('Alt+p');
  await expect(card).toHaveAttribute('data-bl-card', (await viewer.locator('.bl-item').first().getAttribute('data-bl-finding'))!);
  // Page navigation.
  await viewer.getByLabel('页码').fill(String(pages));
  await viewer.getByLabel('页码').dispatchEvent('change');
  await expect(viewer.locator(`.bl-page[data-page="${pages}"]`)).toBeInViewport();
});

const STATES: [string, string, string][] = [
  ['a scanned PDF', '/hostile/scanned.pdf', 'no-text-layer'],
  ['an encrypted PDF', '/hostile/encrypted.pdf', 'encrypted'],
  ['a truncated PDF', '/hostile/truncated.pdf', 'truncated'],
  ['an HTML page passed as a PDF', '/hostile/news-table.html', 'not-pdf'],
  ['a URL that does not exist', '/pdf/missing.pdf', 'download-failed'],
];
for (const [what, path, state] of STATES) {
  test(`the viewer shows a clear state for ${what}: ${state}`, async ({ context, extensionId }) => {
    // gov.cn: the host permission lets the viewer fetch it (other origins ask for permission first).
    const viewer = await openViewer(context, extensionId, `${GOV}${path}`);
    await expect(viewer.locator(`[data-bl-state="${state}"]`)).toBeAttached({ timeout: 60_000 });
    await expect(viewer.getByRole('alert')).toBeVisible();
    await expect(viewer.locator('.bl-box')).toHaveCount(0);
  });
}

test('the viewer says "not a disclosure" for a readable PDF that is not one', async ({ context, extensionId }) => {
  // A one-page PDF with ordinary text (Helvetica, no table); pdf.js rebuilds the missing xref.
  const pdf = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n5 0 obj<</Length 60>>stream\nBT /F1 14 Tf 72 760 Td (Quarterly newsletter, spring issue) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF`;
  await context.route(`${GOV}/generated/newsletter.pdf`, (route) => route.fulfill({ contentType: 'application/pdf', body: pdf }));
  const viewer = await openViewer(context, extensionId, `${GOV}/generated/newsletter.pdf`);
  await expect(viewer.locator('[data-bl-state="not-disclosure"]')).toBeAttached({ timeout: 60_000 });
  await expect(viewer.getByRole('alert')).toContainText('不是部门预算或决算公开文件');
  await expect(viewer.locator('.bl-page canvas')).toBeVisible(); // the PDF is still shown
});
