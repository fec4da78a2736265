import { defineConfig } from '@playwright/test';
import { requireChromium } from './scripts/findChromium';

// Drives the real built extension in Debian's Chromium (never a downloaded browser).
// Fixture pages are served on 127.0.0.1; gov.cn matching is exercised through
// --host-resolver-rules in the extension fixture (tests/e2e/extension.ts).
export const FIXTURE_PORT = 4517;

// No Chromium: one line saying what to install, not a launch stack trace per test.
requireChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  webServer: {
    command: `npx tsx scripts/serveStatic.ts tests/fixtures ${FIXTURE_PORT}`,
    url: `http://127.0.0.1:${FIXTURE_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
