// Writes the allowed data origins into the iframe route's page (dist/embed.html):
// `npm run build` reads them from STEMHULP_DATA_ORIGINS, space-separated; without it the
// page may load data only from its own origin ('self').
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/** The origins of `value` as CSP source expressions; throws, naming the value, for anything else. */
export function dataOrigins(value) {
  const list = (value ?? '').split(/\s+/).filter(Boolean);
  if (!list.length) return ["'self'"];
  for (const o of list) {
    if (o === "'self'") continue;
    let u;
    try {
      u = new URL(o);
    } catch {
      // Reported below.
    }
    const secure = u && (u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.test(u.hostname)));
    if (!secure || u.origin !== o) {
      throw new Error(`STEMHULP_DATA_ORIGINS: "${o}" is not an origin like https://data.example (https, or http on localhost; no path, no trailing slash)`);
    }
  }
  return [...new Set(list)];
}

/** embed.html with the origins in its Content-Security-Policy (connect-src) and its data policy. */
export function renderEmbedHtml(template, origins) {
  const html = String(template).replaceAll('%DATA_ORIGINS%', origins.join(' '));
  if (html === String(template)) throw new Error('embed.html has no %DATA_ORIGINS% placeholder');
  return html;
}
