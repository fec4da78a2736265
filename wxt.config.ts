import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

// One config for Chrome (MV3) and Firefox builds. Permissions are kept minimal;
// README "Permissions" explains each one.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
    build: { chunkSizeWarningLimit: 2000 },
  }),
  manifest: ({ browser }) => ({
    name: '预算透镜 Budget Lens',
    description: '在原网页和PDF中核查部门预决算公开的算术 — checks budget disclosures in place',
    default_locale: undefined,
    // clipboardWrite (+ offscreen in Chrome): 复制引用 copies from an extension document, not the page.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['*://*.gov.cn/*'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '预算透镜' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: { gecko: { id: 'budget-lens@example.org', strict_min_version: '128.0' } },
          // MV2 has no optional_host_permissions: other sites are optional permissions there.
          optional_permissions: ['*://*/*'],
        }
      : {}),
  }),
  hooks: {
    // pdf.js needs its CMaps (CJK fonts that are not embedded) and standard fonts at run time.
    'build:publicAssets': (wxt, files) => {
      const pdfjs = resolve(wxt.config.root, 'node_modules/pdfjs-dist');
      for (const dir of ['cmaps', 'standard_fonts']) {
        for (const name of readdirSync(resolve(pdfjs, dir))) {
          files.push({ absoluteSrc: resolve(pdfjs, dir, name), relativeDest: `pdfjs/${dir}/${name}` });
        }
      }
    },
  },
});
