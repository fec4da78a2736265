// lib/ is the engine shared by the extension and the CLI: it imports nothing from tests/ and no
// `node:` module, except the Node loaders (lib/extract/pdf/loadNode.ts and the Node-only parts
// it alone imports: zlib, the deferred canvas library, the reader's thread) and its own tests
// (*.test.ts). Test helpers live in tests/support/, never in lib/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../shared';

const LIB = join(projectRoot, 'lib');
const NODE_LOADERS = new Set([
  'lib/extract/pdf/loadNode.ts',
  'lib/extract/pdf/zlibNode.ts',
  'lib/extract/pdf/canvasOnDemand.ts',
  'lib/extract/pdf/reader/drawingsOnThread.ts',
]);
const isTestHelper = (path: string) => /\.test\.tsx?$/.test(path);

function engineFiles(): string[] {
  return (readdirSync(LIB, { recursive: true }) as string[])
    .map((f) => relative(projectRoot, join(LIB, f)).split('\\').join('/'))
    .filter((f) => /\.tsx?$/.test(f) && !isTestHelper(f));
}

const importsOf = (path: string) => [...readFileSync(join(projectRoot, path), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('engine boundaries', () => {
  it('lib/ holds no test helpers (they are in tests/support/)', () => {
    const helpers = (readdirSync(LIB, { recursive: true }) as string[]).filter((f) => /\/testing\/|(^|\/)test[A-Z][^/]*\.ts$|\.fixture\.ts$|\.test-data\.ts$/.test(f.split('\\').join('/')));
    expect(helpers).toEqual([]);
  });
  it('lib/ imports nothing from tests/', () => {
    const bad = engineFiles().flatMap((f) => importsOf(f).filter((i) => /(^|\/)tests\//.test(i)).map((i) => `${f} → ${i}`));
    expect(bad).toEqual([]);
  });
  it('lib/ imports no node: module outside the Node loaders', () => {
    const bad = engineFiles()
      .filter((f) => !NODE_LOADERS.has(f))
      .flatMap((f) => importsOf(f).filter((i) => i.startsWith('node:')).map((i) => `${f} → ${i}`));
    expect(bad).toEqual([]);
  });
});
