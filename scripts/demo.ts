// `npm run demo`: build the extension, serve the bundled sample disclosures on 127.0.0.1,
// open Chromium with the extension on each of them, and print the CLI report for each.
// With no display it runs headless and saves screenshots into demo-output/.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkOne } from '../cli/checkTask';
import { formatPlain } from '../cli/formatPlain';
import { extensionIdOf, launchWithExtension } from './chromiumWithExtension';
import { requireChromium } from './findChromium';
import { ourUi, watchCheck } from './ourUi';
import { serveStatic } from './serveStatic';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'tests', 'fixtures');
const out = join(root, 'demo-output');
const PORT = 4518;
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

requireChromium(); // before the build: a fresh machine learns what to install at once
if (!process.argv.includes('--no-build')) {
  console.log('构建扩展 building the extension…');
  execSync('npx wxt build', { cwd: root, stdio: 'inherit' });
}
mkdirSync(out, { recursive: true });
const server = await serveStatic(fixtures, PORT);
const pages = readdirSync(join(fixtures, 'html')).filter((f) => /^\d{3}_[0-9a-f]+\.html$/.test(f)).sort();
const pdfs = readdirSync(join(fixtures, 'pdf')).filter((f) => f.endsWith('.chromium.pdf')).sort();

const context = await launchWithExtension({ port: PORT, headless });
const extensionId = await extensionIdOf(context);
for (const name of pages) {
  const page = await context.newPage();
  const check = watchCheck(page);
  await page.goto(`http://czj.example.gov.cn/html/${name}`);
  const marked = await check.checked(20_000).then(() => true, () => false);
  if (marked) {
    // Show the first failing cell rather than the page header (the UI's root is closed: reached through DevTools).
    const host = await ourUi(page);
    await host.locator('[data-bl-status="fail"]').first().waitFor({ state: 'attached', timeout: 10_000 }).catch(() => {});
    await host.evaluate((h) => {
      const r = h.shadowRoot?.querySelector('.bl-box[data-bl-status="fail"]')?.getBoundingClientRect();
      if (r) window.scrollBy(0, r.top - 200);
    });
  }
  await page.waitForTimeout(300);
  const shot = join(out, name.replace(/\.html$/, '.png'));
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`${marked ? '✓' : '✗ 未显示核查面板 (no overlay)'} ${name} → ${shot}`);
  if (headless) await page.close();
}
for (const name of pdfs.slice(0, 1)) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/viewer.html?url=${encodeURIComponent(`http://127.0.0.1:${PORT}/pdf/${name}`)}`);
  await page.locator('[data-bl-state="checked"], [data-bl-state="error"]').first().waitFor({ timeout: 60_000 }).catch(() => {});
  const shot = join(out, `viewer-${name.replace(/\.pdf$/, '.png')}`);
  await page.screenshot({ path: shot });
  console.log(`viewer ${name} → ${shot}`);
}

console.log('\n命令行报告 CLI reports\n');
for (const name of pages) {
  try {
    const report = await checkOne(join(fixtures, 'html', name));
    console.log(formatPlain(report, { lang: 'zh', showRounding: false }) + '\n');
  } catch (e) {
    console.log(`${name}: ${(e as Error).message}\n`);
  }
}

if (headless) {
  await context.close();
  server.close();
} else {
  console.log('Chromium 已打开；关闭浏览器窗口即结束。Close the browser window to finish.');
  context.on('close', () => server.close());
}
