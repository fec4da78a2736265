// The content script's size budget, checked on the built bundle (this runs after `npm run build`):
// under 150 KB, and without zod (the reason its validators are written by hand).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extensionPath } from '../../scripts/chromiumWithExtension';

const CONTENT = join(extensionPath, 'content-scripts', 'content.js');

test('the content script stays under 150 KB and does not contain zod', () => {
  const size = statSync(CONTENT).size;
  console.log(`[measure] content script ${(size / 1024).toFixed(1)} KB`);
  expect(size).toBeLessThan(150 * 1024);
  const js = readFileSync(CONTENT, 'utf8');
  // zod's own class names; the background worker (which uses zod) has them.
  expect(js).not.toMatch(/ZodError|_zod/);
  expect(readFileSync(join(extensionPath, 'background.js'), 'utf8')).toMatch(/ZodError|_zod/);
});
