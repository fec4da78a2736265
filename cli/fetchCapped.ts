// One download, bounded: the body is read as a stream and abandoned as soon as it passes the byte
// cap (or the Content-Length announces more), one timeout covers headers and body, and no cookies
// or credentials are ever sent.
import { ExtractError } from '../lib/extract/errors';

export interface Fetched {
  url: string;
  /** Where redirects ended. */
  finalUrl: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
}

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  headers?: Record<string, string>;
  /** Ctrl-C: abandon the download at once. */
  signal?: AbortSignal;
}

const mib = (n: number): string => `${(n / 2 ** 20).toFixed(n < 2 ** 20 ? 2 : 0)} MB`;

/** GET `url`. Any HTTP status is returned (the caller decides); network failures, timeouts and oversize bodies throw ExtractError. */
export async function fetchCapped(url: string, limits: FetchLimits): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`超时 timed out after ${limits.timeoutMs / 1000} s`)), limits.timeoutMs);
  const stop = (): void => controller.abort(new Error('已中断 interrupted'));
  limits.signal?.addEventListener('abort', stop, { once: true });
  try {
    const res = await fetch(url, { redirect: 'follow', credentials: 'omit', headers: limits.headers, signal: controller.signal });
    const announced = Number(res.headers.get('content-length') ?? NaN);
    const tooLarge = (): ExtractError => new ExtractError('unsupported', `${url}: 文件过大 file too large (> ${mib(limits.maxBytes)})`);
    if (announced > limits.maxBytes) {
      controller.abort();
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let length = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        length += value.byteLength;
        if (length > limits.maxBytes) {
          controller.abort();
          throw tooLarge();
        }
        chunks.push(value);
      }
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return { url, finalUrl: res.url || url, status: res.status, contentType: res.headers.get('content-type') ?? '', bytes };
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    const reason = controller.signal.aborted && controller.signal.reason instanceof Error ? controller.signal.reason : (e as Error);
    const cause = (reason as { cause?: { message?: string } }).cause?.message;
    throw new ExtractError('unreadable', `${url}: ${reason.message}${cause ? ` (${cause})` : ''}`);
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', stop);
  }
}
