// The project's hostile PDF fixtures (tests/fixtures/hostile, made by scripts/make-fixtures.ts):
// a LibreOffice-encrypted file, a scanned (image-only) file, a truncated file. Each must give
// one clear ExtractError, never an empty result.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import { ExtractError } from '../errors';
import { extractPdfNode } from './loadNode';

async function errorCode(file: string): Promise<string> {
  try {
    const { doc } = await extractPdfNode(new Uint8Array(readFileSync(fixturePath('hostile', file))), file);
    return `no error (${doc.tables.length} tables)`;
  } catch (e) {
    expect(e).toBeInstanceOf(ExtractError);
    return (e as ExtractError).code;
  }
}

describe('hostile PDF fixtures', () => {
  it.skipIf(!existsSync(fixturePath('hostile', 'encrypted.pdf')))('encrypted (LibreOffice, open password) → encrypted', async () => {
    expect(await errorCode('encrypted.pdf')).toBe('encrypted');
  });
  it.skipIf(!existsSync(fixturePath('hostile', 'scanned.pdf')))('scanned → no-text-layer', async () => {
    expect(await errorCode('scanned.pdf')).toBe('no-text-layer');
  });
  it.skipIf(!existsSync(fixturePath('hostile', 'truncated.pdf')))('truncated → truncated', async () => {
    expect(await errorCode('truncated.pdf')).toBe('truncated');
  });
});
