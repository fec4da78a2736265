// A tiny static file server on 127.0.0.1 for the fixtures (demo and e2e tests). Serves only
// below its root; no directory listing beyond a plain index for the demo.
import { createServer, type Server } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css', '.png': 'image/png',
};

/** A plain list of the fixture pages and PDFs, so a person can click through them. */
async function indexPage(base: string): Promise<string> {
  const entries = await readdir(base, { recursive: true });
  const items = entries
    .filter((e) => /\.(html?|pdf)$/i.test(e))
    .sort()
    .map((e) => `<li><a href="/${encodeURI(e.split(sep).join('/'))}">${e.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</a></li>`);
  return `<!doctype html><meta charset="utf-8"><title>Budget Lens fixtures</title><ul>${items.join('')}</ul>`;
}

export function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await indexPage(base));
        return;
      }
      const st = await stat(file).catch(() => null);
      if (!st?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(500).end();
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

// `tsx scripts/serveStatic.ts ROOT PORT` — used by Playwright's webServer.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'tests/fixtures', port = '4517'] = process.argv.slice(2);
  void serveStatic(root, Number(port)).then(() => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
}
