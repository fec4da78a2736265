// Downloads for a crawl, politely: one request at a time per host, a pause between two requests
// to the same host, our User-Agent, no credentials, and an on-disk cache (--cache DIR) that answers
// every URL it has seen — whatever its status — so that a second run downloads nothing again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchCapped, type Fetched } from '../fetchCapped';
import { USER_AGENT } from '../userAgent';

export interface PoliteFetcherOptions {
  delayMs: number;
  timeoutMs: number;
  cacheDir: string | null;
  signal?: AbortSignal;
}

interface CacheMeta {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const onAbort = (): void => {
      clearTimeout(t);
      resolve();
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export class PoliteFetcher {
  /** Requests that went to the network. */
  network = 0;
  fromCache = 0;
  /** Bytes received from the network and from the cache. */
  bytes = 0;
  private hostQueue = new Map<string, Promise<unknown>>();
  private lastEnd = new Map<string, number>();

  constructor(private readonly opts: PoliteFetcherOptions) {
    if (opts.cacheDir) mkdirSync(opts.cacheDir, { recursive: true });
  }

  /** Raise the pause (a robots.txt Crawl-delay). */
  set delayMs(ms: number) {
    this.opts.delayMs = ms;
  }

  private cachePaths(url: string): { meta: string; body: string } | null {
    if (!this.opts.cacheDir) return null;
    const key = createHash('sha256').update(url).digest('hex');
    return { meta: join(this.opts.cacheDir, `${key}.json`), body: join(this.opts.cacheDir, `${key}.body`) };
  }

  private fromDisk(url: string): Fetched | null {
    const p = this.cachePaths(url);
    if (!p || !existsSync(p.meta) || !existsSync(p.body)) return null;
    const meta = JSON.parse(readFileSync(p.meta, 'utf8')) as CacheMeta;
    return { ...meta, bytes: new Uint8Array(readFileSync(p.body)) };
  }

  private toDisk(f: Fetched): void {
    const p = this.cachePaths(f.url);
    if (!p) return;
    // Body first, then the meta file by rename: an entry with its meta is complete.
    writeFileSync(p.body, f.bytes);
    const meta: CacheMeta = { url: f.url, finalUrl: f.finalUrl, status: f.status, contentType: f.contentType };
    writeFileSync(`${p.meta}.tmp`, JSON.stringify(meta));
    renameSync(`${p.meta}.tmp`, p.meta);
  }

  async get(url: string, maxBytes: number): Promise<Fetched> {
    const cached = this.fromDisk(url);
    if (cached) {
      this.fromCache++;
      this.bytes += cached.bytes.length;
      return cached;
    }
    const host = new URL(url).host;
    const previous = this.hostQueue.get(host) ?? Promise.resolve();
    const mine = previous.catch(() => {}).then(async () => {
      const since = performance.now() - (this.lastEnd.get(host) ?? -Infinity);
      await sleep(this.opts.delayMs - since, this.opts.signal);
      this.network++;
      try {
        const f = await fetchCapped(url, { maxBytes, timeoutMs: this.opts.timeoutMs, signal: this.opts.signal, headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/pdf,*/*;q=0.8' } });
        this.bytes += f.bytes.length;
        this.toDisk(f);
        return f;
      } finally {
        this.lastEnd.set(host, performance.now());
      }
    });
    this.hostQueue.set(host, mine);
    return mine;
  }
}
