// Playwright fixture: a persistent Chromium context with the built extension loaded.
// Uses Debian's /usr/bin/chromium; PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD keeps Playwright from fetching one.
import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURE_PORT = 4517;
export const FIXTURES = `http://127.0.0.1:${FIXTURE_PORT}`;
/** A gov.cn host mapped to the fixture server, to test the default *.gov.cn match as users meet it. */
export const GOV = 'http://czj.example.gov.cn';

const extensionPath = resolve('.output/chrome-mv3');

export async function launchWithExtension(): Promise<BrowserContext> {
  if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error('build the extension first: npm run build');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bl-profile-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      `--host-resolver-rules=MAP czj.example.gov.cn 127.0.0.1:${FIXTURE_PORT}`,
    ],
  });
}

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;
