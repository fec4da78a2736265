// Test (and demo) access to the extension's page UI. Its shadow root is closed: a page's scripts (and
// Playwright's selectors, which run as page script) cannot see into it. The test, like a person
// with DevTools, reaches it through the DevTools protocol and exposes it on the host element to
// the test's selectors only. Progress is read from the content script's debug console lines
// (entrypoints/content/trace), which the page cannot read either.
import type { ConsoleMessage, Locator, Page } from '@playwright/test';

/** Our host: a child of <html>, outside <body> (a page may carry an element of the same name in its body). */
export const HOST = ':root > budget-lens-ui';

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findHost(n: CdpNode): CdpNode | null {
  if (n.nodeName === 'BUDGET-LENS-UI' && n.shadowRoots?.some((r) => (r as { shadowRootType?: string }).shadowRootType === 'closed')) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const f = findHost(c);
    if (f) return f;
  }
  return null;
}

/**
 * Our host, with its closed shadow root opened for the test's locators (waits until it exists).
 * Playwright's selectors run in the page's main world and in its own utility world: the host's
 * `shadowRoot` is defined in both (never in the extension's world).
 */
export async function ourUi(page: Page, timeout = 30_000): Promise<Locator> {
  await page.locator(HOST).waitFor({ state: 'attached', timeout });
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { isDefault?: boolean; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const worlds = contexts.filter((c) => c.auxData?.frameId === frameTree.frame.id && (c.auxData?.isDefault || c.name.startsWith('__playwright_utility_world')));
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findHost(root);
    if (!host) throw new Error('our shadow host has no shadow root');
    for (const w of worlds) {
      const { object: h } = await cdp.send('DOM.resolveNode', { backendNodeId: host.backendNodeId, executionContextId: w.id });
      const { object: r } = await cdp.send('DOM.resolveNode', { backendNodeId: host.shadowRoots![0]!.backendNodeId, executionContextId: w.id });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: h.objectId!,
        functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { get: () => root, configurable: true }); }',
        arguments: [{ objectId: r.objectId! }],
      });
    }
  } finally {
    await cdp.detach();
  }
  return page.locator(HOST);
}

/** Follows the content script's progress lines: `checked` (first marks drawn), `complete` (every reply). */
export function watchCheck(page: Page) {
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (line: string) => void }[] = [];
  page.on('console', (m: ConsoleMessage) => {
    const t = m.text();
    if (!t.startsWith('[budget-lens]')) return;
    lines.push(t);
    for (const w of waiters.splice(0)) {
      if (w.re.test(t)) w.resolve(t);
      else waiters.push(w);
    }
  });
  const wait = (re: RegExp, timeout: number) =>
    new Promise<string>((resolve, reject) => {
      const hit = lines.find((l) => re.test(l));
      if (hit) return resolve(hit);
      const timer = setTimeout(() => reject(new Error(`no console line ${re} within ${timeout} ms; saw: ${lines.join(' | ')}`)), timeout);
      waiters.push({ re, resolve: (l) => (clearTimeout(timer), resolve(l)) });
    });
  return {
    lines,
    /** Milliseconds until the first marks were drawn. */
    checked: (timeout = 30_000) => wait(/^\[budget-lens\] checked \d+ ms/, timeout).then((l) => Number(/checked (\d+)/.exec(l)![1])),
    complete: (timeout = 30_000) => wait(/^\[budget-lens\] complete \d+ ms/, timeout).then((l) => Number(/complete (\d+)/.exec(l)![1])),
    phases: () => lines.filter((l) => l.includes('phases') || l.includes('full reply')).map((l) => l.replace('[budget-lens] ', '')).join('; '),
    isChecked: () => lines.some((l) => /^\[budget-lens\] checked \d+ ms/.test(l)),
  };
}
