// ../shared/ (seeds, real PDFs, DOMAIN.md) exists in the team's workspace, not in a user's
// clone. Tests that read it call `sharedPath()` and skip, saying so, when it is absent.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedRoot = resolve(projectRoot, '..', 'shared');

export function sharedPath(...parts: string[]): string | null {
  const p = resolve(sharedRoot, ...parts);
  if (existsSync(p)) return p;
  console.warn(`[skip] ../shared/${parts.join('/')} is absent (a user's clone has no shared/): tests that read it are skipped`);
  return null;
}

export const fixturePath = (...parts: string[]): string => resolve(projectRoot, 'tests', 'fixtures', ...parts);
