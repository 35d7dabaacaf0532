/**
 * Which data the iframe route may show. dist/embed.html names its data origins in
 * `<meta name="stemhulp-data-origins" content="'self' https://data.example">` (from
 * STEMHULP_DATA_ORIGINS at build time); its host may add more in embed.config.json beside
 * it (configOrigins). Its script puts them all in a CSP `connect-src`, and guards `fetch`
 * with them: only those origins, over https (http only on a
 * loopback host), answering with a JSON content type. Anything else is refused with a
 * `SecurityError`, which the widget shows as one fixed sentence. The script route has no
 * such meta: there the host page chose `src` itself. The party form
 * (dist/partijformulier.html, src/form/) has the same meta and the same policy.
 */

/**
 * The file beside embed.html in which its host names data origins without a rebuild:
 * `{ "dataOrigins": ["https://data.example.org"] }`. Added to those the page was built
 * with; none (404) leaves those alone. Anything doubtful in it is an error for the host.
 */
export const CONFIG_FILE = 'embed.config.json';
/** More than a host could mean: a list of a few origins is well under 1 KB. */
export const CONFIG_LIMIT = 16 * 1024;
const MAX_CONFIG_ORIGINS = 20;

/**
 * The origins listed in embed.config.json's text; throws an Error that says what is wrong.
 * Stricter than a URL parser: each entry must be exactly an origin (no path, no slash at
 * the end, no wildcard, lower case), https or http on localhost or 127.0.0.1 (the names a
 * CSP can express), so that it goes into the page's `connect-src` as it is.
 */
export function configOrigins(text: string): string[] {
  if (new TextEncoder().encode(text).length > CONFIG_LIMIT) throw new Error(`is larger than ${CONFIG_LIMIT} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`is not JSON (${(e as Error).message})`);
  }
  const shape = 'must be { "dataOrigins": ["https://data.example.org"] }';
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(shape);
  const other = Object.keys(json).find((k) => k !== 'dataOrigins');
  if (other !== undefined) throw new Error(`has a key "${other}" it does not know: it ${shape}`);
  const list = (json as { dataOrigins?: unknown }).dataOrigins;
  if (!Array.isArray(list)) throw new Error(shape);
  if (list.length > MAX_CONFIG_ORIGINS) throw new Error(`lists more than ${MAX_CONFIG_ORIGINS} origins`);
  for (const o of list) {
    let u: URL | undefined;
    try {
      u = new URL(o);
    } catch {
      // Reported below.
    }
    const ok =
      typeof o === 'string' &&
      u?.origin === o &&
      /^[a-z0-9.-]+$/.test(u.hostname) &&
      (u.protocol === 'https:' || (u.protocol === 'http:' && /^(localhost|127\.0\.0\.1)$/.test(u.hostname)));
    if (!ok) {
      throw new Error(`lists ${JSON.stringify(o)}, which is not an origin like https://data.example.org (https, or http on localhost; no path, no slash at the end, no wildcard)`);
    }
  }
  return [...new Set(list as string[])];
}

/** Allowed origins, like `https://data.example`, `'self'` already resolved to the page's own. */
export type Origins = readonly string[];

/** The origins in the page's meta; undefined without one. */
export function pageOrigins(doc: Document = document): Origins | undefined {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="stemhulp-data-origins"]')?.content;
  return content
    ?.split(/\s+/)
    .filter(Boolean)
    .map((o) => (o === "'self'" ? location.origin : o));
}

/** True when `url` may be fetched: https (http only on loopback), no user name, an allowed origin. */
export function allowedUrl(url: string, origins: Origins): boolean {
  let u: URL;
  try {
    u = new URL(url, location.href);
  } catch {
    return false;
  }
  const secure = u.protocol === 'https:' || (u.protocol === 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(u.hostname));
  return secure && !u.username && !u.password && origins.includes(u.origin);
}

/** `application/json` or any `application/…+json`, parameters allowed: what JSON is served as. */
export const isJsonType = (type: string | null) => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type ?? '');

const refused = (url: string, origins: Origins, why: string) => {
  console.warn(`stemhulp-widget: ${why} ${url} refused; this page allows data only from ${origins.join(' ')}`);
  return new DOMException('This page does not allow this data', 'SecurityError');
};

/**
 * `fetch` that enforces `origins`: the address is checked before any request (a disallowed
 * origin is never contacted), the final address after redirects and the content type after.
 * A redirect to a disallowed origin is stopped by the page's CSP before it is requested;
 * fetch then sees only a network error, so the CSP violation event tells the two apart.
 */
export function guardedFetch(origins: Origins, fetch: typeof globalThis.fetch = globalThis.fetch): typeof globalThis.fetch {
  let blocked = -1;
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.effectiveDirective === 'connect-src') blocked = performance.now();
  });
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!allowedUrl(url, origins)) throw refused(url, origins, 'data from');
    const start = performance.now();
    let res: Response;
    try {
      res = await fetch(input, init);
    } catch (e) {
      // The violation event is a task of its own: let it run first.
      await new Promise((r) => setTimeout(r, 50));
      if (blocked >= start && !init?.signal?.aborted) throw refused(url, origins, 'a redirect away from');
      throw e;
    }
    if (!allowedUrl(res.url || url, origins)) {
      void res.body?.cancel();
      throw refused(url, origins, 'a redirect away from');
    }
    if (!isJsonType(res.headers.get('Content-Type'))) {
      void res.body?.cancel();
      throw refused(url, origins, 'data that is not served as JSON from');
    }
    return res;
  };
}

/** The page's data origins as written in its meta (`'self'` unresolved), for the narrowed CSP. */
const builtOrigins = (doc: Document = document) => doc.querySelector<HTMLMetaElement>('meta[name="stemhulp-data-origins"]')?.content.split(/\s+/).filter(Boolean);

/**
 * The origins of embed.config.json beside the page. Its own rules (configOrigins), and:
 * read from this page's origin only, never through a redirect; missing (404, 410) is the
 * usual case. Throws an Error that says what is wrong with it.
 */
async function listed(): Promise<string[]> {
  let res: Response;
  try {
    // no-cache: a host's edit applies at once; omit: the file is public.
    res = await fetch(new URL(CONFIG_FILE, location.href), { redirect: 'manual', cache: 'no-cache', credentials: 'omit' });
  } catch (e) {
    // A sandboxed frame (origin "null") asks for it across origins: without CORS on it, it
    // cannot read it. Then only the built origins, as without the file: narrower, never wider.
    if (location.origin === 'null') {
      console.warn(`stemhulp-widget: ${CONFIG_FILE} could not be read in this sandboxed frame (it needs Access-Control-Allow-Origin); only the built data origins are allowed`);
      return [];
    }
    throw new Error(`could not be read (${(e as Error)?.message ?? e})`);
  }
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) throw new Error('is redirected: it must be served at its own address, beside embed.html');
  if (res.status === 404 || res.status === 410) return [];
  if (!res.ok) throw new Error(`answered with HTTP status ${res.status}`);
  if (Number(res.headers.get('Content-Length')) > CONFIG_LIMIT) throw new Error(`is larger than ${CONFIG_LIMIT} bytes`);
  return configOrigins(await res.text());
}

/**
 * Before a page with the meta (embed.html, partijformulier.html) asks for any data: data
 * only from the allowed origins, by the guard on `window.fetch` and by a CSP of exactly
 * those origins (the page's own allows what the file could list). `wanted`: the page will
 * load data at all; without it embed.config.json is not asked for either. Rejects, with
 * what is wrong with embed.config.json, when that file is wrong: then nothing is loaded.
 */
export async function enforceDataPolicy(wanted: boolean): Promise<void> {
  const origins = pageOrigins();
  const built = builtOrigins();
  if (!origins || !built) return;
  const extra = wanted ? await listed() : [];
  const csp = document.createElement('meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = `connect-src ${[...new Set([...built, ...extra])].join(' ')}`;
  document.head.append(csp);
  window.fetch = guardedFetch([...new Set([...origins, ...extra])] satisfies Origins);
}
