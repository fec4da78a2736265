// pdf.js in Node loads the native canvas library when imported; the CLI renders nothing, so it
// defers that load (lib/extract/pdf/canvasOnDemand.ts). Checked in whole processes under plain
// Node, as users run it: the built CLI checks a PDF without the library ever loading, and the
// classes pdf.js installed in its place load it and work when something does use them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, expect, it } from 'vitest';
import { buildCli } from '../tests/builtCli';
import { fixturePath, projectRoot } from '../tests/shared';

const PDF = fixturePath('pdf-variants', 'henan-final-yuan.plain.pdf');
let dir: string;
let cli: string;
beforeAll(() => {
  cli = buildCli('canvas-deferred');
  // Inside the project, so that the probe resolves pdfjs-dist from node_modules.
  dir = join(projectRoot, 'node_modules', '.cache', 'canvas-deferred-probe');
  mkdirSync(dir, { recursive: true });
  // Prints, when the process ends, whether the native binding was ever loaded.
  writeFileSync(join(dir, 'report-native.cjs'), `process.on('exit', () => process.stderr.write('native=' + Object.keys(require.cache).some((k) => k.includes('@napi-rs') && k.endsWith('js-binding.js')) + '\\n'));`);
  return () => rmSync(dir, { recursive: true, force: true });
}, 60_000);

it('the built CLI checks a PDF without loading @napi-rs/canvas', () => {
  const r = spawnSync(process.execPath, ['--require', join(dir, 'report-native.cjs'), cli, 'check', PDF, '--json'], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
  expect(JSON.parse(r.stdout).tables.length).toBeGreaterThan(3);
  expect(r.stderr).toContain('native=false');
});

it('DOMMatrix, installed by pdf.js from the stand-in, loads the library on first use and works', async () => {
  const probe = join(dir, 'probe.mjs');
  await build({
    stdin: {
      contents: `
        import { createRequire } from 'node:module';
        import { deferCanvasLoad } from './lib/extract/pdf/canvasOnDemand';
        const require = createRequire(${JSON.stringify(join(projectRoot, 'package.json'))});
        deferCanvasLoad(require.resolve('pdfjs-dist/package.json'));
        await import('pdfjs-dist/legacy/build/pdf.mjs');
        const native = () => Object.keys(require.cache).some((k) => k.includes('@napi-rs') && k.endsWith('js-binding.js'));
        const before = native();
        const m = new globalThis.DOMMatrix([2, 0, 0, 2, 0, 0]);
        console.log(JSON.stringify({ before, scale: m.a, after: native() }));`,
      resolveDir: projectRoot,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['pdfjs-dist'],
    outfile: probe,
    logLevel: 'silent',
  });
  const r = spawnSync(process.execPath, [probe], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toEqual({ before: false, scale: 2, after: true });
});
