// robots.txt as crawlers read it (RFC 9309): the group for our token, else '*'; the longest
// matching rule wins, Allow on a tie; '*' and a final '$' in paths; Crawl-delay honoured.
export interface Robots {
  allowed(pathAndQuery: string): boolean;
  /** Seconds, when the site asks for one. */
  crawlDelay: number | null;
}

interface Rule {
  allow: boolean;
  pattern: string;
  re: RegExp;
}

const toRegExp = (pattern: string): RegExp => {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern).split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
};

export const ALLOW_ALL: Robots = { allowed: () => true, crawlDelay: null };

export function parseRobots(text: string, token: string): Robots {
  const groups: { agents: string[]; rules: Rule[]; delay: number | null }[] = [];
  let current: (typeof groups)[number] | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase(), value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [], delay: null }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if ((key === 'allow' || key === 'disallow') && value !== '') {
      const pattern = value.startsWith('/') || value.startsWith('*') ? value : `/${value}`;
      current.rules.push({ allow: key === 'allow', pattern, re: toRegExp(pattern) });
    } else if (key === 'crawl-delay' && Number.isFinite(Number(value))) current.delay = Number(value);
  }
  const ours = groups.filter((g) => g.agents.some((a) => a !== '*' && token.toLowerCase().startsWith(a)));
  const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delay = chosen.map((g) => g.delay).find((d) => d !== null) ?? null;
  return {
    crawlDelay: delay,
    allowed(path) {
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.re.test(path)) continue;
        if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
      }
      return best ? best.allow : true;
    },
  };
}
