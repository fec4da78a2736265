import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreNativeBuiltins } from './nativeBuiltins';

// Taken before pdf.js is imported in this test file's worker (vitest isolates test files).
const native = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

describe('restoreNativeBuiltins', () => {
  it('puts back the built-ins a polyfill replaced', () => {
    const wrap = <T extends (...a: never[]) => unknown>(f: T): T => ((...a: Parameters<T>) => f(...a)) as T;
    Object.defineProperty(Array.prototype, 'push', { value: wrap(native.push), writable: true, configurable: true });
    JSON.parse = wrap(native.parse);
    JSON.stringify = wrap(native.stringify);
    restoreNativeBuiltins();
    expect(Array.prototype.push).toBe(native.push);
    expect(JSON.parse).toBe(native.parse);
    expect(JSON.stringify).toBe(native.stringify);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')?.enumerable).toBe(false);
  });

  it('leaves the natives in place once pdf.js (legacy build, core-js inside) has opened a document', async () => {
    const { loadPdfNode } = await import('./loadNode');
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/pdf', '000_c19d32f823b4b9a2.libreoffice.pdf')));
    const pdf = await loadPdfNode(bytes);
    await (await pdf.getPage(1)).getTextContent();
    await pdf.destroy();
    expect(Array.prototype.push).toBe(native.push);
    expect(JSON.parse).toBe(native.parse);
    expect(JSON.stringify).toBe(native.stringify);
  });
});
