// Where Chromium is, for the demo, the e2e tests and the fixture generator — one place that
// knows: CHROMIUM_PATH when set (then only there: the user said so), else Debian's chromium,
// chromium-browser, Google Chrome, else Playwright's own download if one is present. Never
// downloads anything. When there is none, `missingChromiumLine` says exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The apt-get line .ci/run uses for the browser and the CJK fonts the pages need. */
export const DEBIAN_INSTALL = 'apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) return existsSync(chosen) ? chosen : null;
  for (const p of CANDIDATES) if (existsSync(p)) return p;
  for (const name of ON_PATH) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (p && existsSync(p)) return p;
    } catch {
      // not on PATH
    }
  }
  try {
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch {
    // no Playwright browser registry entry
  }
  return null;
}

/** One line: what is missing and the command that installs it here. */
export function missingChromiumLine(env: NodeJS.ProcessEnv = process.env): string {
  const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist` : 'no Chromium or Chrome found';
  const debian = existsSync('/etc/debian_version');
  const root = process.getuid?.() === 0;
  const fix = debian
    ? `run ${root ? '' : 'as root: '}${DEBIAN_INSTALL}`
    : 'install Chromium or Google Chrome';
  return `未找到 Chromium（${where}）: ${fix} — or set CHROMIUM_PATH to a Chromium/Chrome binary`;
}

/** For scripts: the path, or print the one line and exit 1 (never a stack trace). */
export function requireChromium(): string {
  const path = findChromium();
  if (path) return path;
  console.error(missingChromiumLine());
  process.exit(1);
}
