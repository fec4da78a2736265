// How the CLI names itself to the sites it reads: an identifying User-Agent (ASCII only, as HTTP
// headers must be), so that a site's operator can tell what requested their pages and address it
// in robots.txt by this token.
export const VERSION = '0.1.0';
export const ROBOTS_TOKEN = 'budget-lens';
export const USER_AGENT = `${ROBOTS_TOKEN}/${VERSION} (Budget Lens; checks the arithmetic of published budget disclosures; one request at a time, honours robots.txt)`;
