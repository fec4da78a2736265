// Builds the `budget-lens` command into dist/cli/ (git-ignored): a bundled, minified ESM entry and
// its worker script, with each extractor in its own chunk so that it is loaded only for the inputs
// that need it. pdfjs-dist stays an import from node_modules (its fake worker loads
// pdf.worker.mjs beside it, and its CMaps and fonts are files). Run by `npm install` / `npm ci`
// (postinstall), `npm run build` and `npm test`. `--outdir DIR` builds elsewhere (tests).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'dist', 'cli');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { 'budget-lens': join(root, 'cli', 'entry.ts'), worker: join(root, 'cli', 'worker.ts'), 'drawings-worker': join(root, 'cli', 'drawingsWorker.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  external: ['pdfjs-dist', 'canvas'],
  legalComments: 'none',
  logLevel: 'warning',
});
