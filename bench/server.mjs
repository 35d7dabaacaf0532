// A small static server for the bench, on loopback only: the repo's files (dist/, the
// generated data in bench-results/data/), plus generated host pages under /bench/page.
// It compresses like a CDN would (gzip), so transfer bytes are what a reader downloads.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageHtml } from './pages.mjs';

const types = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
};

function send(req, res, status, body, type) {
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 256;
  const out = gzip ? gzipSync(body) : body;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': out.length,
    'Cache-Control': 'no-store',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(out);
}

/** Starts the server on the first free port of `ports`; resolves with its origin and a close(). */
export async function startServer(root, ports) {
  const top = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (url.pathname === '/bench/page') return send(req, res, 200, Buffer.from(pageHtml(url.searchParams)), types['.html']);
      const file = normalize(resolve(top, `.${decodeURIComponent(url.pathname)}`));
      if (!file.startsWith(top + '/')) return send(req, res, 403, Buffer.from('forbidden'), 'text/plain');
      send(req, res, 200, await readFile(file), types[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(req, res, 404, Buffer.from('not found'), 'text/plain');
    }
  });
  for (const port of ports) {
    const ok = await new Promise((done) => {
      server.once('error', () => done(false));
      server.listen(port, '127.0.0.1', () => done(true));
    });
    if (ok) return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
  }
  throw new Error(`No free port in ${ports[0]}–${ports.at(-1)} for the bench server`);
}
