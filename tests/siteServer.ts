// Serves tests/fixtures/site/ on 127.0.0.1 (an ephemeral port) for the crawl tests, and records
// every request: path, Host, User-Agent, and how many requests were in flight per host at once.
// /art/slow.html answers after a pause; /other/stuck.html never answers (until the client gives up).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { fixturePath } from './shared';

export interface SiteRequest {
  path: string;
  host: string;
  userAgent: string;
}

export interface FixtureSite {
  url: string;
  /** Another host name for the same server: links to it are off-site. */
  otherHost: string;
  requests: SiteRequest[];
  /** The most requests to one host in flight at the same time. */
  maxInFlightPerHost: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function serveFixtureSite(opts: { slowMs?: number } = {}): Promise<FixtureSite> {
  const root = fixturePath('site');
  const routes = JSON.parse(readFileSync(join(root, 'routes.json'), 'utf8')) as Record<string, string>;
  const inFlight = new Map<string, number>();
  const site: FixtureSite = { url: '', otherHost: '', requests: [], maxInFlightPerHost: 0, close: async () => {} };

  const serve = (req: IncomingMessage, res: ServerResponse): void => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/other/stuck.html') return; // never answered
    const routed = routes[path];
    let file = routed ? resolve(root, routed) : resolve(root, `.${path}`);
    if (!file.startsWith(fixturePath())) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>404 页面不存在</h1>');
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (extname(file) === '.html') body = body.toString('utf8').replaceAll('{{OTHER_HOST}}', site.otherHost);
    const send = (): void => {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': Buffer.byteLength(body) }).end(body);
    };
    if (path === '/art/slow.html') setTimeout(send, opts.slowMs ?? 800);
    else send();
  };

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    site.requests.push({ path: new URL(req.url ?? '/', 'http://x').pathname, host, userAgent: req.headers['user-agent'] ?? '' });
    const n = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, n);
    site.maxInFlightPerHost = Math.max(site.maxInFlightPerHost, n);
    let counted = true;
    const done = (): void => {
      if (counted) inFlight.set(host, inFlight.get(host)! - 1);
      counted = false;
    };
    // 'finish': the response is handed to the system, before the client can have read it.
    res.on('finish', done);
    res.on('close', done);
    serve(req, res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  site.url = `http://127.0.0.1:${port}`;
  site.otherHost = `localhost:${port}`;
  site.close = () =>
    new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    });
  return site;
}
