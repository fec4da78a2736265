// The walker is DOM-agnostic: on a real browser DOM (headless Chromium, the page as a content
// script sees it: tbody inserted, HTML5 parsing rules) it must read exactly what it reads from
// the CLI's light tree in Node (itself read as linkedom is: parseHtmlLight.test.ts). Skipped when
// Chromium is not installed.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import type { RawDoc } from '../raw';
import { extractHtmlRaw } from './extractHtmlRaw';
import { parseHtmlLight } from './parseHtmlLight';
import { parseHtmlNode } from './parseHtmlNode';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`[skip] ${CHROMIUM} absent: real-DOM comparison skipped`);

/** What both sides serialise: every block, every slot's text, origin and hints. */
const digest = (raw: RawDoc<unknown>) => ({
  title: raw.title,
  blocks: raw.blocks.map((b) =>
    b.type === 'grid'
      ? { g: b.rows.map((r) => r.map((c) => [c.text, c.originRow, c.originCol, c.header ? 1 : 0, c.bold ? 1 : 0])) }
      : { t: b.text, h: b.heading ?? null, a: b.align ?? null },
  ),
});

const work = haveChromium ? mkdtempSync(join(tmpdir(), 'bl-realdom-')) : '';
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function bundle(): string {
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    `import { extractHtmlRaw } from ${JSON.stringify(join(__dirname, 'extractHtmlRaw.ts'))};
const raw = extractHtmlRaw(document, 'page');
const digest = ${digest.toString()};
const pre = document.createElement('pre');
pre.id = 'bl-out';
pre.textContent = JSON.stringify(digest(raw));
document.body.replaceChildren(pre);`,
  );
  const out = join(work, 'bundle.js');
  buildSync({ entryPoints: [entry], bundle: true, format: 'iife', outfile: out, target: 'es2020', logLevel: 'silent' });
  return out;
}

async function inChromium(html: string, name: string, script: string): Promise<unknown> {
  const page = join(work, `${name}.html`);
  writeFileSync(page, html.replace(/<\/body>(?![\s\S]*<\/body>)/, `<script src="${pathToFileURL(script).href}"></script></body>`));
  const { stdout } = await promisify(execFile)(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--disable-sync', '--disable-quic', `--user-data-dir=${join(work, `profile-${name}`)}`, '--allow-file-access-from-files',
      '--dump-dom', pathToFileURL(page).href],
    { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
  );
  const pre = parseHtmlNode(stdout).getElementById('bl-out');
  return JSON.parse(pre?.textContent ?? 'null');
}

const pages = [
  ['html', '001_285cefce529bcf8b.html'],
  ['html', '003_8bc4a22c64091804.html'],
  ['html', '004_13042d54f6cda286.html'],
  ['hostile', 'xss-cells.html'],
].filter(([dir, f]) => existsSync(fixturePath(dir!, f!)));

describe.skipIf(!haveChromium)('real browser DOM = the light tree', () => {
  it('reads the fixture pages identically in Chromium and in Node', async () => {
    const script = bundle();
    const results = await Promise.all(
      pages.map(async ([dir, f]) => {
        const html = readFileSync(fixturePath(dir!, f!), 'utf8');
        const browser = await inChromium(html, f!.replace(/\W/g, '_'), script);
        const node = JSON.parse(JSON.stringify(digest(extractHtmlRaw(parseHtmlLight(html), 'page'))));
        return { f, browser, node };
      }),
    );
    for (const r of results) {
      const blocks = (r.node as { blocks: unknown[] }).blocks.length;
      console.log(`[real-dom] ${r.f}: ${blocks} blocks, ${JSON.stringify(r.browser) === JSON.stringify(r.node) ? 'identical' : 'DIFFERENT'}`);
      expect(r.browser, r.f).toEqual(r.node);
    }
  }, 120_000);
});
