// A stray pdf.js rejection fails the one input being checked, with one clear message, and the next
// input is still checked — in a whole process, since Node's default is to kill it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../tests/shared';

const script = join(projectRoot, 'cli', 'testing', 'strayRejection.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });

describe('stray promise rejections', () => {
  it('kill the process without the guard (the failure the guard exists for)', () => {
    const r = run();
    expect(r.status).not.toBe(0);
    expect(r.stdout).not.toContain('checked sound.pdf');
  });

  it('with the guard: the corrupt input is one error, the next one is checked', () => {
    const r = run('--guard');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(['error PDF文件已损坏或不完整：Bad FCHECK in flate stream', 'checked sound.pdf']);
    expect(r.stderr).toBe('');
  });
});
