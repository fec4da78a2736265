// `budget-lens crawl URL`: from a department's or finance bureau's 预决算公开 column page, follow
// its pagination and the articles it lists (same host, bounded depth, requests and bytes), and hand
// every disclosure page and attachment (PDF, office formats) to the batch as soon as it is downloaded.
// robots.txt is honoured (an unreadable one stops the crawl); links are fetched breadth-first.
import type { CrawlCommand } from '../args';
import type { NewTask } from '../batch';
import type { OutcomeError } from '../checkTask';
import { outcomeError } from '../checkTask';
import { decodeText, MAX_INPUT_BYTES } from '../loadInput';
import { ROBOTS_TOKEN } from '../userAgent';
import { extractLinks, isAttachment, isPagination } from './links';
import { PoliteFetcher } from './politeFetcher';
import { ALLOW_ALL, parseRobots, type Robots } from './robots';

export interface CrawlHooks {
  onDocument(task: NewTask): void;
  /** An attachment that could not be downloaded: an error row of the batch. */
  onDocumentFailed(url: string, error: OutcomeError): void;
  /** A page that could not be read: one stderr line. */
  onError(url: string, message: string): void;
  signal?: AbortSignal;
}

export interface CrawlResult {
  requests: number;
  fromCache: number;
  bytes: number;
  broken: number;
  disallowed: number;
  /** Stopped by --max-pages or --max-bytes with links left. */
  truncated: boolean;
  /** The crawl could not start (start page or robots.txt unreadable). */
  fatal: boolean;
}

const ATTACHMENT_TYPE = /application\/(pdf|vnd\.ms-excel|vnd\.openxmlformats|x-xls)|spreadsheetml|wordprocessingml/i;
const HTML_TYPE = /text\/html|xhtml/i;

export async function crawl(args: CrawlCommand, hooks: CrawlHooks): Promise<CrawlResult> {
  const start = new URL(args.url);
  start.hash = '';
  const fetcher = new PoliteFetcher({ delayMs: args.delayMs, timeoutMs: args.requestTimeoutMs, cacheDir: args.cacheDir, signal: hooks.signal });
  const result: CrawlResult = { requests: 0, fromCache: 0, bytes: 0, broken: 0, disallowed: 0, truncated: false, fatal: false };
  const zh = args.lang === 'zh';
  const done = (): CrawlResult => ({ ...result, requests: fetcher.network + fetcher.fromCache, fromCache: fetcher.fromCache, bytes: fetcher.bytes });

  const robots = await readRobots(fetcher, start, hooks, zh);
  if (!robots) return { ...done(), fatal: true };
  if (robots.crawlDelay !== null) fetcher.delayMs = Math.max(args.delayMs, robots.crawlDelay * 1000);

  const queue: { url: string; depth: number }[] = [{ url: start.href, depth: 0 }];
  const seen = new Set([start.href]);
  let requests = 0;
  while (queue.length > 0 && !hooks.signal?.aborted) {
    const { url, depth } = queue.shift()!;
    const u = new URL(url);
    if (!robots.allowed(u.pathname + u.search)) {
      result.disallowed++;
      continue;
    }
    if (requests >= args.maxPages || fetcher.bytes >= args.maxBytes) {
      result.truncated = true;
      break;
    }
    requests++;
    const attachment = isAttachment(url);
    const fail = (error: OutcomeError): void => {
      result.broken++;
      if (url === start.href) result.fatal = true;
      if (attachment) hooks.onDocumentFailed(url, error);
      else hooks.onError(url, zh ? error.zh : error.en);
    };
    let page;
    try {
      page = await fetcher.get(url, Math.min(MAX_INPUT_BYTES, args.maxBytes - fetcher.bytes));
    } catch (e) {
      if (hooks.signal?.aborted) break; // Ctrl-C: not a broken link
      fail(outcomeError(e));
      continue;
    }
    if (page.status < 200 || page.status > 299) {
      fail({ code: 'unreadable', zh: `无法读取：HTTP ${page.status}`, en: `cannot be read: HTTP ${page.status}` });
      continue;
    }
    if (new URL(page.finalUrl).host !== start.host) continue; // redirected off the site
    if (attachment || ATTACHMENT_TYPE.test(page.contentType)) {
      hooks.onDocument({ source: url, bytes: page.bytes, contentType: page.contentType });
      continue;
    }
    if (!HTML_TYPE.test(page.contentType) && !/^\s*</.test(new TextDecoder('latin1').decode(page.bytes.subarray(0, 64)))) continue;
    const html = decodeText(page.bytes);
    // A page may itself be the disclosure (tables in the article): checked, skipped quietly if not.
    hooks.onDocument({ source: url, bytes: page.bytes, contentType: page.contentType || 'text/html', skipNonDisclosure: true });
    for (const link of extractLinks(html, page.finalUrl)) {
      if (seen.has(link.url) || new URL(link.url).host !== start.host) continue;
      const next = isAttachment(link.url) ? depth + 1 : isPagination(link) ? depth : depth + 1;
      // Attachments are leaves: fetched from any page read; pages only within the depth.
      if (!isAttachment(link.url) && next > args.depth) continue;
      seen.add(link.url);
      queue.push({ url: link.url, depth: next });
    }
  }
  return done();
}

async function readRobots(fetcher: PoliteFetcher, start: URL, hooks: CrawlHooks, zh: boolean): Promise<Robots | null> {
  const url = new URL('/robots.txt', start).href;
  try {
    const r = await fetcher.get(url, 512 * 1024);
    if (r.status >= 200 && r.status <= 299) return parseRobots(decodeText(r.bytes), ROBOTS_TOKEN);
    if (r.status >= 400 && r.status <= 499) return ALLOW_ALL; // no robots.txt: everything allowed
    hooks.onError(url, zh ? `robots.txt 无法读取 (HTTP ${r.status})，为稳妥起见不抓取` : `robots.txt unreadable (HTTP ${r.status}): not crawling`);
  } catch (e) {
    const err = outcomeError(e);
    hooks.onError(url, zh ? `robots.txt 无法读取，为稳妥起见不抓取：${err.zh}` : `robots.txt unreadable, not crawling: ${err.en}`);
  }
  return null;
}
