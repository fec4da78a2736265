// A fresh machine without Chromium: `npm run demo` and the e2e step of `npm test` stop with one
// line saying what to install — never a stack trace. Run as real processes with CHROMIUM_PATH
// pointing nowhere (CHROMIUM_PATH, when set, is the only place looked at).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEBIAN_INSTALL, findChromium, missingChromiumLine } from './findChromium';

const root = resolve(import.meta.dirname, '..');
const nowhere = { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' };
const tsx = resolve(root, 'node_modules', '.bin', 'tsx');

function run(args: string[]) {
  return spawnSync(args[0]!, args.slice(1), { cwd: root, env: nowhere, encoding: 'utf8', timeout: 120_000 });
}

describe('finding Chromium', () => {
  it('CHROMIUM_PATH, when set, is the only place looked at', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toBeNull();
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('the line names the missing path and, on Debian, the apt-get line .ci/run uses', () => {
    const line = missingChromiumLine({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(line).not.toContain('\n');
    expect(line).toContain('/nonexistent/chromium');
    if (existsSync('/etc/debian_version')) expect(line).toContain(DEBIAN_INSTALL);
  });

  it.each([
    ['npm run demo', [tsx, 'scripts/demo.ts', '--no-build']],
    ['npm test (before anything else)', [tsx, 'scripts/requireChromium.ts']],
    ['playwright test', [resolve(root, 'node_modules', '.bin', 'playwright'), 'test', '--list']],
  ])('%s without Chromium: exit 1 and one line on stderr', (_name, args) => {
    const r = run(args);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([missingChromiumLine(nowhere)]);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+\)?$/m); // no stack frames
  });
});
