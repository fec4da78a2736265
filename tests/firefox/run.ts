// The Firefox build in Debian's firefox-esr, end to end: puppeteer-core drives Firefox over
// WebDriver BiDi (never a downloaded browser), installs .output/firefox-mv2-e2e as a temporary add-on
// (BiDi webExtension.install), opens a seed page under a gov.cn host name and expects the
// shadow-root overlay with the seed's failing cells. Firefox has no --host-resolver-rules, so the
// fixture server here also answers as the HTTP proxy and serves by Host; any other host gets 404
// and nothing leaves the machine. 生成检查表 is pressed on a page and the saved .xlsx read back. Writes reports/firefox.json (counted by scripts/ci-summary.mjs).
//   npm run test:firefox      (builds the Firefox add-on first)
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { read, utils } from '@e965/xlsx';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
// the e2e build (`wxt build -b firefox --mode e2e`): the same add-on with its shadow root open for BiDi
const addon = join(root, '.output', 'firefox-mv2-e2e');
const GOV_HOST = 'czj.example.gov.cn';
const PORT = Number(process.env.FIREFOX_E2E_PORT ?? 4519);
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));

/** The seed pages' failing cells (DOMAIN.md): the 政府采购 0.00 of each department / unit code. */
const SEEDS = {
  '001_285cefce529bcf8b': ['510', '510001', '510002', '510003', '510005'],
  '003_8bc4a22c64091804': ['309', '309001', '309002'],
} as const;

/** Firefox gives each add-on a random moz-extension:// host; this pref pins ours, so the test can open the viewer. */
const ADDON_ID = 'budget-lens@example.org';
const ADDON_UUID = '6f0c2a54-5b1e-4c3e-9a57-2b4d8e1f0c11';
const PDF_SEED = '000_c19d32f823b4b9a2';
/** Its failing cells (the 政府采购 0.00 of 405, 405001, 405002, 405003), as on the HTML page. */
const PDF_RED_BOXES = 4;

/** An attachment list as gov.cn sites print them, linking a seed's PDF. */
const ATTACHMENTS = `<!doctype html><html><head><meta charset="utf-8"><title>部门预算公开</title></head><body>
<h1>2024年部门预算公开</h1><p>附件：<a href="/pdf/${PDF_SEED}.chromium.pdf">2024年部门预算公开.pdf</a></p></body></html>`;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf' };

/** Static files for the gov.cn host (asked directly or through the proxy); 404 for every other host. */
function proxyServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'x'}`);
    if (url.hostname !== GOV_HOST && url.hostname !== '127.0.0.1') return void res.writeHead(404).end();
    if (url.pathname === '/attachments.html') return void res.writeHead(200, { 'content-type': TYPES['.html']! }).end(ATTACHMENTS);
    const file = normalize(join(fixtures, decodeURIComponent(url.pathname)));
    if (!file.startsWith(fixtures + sep) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(PORT, '127.0.0.1', () => ok(server));
  });
}

/** Where Firefox saves downloads (生成检查表), without asking. */
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'bl-firefox-downloads-'));

const prefs = {
  'browser.download.folderList': 2,
  'browser.download.dir': DOWNLOADS,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.alwaysOpenPanel': false,
  'browser.helperApps.neverAsk.saveToDisk': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': PORT,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'dom.security.https_first': false,
  'dom.security.https_first_pbm': false,
  'dom.security.https_only_mode': false,
  'extensions.autoDisableScopes': 0,
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
  'browser.shell.checkDefaultBrowser': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

interface Result {
  name: string;
  ok: boolean;
  detail: string;
}

/** The page cell under each red box (the overlay's boxes sit over the page's own <td>s). */
async function redCells(page: Page): Promise<{ cell: string; row: string[] }[]> {
  return page.evaluate(async () => {
    const host = document.querySelector('budget-lens-ui')!;
    const boxes = [...host.shadowRoot!.querySelectorAll<HTMLElement>('.bl-box[data-bl-status="fail"][data-bl-severity="error"]')];
    const out: { cell: string; row: string[] }[] = [];
    for (const b of boxes) {
      b.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const r = b.getBoundingClientRect();
      const el = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2).find((e) => e !== host && !host.contains(e))!;
      const td = el.closest('td, th') ?? el;
      out.push({ cell: (td.textContent ?? '').replace(/\s+/g, ''), row: [...(el.closest('tr')?.cells ?? [])].map((c) => (c.textContent ?? '').replace(/\s+/g, '')) });
    }
    return out;
  });
}

async function checkSeed(browser: Browser, seed: string, codes: readonly string[]): Promise<Result> {
  const name = `firefox-esr: ${seed} under http://${GOV_HOST}: the overlay marks the failing 0.00 cells of ${codes.join(', ')}`;
  const page = await browser.newPage();
  try {
    await page.goto(`http://${GOV_HOST}/html/${seed}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('budget-lens-ui')?.shadowRoot?.querySelector('.bl-box'), { timeout: 60_000, polling: 250 });
    // the report arrives in two replies (fails first, passes after): wait until the panel has counted it
    await page.waitForFunction(() => document.querySelector('budget-lens-ui')?.shadowRoot?.querySelector('[data-bl-coverage]'), { timeout: 60_000, polling: 250 });
    const under = await redCells(page);
    const cells = under.map((u) => u.cell);
    const rows = under.map((u) => codes.find((c) => u.row.includes(c)) ?? '?').sort();
    const ok = cells.length === codes.length && cells.every((c) => c === '0.00') && JSON.stringify(rows) === JSON.stringify([...codes].sort());
    return { name, ok, detail: `red boxes over ${JSON.stringify(cells)} in rows ${JSON.stringify(rows)}` };
  } catch (e) {
    return { name, ok: false, detail: (e as Error).message.split('\n')[0]! };
  } finally {
    await page.close();
  }
}

/** 生成检查表 on a page: the builder injected into Firefox's content-script sandbox, the .xlsx saved and read back. */
async function checkSheet(browser: Browser): Promise<Result> {
  const seed = '001_285cefce529bcf8b';
  const name = `firefox-esr: 生成检查表 on ${seed} saves the inspection sheet, 《政府采购预算表》 否 with its failing sum`;
  const page = await browser.newPage();
  try {
    await page.goto(`http://${GOV_HOST}/html/${seed}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('budget-lens-ui')?.shadowRoot?.querySelector('.bl-inspection button'), { timeout: 60_000, polling: 250 });
    const button = await page.evaluateHandle(() => document.querySelector('budget-lens-ui')!.shadowRoot!.querySelector<HTMLElement>('.bl-inspection button')!);
    await (button.asElement() as ElementHandle<Element>).click(); // trusted: page script cannot press it
    const file = join(DOWNLOADS, '检查表-柳州市工业和信息化局-2025.xlsx');
    // Firefox writes `<name>.part` and leaves an empty `<name>` until the download is complete.
    const saved = () => existsSync(file) && !existsSync(`${file}.part`) && statSync(file).size > 0;
    for (let t = 0; !saved(); t++) {
      const state = await page.evaluate(() => document.querySelector('budget-lens-ui')!.shadowRoot!.querySelector('.bl-inspection')!.textContent);
      if (t > 60) throw new Error(`no ${file} within 30 s; the panel says ${state}; saved: ${readdirSync(DOWNLOADS).join(', ') || 'nothing'}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const wb = read(readFileSync(file));
    const rows = utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, defval: '' });
    const header = JSON.stringify(rows[3]) === JSON.stringify(['检查内容', '项目', '符合要求', '问题说明']);
    const procurement = rows.find((r) => r[1] === '《政府采购预算表》');
    const yes = rows.find((r) => r[1] === '《部门收支总体情况表》');
    const ok = header && procurement?.[2] === '否' && procurement[3]!.includes('0.00 ≠ 集中采购/小计 36.36 + 分散采购/小计 449.01 = 485.37') && yes?.[2] === '是';
    return { name, ok, detail: `header ${header}; 《政府采购预算表》 ${procurement?.[2] ?? 'missing'}; 《部门收支总体情况表》 ${yes?.[2] ?? 'missing'}` };
  } catch (e) {
    return { name, ok: false, detail: (e as Error).message.split('\n')[0]! };
  } finally {
    await page.close();
  }
}

/** Every element matching `selector` in the document and its open shadow roots. A string, not a
 * function: tsx's name helper (__name) does not exist in the page. */
const deepCount = (page: Page, selector: string): Promise<number> =>
  page.evaluate(`(() => {
    let n = 0;
    const walk = (root) => {
      n += root.querySelectorAll(${JSON.stringify(selector)}).length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return n;
  })()`) as Promise<number>;

/** The tab the click opened. Puppeteer reports extension pages as about:blank: ask the page itself. */
async function viewerTab(browser: Browser, before: Set<Page>): Promise<Page> {
  for (let i = 0; i < 60; i++) {
    for (const p of await browser.pages()) {
      if (before.has(p)) continue;
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`moz-extension://${ADDON_UUID}/viewer.html`)) return p;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('no viewer tab opened within 30 s');
}

async function checkViewer(browser: Browser): Promise<Result> {
  const pdf = `http://${GOV_HOST}/pdf/${PDF_SEED}.chromium.pdf`;
  const name = `firefox-esr: the 核查 button beside a PDF link opens the viewer, which checks ${PDF_SEED}.chromium.pdf and boxes its failing cells`;
  const list = await browser.newPage();
  let page: Page | null = null;
  let step = 'the 核查 button beside the link';
  try {
    // Extension pages cannot be navigated to over BiDi: open the viewer as a user does.
    await list.goto(`http://${GOV_HOST}/attachments.html`);
    await list.waitForFunction((href) => document.querySelector('budget-lens-ui')?.shadowRoot?.querySelector(`.bl-linkbtn[data-bl-pdf-link="${href}"]`), { timeout: 30_000, polling: 250 }, pdf);
    step = 'the viewer tab';
    const before = new Set(await browser.pages());
    // a real (trusted) click: the overlay ignores clicks made by page script
    const button = await list.evaluateHandle((href) => document.querySelector('budget-lens-ui')!.shadowRoot!.querySelector<HTMLElement>(`.bl-linkbtn[data-bl-pdf-link="${href}"]`)!, pdf);
    await (button.asElement() as ElementHandle<Element>).click();
    page = await viewerTab(browser, before);
    step = 'the viewer checking the PDF';
    // page.waitForFunction does not run in extension pages over BiDi; page.evaluate does.
    for (let t = 0; (await deepCount(page, '[data-bl-state="checked"]')) === 0; t++) {
      if (t > 120) throw new Error('not checked within 60 s');
      await new Promise((r) => setTimeout(r, 500));
    }
    const red = await deepCount(page, '.bl-box[data-bl-status="fail"][data-bl-severity="error"]');
    const items = await deepCount(page, '.bl-item[data-bl-status="fail"][data-bl-severity="error"]');
    return { name, ok: red === PDF_RED_BOXES && items >= red, detail: `checked; ${red} red boxes on the PDF, ${items} failing items in the panel` };
  } catch (e) {
    return { name, ok: false, detail: `${step}: ${(e as Error).message.split('\n')[0]!}` };
  } finally {
    await page?.close();
    await list.close();
  }
}

async function main(): Promise<number> {
  if (!FIREFOX) {
    console.error('未找到 Firefox: as root on Debian run apt-get update && apt-get install -y --no-install-recommends firefox-esr — or set FIREFOX_PATH');
    return 1;
  }
  if (!existsSync(join(addon, 'manifest.json'))) {
    console.error('build the Firefox add-on first: npm run build:firefox');
    return 1;
  }
  const results: Result[] = [];
  const server = await proxyServer();
  let browser: Browser | null = null;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: FIREFOX, headless: true, extraPrefsFirefox: prefs });
    const version = await browser.version();
    const id = await browser.installExtension(addon);
    results.push({ name: 'firefox-esr: the Firefox build installs as a temporary add-on', ok: Boolean(id), detail: `${version}, add-on ${id}` });
    for (const [seed, codes] of Object.entries(SEEDS)) results.push(await checkSeed(browser, seed, codes));
    results.push(await checkSheet(browser));
    results.push(await checkViewer(browser));
  } catch (e) {
    results.push({ name: 'firefox-esr: launch and install', ok: false, detail: (e as Error).message.split('\n')[0]! });
  } finally {
    await browser?.close().catch(() => undefined);
    server.close();
    rmSync(DOWNLOADS, { recursive: true, force: true });
  }
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}\n    ${r.detail}`);
  const failed = results.filter((r) => !r.ok).length;
  mkdirSync(join(root, 'reports'), { recursive: true });
  // The vitest summary fields, so scripts/ci-summary.mjs counts these like unit tests.
  writeFileSync(join(root, 'reports', 'firefox.json'), JSON.stringify({ numPassedTests: results.length - failed, numFailedTests: failed, results }, null, 1));
  return failed ? 1 : 0;
}

process.exitCode = await main();
