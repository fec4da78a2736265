#!/usr/bin/env node
// Entry for `npx budget-lens`: the CLI is TypeScript shared with the extension's engine (lib/),
// so it runs through tsx's loader rather than a separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
