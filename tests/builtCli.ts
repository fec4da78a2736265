// The CLI's end-to-end tests run the real built command as a whole process. Each test file builds
// it (scripts/build-cli.mjs, under a second) into its own directory inside node_modules/.cache, so
// that it tests the current sources and parallel test files never read a half-written build.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './shared';

export function buildCli(tag: string): string {
  const outdir = join(projectRoot, 'node_modules', '.cache', 'budget-lens-cli-test', tag);
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build-cli.mjs'), '--outdir', outdir], { stdio: 'pipe' });
  return join(outdir, 'budget-lens.mjs');
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn `node CLI ARGS…` (asynchronously: a test's own server must keep answering meanwhile). */
export function runCli(cli: string, args: string[], opts: { stdin?: string; onStdout?: (chunk: string, kill: () => void) => void } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      opts.onStdout?.(stdout, () => child.kill('SIGINT'));
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}
