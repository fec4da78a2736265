// Launch Debian's Chromium with the built extension loaded (shared by the demo and the e2e
// tests). Never a downloaded browser; flags keep Chromium off the network.
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, missingChromiumLine } from './findChromium';

export const extensionPath = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

export async function launchWithExtension(options: { port: number; headless: boolean }): Promise<BrowserContext> {
  if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error('build the extension first: npm run build');
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumLine());
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bl-profile-')), {
    executablePath,
    headless: options.headless,
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
      // A gov.cn host mapped to the local fixture server: the content script's default match, as users meet it.
      `--host-resolver-rules=MAP czj.example.gov.cn 127.0.0.1:${options.port}`,
    ],
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return new URL(worker.url()).host;
}
