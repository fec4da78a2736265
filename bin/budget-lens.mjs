#!/usr/bin/env node
// Entry for `npx budget-lens`: runs the built CLI (dist/cli/, made by `npm install` / `npm ci`,
// `npm run build:cli`). In a checkout where it was never built, falls back to the TypeScript
// sources through tsx (slow start-up, documents checked one at a time).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/budget-lens.mjs', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write('budget-lens: dist/cli 未构建，改用源码运行 (run `npm run build:cli` for the fast CLI)\n');
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
