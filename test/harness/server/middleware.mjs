// Simulated servers for the tests, on the test runner's own origin:
//   /__test/status/404            answers with that HTTP status
//   /__test/delay/300/<path>      serves test/fixtures/<path> after 300 ms
//   /__test/hang                  never answers (until the client aborts)
//   /__test/redirect/<path>       302 to /test/fixtures/<path>
//   /__test/no-length/<path>      serves the file without Content-Length (chunked)
//   /__test/big/<bytes>           a JSON body of that many bytes, Content-Length set
//   /__test/big-chunked/<bytes>   the same, streamed without Content-Length
//   /__test/truncated/<path>      declares the file's length, sends half, then closes the connection
//   /__test/truncated-chunked/<path> the same without Content-Length (chunked)
//   /__test/slow-body/<ms>/<path> sends the file in two halves, <ms> apart
//   /__test/flaky/<key>/<path>    503 on the first request for <key>, then the file
//   /__test/count/<key>           how many requests /__test/flaky/<key>/… has had
//   /__test/csp                   a page with the widget, served with the strict CSP of the README
//   /__test/csp?classic=1         the same page with the classic script (?ver=0.2.0 on its address)
//                                 (&tt=1: and require-trusted-types-for 'script' in the policy)
//   /__test/csp-dist/<file>       dist/<file> with that same policy (for the iframe route's embed.html)
//   /__test/csp?fail=<key>        the same page, its script from /__test/csp-fail/<key>/
//                                 (&chunk=validate: that lazy chunk fails instead of the result)
//   /__test/csp-fail/<key>/<file> dist/<file>, but the lazy result chunk answers 503 until
//   /__test/csp-heal/<key>        is requested
//   /__test/counted/<key>/<path>  serves test/fixtures/<path> after 100 ms, counted under <key> like flaky
//   /__test/watch/<key>/<ms>/<path> serves the file after <ms> ms; logs "start", then "sent"
//                                 or "aborted" when the client gave up first
//   /__test/stall/<key>           a JSON answer begun (headers and one space) and never ended;
//                                 logs "start", then "aborted" when the client closes it
//   /__test/headers/<key>/<path>  serves the file; logs its Cookie and Referer headers
//   /__test/endless/<length>      a body that never ends, sent as fast as the client reads (at most ~13 MB/s)
//                                 (Content-Length <length> if not 0); logs "closed" and bytes sent
//   /__test/logged/<key>/<path>   serves <path> from dist/, demo/ or test/fixtures/; logs each
//                                 request target exactly as it arrived (the share test's page)
//   /__test/log/<key>             what the routes above logged for <key>, as JSON
// An attacker's server, open to every origin (Access-Control-Allow-Origin: *), so only the
// widget's own rules can keep its data out:
//   POST /__test/store/<key>      keeps the body, with its Content-Type, for…
//   /__test/stored/<key>          …which serves it to any origin; logs "get" under "stored-<key>"
//   /__test/redirect-to/<key>?to=<url>  302 to <url>, to any origin; logs "redirect" under <key>
//   /__test/embed/<origins>/<file>  dist/<file>, embed.html built with STEMHULP_DATA_ORIGINS=<origins>
//                                 (URL-encoded), to any origin (a sandboxed frame's is "null")
//   /__test/embed-config/<key>/<file>  dist/<file> (embed.html as built by default), its
//                                 embed.config.json the body stored under <key> with its type
//                                 (404 when none; type x-test/redirect: a 302 to the stored
//                                 URL); logs "config" under "config-<key>"
import { readFile } from 'node:fs/promises';
import { resolve, normalize } from 'node:path';
import { dataOrigins, renderEmbedHtml } from '../../../scripts/embed-html.mjs';

const fixtures = resolve('test/fixtures');
const flakyCounts = new Map();
const healed = new Set();
/** The lazy chunk that fails for a csp-fail key (the result unless the page asked for another). */
const failingChunk = new Map();
const logs = new Map();
const stored = new Map();
const log = (key, entry) => logs.set(key, [...(logs.get(key) ?? []), entry]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function fixture(path) {
  const file = normalize(resolve(fixtures, path));
  if (!file.startsWith(fixtures)) throw new Error('outside fixtures');
  return readFile(file);
}

// Written straight to the socket: the test runner's own middleware would otherwise mark
// every answer cacheable for a year, and a retry would never reach this server.
function send(ctx, status, body, type = 'application/json') {
  ctx.respond = false;
  const buf = Buffer.from(body);
  ctx.res.writeHead(status, { 'Content-Type': type, 'Content-Length': buf.length, 'Cache-Control': 'no-store' });
  ctx.res.end(buf);
}

export async function testServerMiddleware(ctx, next) {
  const m = ctx.path.match(/^\/__test\/([a-z-]+)\/?(.*)$/);
  if (!m) return next();
  const [, kind, rest] = m;
  switch (kind) {
    case 'status':
      return send(ctx, Number(rest) || 500, `<html><body>Error ${rest}</body></html>`, 'text/html');
    case 'delay': {
      const [ms, ...p] = rest.split('/');
      await sleep(Number(ms));
      return send(ctx, 200, await fixture(p.join('/')));
    }
    case 'hang':
      ctx.respond = false;
      await new Promise((r) => ctx.req.on('close', r));
      return;
    case 'flaky': {
      const [key, ...p] = rest.split('/');
      const n = (flakyCounts.get(key) ?? 0) + 1;
      flakyCounts.set(key, n);
      if (n === 1) return send(ctx, 503, 'Service Unavailable', 'text/plain');
      return send(ctx, 200, await fixture(p.join('/')));
    }
    case 'counted': {
      const [key, ...p] = rest.split('/');
      flakyCounts.set(key, (flakyCounts.get(key) ?? 0) + 1);
      // Slow enough that every widget on the page asks while the first request is still open.
      await sleep(100);
      return send(ctx, 200, await fixture(p.join('/')));
    }
    case 'csp': {
      const fail = ctx.query.fail;
      if (fail) failingChunk.set(fail, /^\w+$/.test(ctx.query.chunk ?? '') ? ctx.query.chunk : 'result');
      const script = fail ? `/__test/csp-fail/${encodeURIComponent(fail)}/stemhulp-widget.js` : '/dist/stemhulp-widget.js';
      const tag = ctx.query.classic ? '<script src="/dist/stemhulp-widget.iife.js?ver=0.2.0"></script>' : `<script type="module" src="${script}"></script>`;
      ctx.respond = false;
      ctx.res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'" + (ctx.query.tt ? "; require-trusted-types-for 'script'" : ''),
      });
      ctx.res.end(`<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>CSP</title>
<script src="/test/fixtures/csp-probe.js"></script>
${tag}
</head><body><stemhulp-widget src="/test/fixtures/basic/index.json"></stemhulp-widget></body></html>`);
      return;
    }
    case 'csp-fail': {
      const [key, ...p] = rest.split('/');
      const name = p.join('/');
      const failing = failingChunk.get(key) ?? 'result';
      if (name.startsWith(`stemhulp-widget-${failing}-`) && name.endsWith('.js') && !healed.has(key)) {
        return send(ctx, 503, 'Service Unavailable', 'text/plain');
      }
      const dist = resolve('dist');
      const file = normalize(resolve(dist, name));
      if (!file.startsWith(dist)) return send(ctx, 403, 'outside dist', 'text/plain');
      ctx.respond = false;
      ctx.res.writeHead(200, {
        'Content-Type': 'text/javascript',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'",
      });
      ctx.res.end(await readFile(file));
      return;
    }
    case 'csp-dist': {
      const dist = resolve('dist');
      const file = normalize(resolve(dist, rest));
      if (!file.startsWith(dist)) return send(ctx, 403, 'outside dist', 'text/plain');
      const types = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css' };
      ctx.respond = false;
      ctx.res.writeHead(200, {
        'Content-Type': types[file.split('.').pop()] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'",
      });
      ctx.res.end(await readFile(file));
      return;
    }
    case 'csp-heal':
      healed.add(rest);
      return send(ctx, 200, 'true');
    case 'count':
      return send(ctx, 200, JSON.stringify(flakyCounts.get(rest) ?? 0));
    case 'watch': {
      const [key, ms, ...p] = rest.split('/');
      log(key, 'start');
      let timer;
      const sent = await new Promise((r) => {
        timer = setTimeout(() => r(true), Number(ms));
        ctx.res.on('close', () => r(false));
      });
      clearTimeout(timer);
      if (!sent) return (log(key, 'aborted'), void (ctx.respond = false));
      log(key, 'sent');
      return send(ctx, 200, await fixture(p.join('/')));
    }
    case 'stall': {
      // The answer begun (status, headers and a first byte) and then held until the client
      // closes it: the browser has a response in hand to drop, not only a request.
      const key = rest.split('/')[0];
      log(key, 'start');
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      ctx.res.write(' ');
      ctx.res.on('close', () => log(key, 'aborted'));
      return;
    }
    case 'headers': {
      const [key, ...p] = rest.split('/');
      log(key, { cookie: ctx.get('Cookie'), referer: ctx.get('Referer') });
      return send(ctx, 200, await fixture(p.join('/')));
    }
    case 'logged': {
      const [key, ...p] = rest.split('/');
      log(key, ctx.req.url);
      const root = resolve('.');
      const file = normalize(resolve(root, p.join('/')));
      if (!['dist', 'demo', 'test/fixtures'].some((d) => file.startsWith(resolve(d)))) return send(ctx, 403, 'not served', 'text/plain');
      const types = { html: 'text/html; charset=utf-8', js: 'text/javascript', json: 'application/json', css: 'text/css' };
      return send(ctx, 200, await readFile(file), types[file.split('.').pop()] ?? 'application/octet-stream');
    }
    case 'endless': {
      const [length, key] = rest.split('/');
      ctx.respond = false;
      const res = ctx.res;
      const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
      if (Number(length)) headers['Content-Length'] = Number(length);
      res.writeHead(200, headers);
      const chunk = Buffer.alloc(65536, 0x20);
      let bytes = 0;
      res.on('close', () => log(key, { closed: true, bytes }));
      res.write('{"format":"stemhulp/1","x":"');
      // Respects backpressure, so `bytes` is what the client actually took in. Paced at about
      // 13 MB/s (64 KB every 5 ms): the size limit is still reached in a fraction of a second,
      // but a browser's network process is not flooded. Unpaced, WebKit on a busy machine read
      // ahead tens of megabytes and took more than 15 s to act on the page's abort.
      try {
        while (!res.destroyed) {
          bytes += chunk.length;
          if (!res.write(chunk)) {
            await new Promise((r) => {
              const go = () => (res.off('drain', go), res.off('close', go), r());
              res.on('drain', go).on('close', go);
            });
          }
          await sleep(5);
        }
      } catch {
        res.destroy(); // Past a declared Content-Length: Node refuses to write more.
      }
      return;
    }
    case 'log':
      return send(ctx, 200, JSON.stringify(logs.get(rest) ?? []));
    case 'store': {
      const chunks = [];
      for await (const c of ctx.req) chunks.push(c);
      stored.set(rest, { body: Buffer.concat(chunks), type: ctx.get('Content-Type') || 'application/json' });
      return send(ctx, 200, '"stored"');
    }
    case 'stored': {
      log(`stored-${rest}`, 'get');
      const item = stored.get(rest);
      ctx.respond = false;
      ctx.res.writeHead(item ? 200 : 404, {
        'Content-Type': item?.type ?? 'text/plain',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
      });
      ctx.res.end(item?.body ?? 'not stored');
      return;
    }
    case 'redirect-to':
      log(rest, 'redirect');
      ctx.respond = false;
      ctx.res.writeHead(302, { Location: ctx.query.to, 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
      ctx.res.end();
      return;
    case 'embed': {
      const [origins, ...p] = rest.split('/');
      const dist = resolve('dist');
      const file = normalize(resolve(dist, p.join('/')));
      if (!file.startsWith(dist)) return send(ctx, 403, 'outside dist', 'text/plain');
      const types = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', map: 'application/json' };
      const body = file.endsWith('embed.html') ? renderEmbedHtml(await readFile(resolve('src/embed/embed.html')), dataOrigins(decodeURIComponent(origins))) : await readFile(file);
      ctx.respond = false;
      ctx.res.writeHead(200, {
        'Content-Type': types[file.split('.').pop()] ?? 'application/octet-stream',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
      });
      ctx.res.end(body);
      return;
    }
    case 'embed-config': {
      const [k, ...p] = rest.split('/');
      const name = p.join('/');
      if (name === 'embed.config.json') {
        log(`config-${k}`, 'config');
        const item = stored.get(k);
        ctx.respond = false;
        if (item?.type === 'x-test/redirect') {
          ctx.res.writeHead(302, { Location: JSON.parse(String(item.body)), 'Cache-Control': 'no-store' });
          ctx.res.end();
          return;
        }
        ctx.res.writeHead(item ? 200 : 404, { 'Content-Type': item?.type ?? 'text/plain', 'Cache-Control': 'no-store' });
        ctx.res.end(item?.body ?? 'not found');
        return;
      }
      const dist = resolve('dist');
      const file = normalize(resolve(dist, name));
      if (!file.startsWith(dist)) return send(ctx, 403, 'outside dist', 'text/plain');
      const types = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', map: 'application/json' };
      const body = file.endsWith('embed.html') ? renderEmbedHtml(await readFile(resolve('src/embed/embed.html')), dataOrigins(undefined)) : await readFile(file);
      return send(ctx, 200, body, types[file.split('.').pop()] ?? 'application/octet-stream');
    }
    case 'redirect':
      ctx.respond = false;
      ctx.res.writeHead(302, { Location: `/test/fixtures/${rest}`, 'Cache-Control': 'no-store' });
      ctx.res.end();
      return;
    case 'no-length':
    case 'truncated':
    case 'truncated-chunked':
    case 'slow-body': {
      let path = rest;
      let ms = 0;
      if (kind === 'slow-body') [ms, path] = [Number(rest.split('/')[0]), rest.split('/').slice(1).join('/')];
      const body = await fixture(path);
      ctx.respond = false;
      const res = ctx.res;
      // A static-file server declares the length; a truncated one lets the client see it came short.
      const length = kind === 'truncated' ? { 'Content-Length': body.length } : {};
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...length });
      const half = Math.floor(body.length / 2);
      res.write(body.subarray(0, half));
      if (kind.startsWith('truncated')) {
        await sleep(20);
        res.destroy();
        return;
      }
      await sleep(ms);
      res.end(body.subarray(half));
      return;
    }
    case 'big':
    case 'big-chunked': {
      const size = Number(rest);
      const body = Buffer.alloc(size, 0x20);
      body.write('{"format":"stemhulp/1","x":"');
      body.write('"}', size - 2);
      if (kind === 'big') return send(ctx, 200, body);
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      for (let i = 0; i < size; i += 65536) {
        if (ctx.res.destroyed) return;
        ctx.res.write(body.subarray(i, i + 65536));
        await sleep(0);
      }
      ctx.res.end();
      return;
    }
    default:
      return next();
  }
}
