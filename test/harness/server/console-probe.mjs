// For the clean-console test: serves the demo pages, dist/ and the fixtures under
// /__console/<path> with a probe as the first script of every HTML page, so messages are
// caught from the first line on, in every frame and every engine. The probe reports each
// console.error/console.warn, uncaught error, unhandled rejection, failed resource and CSP
// violation to the top window (the test page). Relative URLs stay under /__console/, so
// frames and chunks a probed page loads are probed as well.
//   /__console/probe.js            the probe
//   /__console/<path>              <path> from the project; HTML gets the probe
//   /__console/embed-host?src=…    a host page embedding dist/embed.html from the other
//                                  origin (127.0.0.1 vs localhost), with embed-resize.js in its
//                                  <head>, as a CMS page would have it
import { readFile } from 'node:fs/promises';
import { normalize, resolve } from 'node:path';

const root = resolve('.');
// The house-style demo pages also load their gemeente's published tokens (and Utrecht's font).
const houseStyles = ['@utrecht/', '@gemeente-denhaag/', '@nl-design-system-unstable/', '@amsterdam/', '@fontsource-variable/'].map((p) => `node_modules/${p}`);
const allowed = ['demo/', 'dist/', 'test/fixtures/', ...houseStyles].map((p) => resolve(p));

const probe = `(() => {
  const text = (v) => {
    if (typeof v === 'string') return v;
    if (v instanceof Error) return v.stack || String(v);
    try { return JSON.stringify(v); } catch { return String(v); }
  };
  const report = (kind, parts) => {
    try {
      top.postMessage({ consoleProbe: true, kind, text: parts.map(text).join(' ').slice(0, 800), page: location.href }, '*');
    } catch {}
  };
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      report(level, args);
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => {
    if (e.target && e.target !== window) report('resource', ['failed to load', e.target.src || e.target.href || e.target.localName]);
    else report('uncaught', [e.error ?? e.message]);
  }, true);
  addEventListener('unhandledrejection', (e) => report('unhandled rejection', [e.reason]));
  addEventListener('securitypolicyviolation', (e) => report('csp', [e.violatedDirective, e.blockedURI]));
})();
`;

const withProbe = (html) => html.replace(/<head[^>]*>/i, (head) => `${head}\n<script src="/__console/probe.js"></script>`);

export async function consoleProbeMiddleware(ctx, next) {
  const m = ctx.path.match(/^\/__console\/(.*)$/);
  if (!m) return next();
  const rest = m[1];
  ctx.set('Cache-Control', 'no-store');
  if (rest === 'probe.js') {
    ctx.type = 'text/javascript';
    ctx.body = probe;
    return;
  }
  if (rest === 'embed-host') {
    const other = `http://127.0.0.1:${ctx.host.split(':')[1]}`;
    const src = ctx.query.src ?? '/test/fixtures/basic/index.json';
    const frame = `${other}/__console/dist/embed.html?src=${encodeURIComponent(new URL(src, other).href)}`;
    ctx.type = 'html';
    ctx.body = withProbe(`<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Nieuwsartikel met de stemhulp in een iframe</title>
<script src="/__console/dist/embed-resize.js"></script></head>
<body><h1>Een artikel</h1><p>Tekst van het artikel.</p>
<iframe data-stemhulp title="Stemhulp" src="${frame}" style="width:100%;border:0" height="640"></iframe>
<p>Meer tekst.</p></body></html>`);
    return;
  }
  const file = normalize(resolve(root, rest));
  if (!allowed.some((dir) => file.startsWith(dir))) {
    ctx.status = 404;
    return;
  }
  if (/\.html?$/.test(file)) {
    ctx.type = 'html';
    ctx.body = withProbe(await readFile(file, 'utf8'));
    return;
  }
  // Everything else as the dev server serves it from its real path.
  ctx.url = `/${rest}${ctx.search ?? ''}`;
  return next();
}
