// The content script runs once per page, however often it is injected (the gov.cn match, a site
// the user enabled, the popup's 核查此页). The mark that says "taken" lives in the extension's
// isolated world, which the page cannot read or write: a page carrying our attribute or tag
// cannot switch the extension off.
declare global {
  // eslint-disable-next-line no-var
  var __budgetLensTaken: true | undefined;
}

/** True the first time in this page (this isolated world), false after. */
export function claimPage(): boolean {
  if (globalThis.__budgetLensTaken) return false;
  globalThis.__budgetLensTaken = true;
  return true;
}
