// Playwright fixture: a persistent Chromium context with the built extension loaded.
import { test as base, type BrowserContext } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../../scripts/chromiumWithExtension';

export const FIXTURE_PORT = 4517;
export const FIXTURES = `http://127.0.0.1:${FIXTURE_PORT}`;
/** A gov.cn host mapped to the fixture server (see --host-resolver-rules). */
export const GOV = 'http://czj.example.gov.cn';

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  context: async ({}, use) => {
    const context = await launchWithExtension({ port: FIXTURE_PORT, headless: true });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});

export const expect = test.expect;
