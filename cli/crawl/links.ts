// Links of a fetched page, resolved against the page (or its <base href>), with their anchor
// text, so the crawler can tell attachments, articles and pagination apart.
export interface Link {
  url: string;
  text: string;
}

const decodeEntities = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/gi, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' })[e.toLowerCase()] ?? _);

const attr = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

export function extractLinks(html: string, pageUrl: string): Link[] {
  const baseHref = /<base\b[^>]*>/i.exec(html)?.[0];
  let base = pageUrl;
  const b = baseHref ? attr.exec(baseHref) : null;
  if (b) {
    try {
      base = new URL(decodeEntities(b[1] ?? b[2] ?? b[3] ?? ''), pageUrl).href;
    } catch {
      /* a broken <base> is ignored, as browsers do */
    }
  }
  const out: Link[] = [];
  const seen = new Set<string>();
  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
    const h = attr.exec(m[1]!);
    if (!h) continue;
    const href = decodeEntities((h[1] ?? h[2] ?? h[3] ?? '').trim());
    if (!href || /^(javascript|mailto|tel|data):/i.test(href)) continue;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    out.push({ url: url.href, text: decodeEntities(m[2]!.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() });
  }
  return out;
}

/** Attachments the product reads, by the link's path. */
export const isAttachment = (url: string): boolean => /\.(pdf|xlsx|xls|docx)$/i.test(new URL(url).pathname);

/**
 * A link to another page of the same listing ("下一页", "2", "尾页", index_2.html): followed at the
 * listing's own depth, so that a long column is read to its end within the depth limit.
 */
export const isPagination = (link: Link): boolean =>
  /^(\d{1,4}|下一页|上一页|下页|上页|尾页|末页|next|prev(ious)?|last|>|<|»|«)$/i.test(link.text) ||
  /(index|list|default)[_-]\d+\.s?html?$/i.test(new URL(link.url).pathname);
