// Downloads are bounded: a body past the cap is abandoned while it streams (the server sees the
// connection closed long before it would have finished), a lying Content-Length is refused before
// the body, a silent server times out, and no cookie is ever sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCapped } from './fetchCapped';

let server: Server;
let base: string;
let endlessSent = 0;
let endlessClosedEarly = false;
const cookies: (string | undefined)[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    cookies.push(req.headers.cookie);
    if (req.url === '/endless') {
      // 1 GB announced by nothing: streamed until the client hangs up.
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (endlessSent < 2 ** 30) {
          endlessSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (endlessClosedEarly = endlessSent < 2 ** 30));
      pump();
    } else if (req.url === '/announced') {
      res.writeHead(200, { 'content-length': String(2 ** 30) });
      res.write('x');
    } else if (req.url === '/silent') {
      /* never answers */
    } else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchCapped', () => {
  it('returns a small body with its status and type', async () => {
    const r = await fetchCapped(`${base}/ok`, { maxBytes: 1024, timeoutMs: 10_000 });
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('text/html');
    expect(new TextDecoder().decode(r.bytes)).toBe('<p>ok</p>');
  });

  it('abandons a body past the cap while it streams', async () => {
    await expect(fetchCapped(`${base}/endless`, { maxBytes: 2 ** 20, timeoutMs: 60_000 })).rejects.toThrow(/文件过大/);
    await new Promise((ok) => setImmediate(ok));
    await expect.poll(() => endlessClosedEarly).toBe(true);
    expect(endlessSent).toBeLessThan(2 ** 30);
  });

  it('refuses an announced length over the cap before reading the body', async () => {
    await expect(fetchCapped(`${base}/announced`, { maxBytes: 2 ** 20, timeoutMs: 60_000 })).rejects.toThrow(/文件过大/);
  });

  it('gives up on a silent server with a clear timeout, and never sends cookies', async () => {
    await expect(fetchCapped(`${base}/silent`, { maxBytes: 1024, timeoutMs: 200 })).rejects.toThrow(/无法读取.*超时/);
    expect(cookies.every((c) => c === undefined)).toBe(true);
  });
});
