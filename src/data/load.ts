/**
 * All network access of the widget: fetch with a timeout and a size limit, errors sorted
 * into the kinds the data format distinguishes, and one shared request per URL for every
 * widget on the page.
 */
import { yieldToMain } from '../lib/yield.js';
import { INDEX_LIMIT, GEMEENTE_LIMIT } from '../core/limits.js';
import type { Index, KeyPoint, MunicipalityContent, MunicipalityEntry, Problem, Validated } from '../core/types.js';

/** `refused`: the page does not allow this data (the iframe route's data origins, src/embed/data-policy.ts). */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'format' | 'too-large' | 'refused';

/**
 * A failed load, with what a site owner or data author needs to fix it. `detail` is the
 * browser's own message for `network` and `json` (English in every engine, shown as
 * such), the limit for `timeout` and `too-large` (ms, bytes; Details put it into words in
 * the widget's language), else a note for developers that Details do not show.
 */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string,
    detail: string,
    readonly status?: number,
    readonly problems: readonly Problem[] = [],
  ) {
    super(detail);
    this.name = 'LoadError';
  }
  /**
   * Why a request from another origin failed, as far as a second request can tell (see
   * fetchJson): `cors`, the server answered but the browser may not show it; `net`, no
   * answer at all. Unset where nothing can be told (a chunk of the widget's own code).
   */
  hint?: 'cors' | 'net';
}

/** Byte limits of the data format (src/core/limits.ts), re-exported for the data's importers. */
export { INDEX_LIMIT, GEMEENTE_LIMIT };

export interface LoadOptions {
  /** Aborts this caller's interest; the request stops when no widget still wants it. */
  signal?: AbortSignal;
  /** Milliseconds before this caller gives up waiting, whoever started the request. */
  timeout: number;
  /** Loads the validation chunk (src/chunks/validate.ts); once per page, a failed load tried again on the next call. */
  validator: () => Promise<Validator>;
}

/** The data format's checks, from their own chunk. */
export type Validator = typeof import('../core/validate.js');

interface Fetched {
  /** The file's text, parsed once the validation chunk is there (it checks the nesting first). */
  body: string;
  /** The URL after redirects: relative `data` URLs resolve against it. */
  url: string;
}

/**
 * `AbortSignal.any`, or the same by hand where it is missing (Safari before 17.4, still on
 * many iPhones): without it every load would fail as a connection error.
 */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const combined = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      combined.abort(s.reason);
      break;
    }
    // The `signal` option drops these listeners once the combined signal has fired.
    s.addEventListener('abort', () => combined.abort(s.reason), { once: true, signal: combined.signal });
  }
  return combined.signal;
}

async function fetchJson(url: string, limit: number, signal: AbortSignal): Promise<Fetched> {
  // Refusing a body aborts the fetch: WebKit goes on downloading a body that is only cancelled.
  const refused = new AbortController();
  let body: string;
  let finalUrl = url;
  let res: Response | undefined;
  try {
    // omit: the data is public; sending the host's cookies along would leak who reads it.
    res = await fetch(url, { signal: anySignal([signal, refused.signal]), credentials: 'omit', referrerPolicy: 'no-referrer' });
    finalUrl = res.url || url;
    if (!res.ok) throw new LoadError('http', finalUrl, `HTTP ${res.status} ${res.statusText}`.trim(), res.status);
    const declared = Number(res.headers.get('Content-Length'));
    // Refused from the header alone, before reading any of it.
    if (declared > limit) throw tooLarge(finalUrl, limit);
    body = await readLimited(res, limit, finalUrl);
  } catch (e) {
    if (e instanceof LoadError) {
      refused.abort();
      throw e;
    }
    if (signal.aborted) throw e;
    // Nothing of the refused address is kept: the reader gets one fixed sentence.
    if ((e as Error)?.name === 'SecurityError') throw new LoadError('refused', '', 'refused');
    // Browsers hide why a request failed. From another origin, a request that needs no
    // CORS (its answer is opaque) tells whether the server answered at all: then the
    // missing Access-Control-Allow-Origin header is why, sent on no answer or only on
    // success (a mistyped address's 404); else the address or the connection is. Through
    // the iframe route's guard, an opaque answer is refused as not JSON: it did answer.
    const err = new LoadError('network', url, String((e as Error)?.message ?? e));
    err.hint =
      !res && navigator.onLine && new URL(url).origin !== location.origin
        ? await fetch(url, { mode: 'no-cors', signal, credentials: 'omit', referrerPolicy: 'no-referrer' }).then(
            () => 'cors',
            (p: Error) => (p?.name === 'SecurityError' ? 'cors' : 'net'),
          )
        : 'net';
    throw err;
  }
  return { body, url: finalUrl };
}

/**
 * The data in a file's text. Nesting deeper than the format's few levels is refused before
 * parsing, in one linear pass (src/core/json-depth.ts): `JSON.parse` would spend over a
 * second on `[[[[…` within the size limit before failing.
 */
function parse({ depthProblem }: Validator, { body, url }: Fetched): unknown {
  const deep = depthProblem(body);
  if (deep) throw new LoadError('format', url, FORMAT_ERROR, undefined, [deep]);
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new LoadError('json', url, (e as Error).message);
  }
}

const FORMAT_ERROR = 'The data does not match format stemhulp/1';

const tooLarge = (url: string, limit: number) => new LoadError('too-large', url, String(limit));

/** Reads the body, stopping as soon as it passes `limit` bytes instead of buffering it all. */
async function readLimited(res: Response, limit: number, url: string): Promise<string> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) throw tooLarge(url, limit);
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

interface Shared<T> {
  promise: Promise<T>;
  controller: AbortController;
  users: number;
  settled: boolean;
}
const cache = new Map<string, Shared<unknown>>();

/**
 * One request per key for the whole page. Each caller waits with its own timeout and may
 * stop waiting; the request itself is aborted only when no caller waits for it any more.
 * Failures are not cached, so "Probeer opnieuw" really tries again.
 */
function shared<T>(key: string, url: string, opts: LoadOptions, start: (s: AbortSignal) => Promise<T>): Promise<T> {
  let entry = cache.get(key) as Shared<T> | undefined;
  if (!entry) {
    const controller = new AbortController();
    const created: Shared<T> = { controller, users: 0, settled: false, promise: start(controller.signal) };
    created.promise.then(
      () => (created.settled = true),
      () => cache.get(key) === created && cache.delete(key),
    );
    cache.set(key, created);
    entry = created;
  }
  const e = entry;
  if (e.settled) return e.promise;
  // A typo like timeout="10s" (NaN), "0" or "Infinity" must not break or disable loading: the default then.
  const ms = opts.timeout > 0 && opts.timeout < 1e9 ? opts.timeout : 1e4;
  const timer = AbortSignal.timeout(ms);
  const signal = opts.signal ? anySignal([opts.signal, timer]) : timer;
  e.users++;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      if (--e.users === 0 && !e.settled) {
        e.controller.abort();
        if (cache.get(key) === e) cache.delete(key);
      }
      reject(timer.aborted ? new LoadError('timeout', url, String(ms)) : signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    const done = () => signal.removeEventListener('abort', onAbort);
    e.promise.then(
      (v) => (done(), e.users--, resolve(v)),
      (err) => (done(), e.users--, reject(err)),
    );
  });
}

/**
 * The validator, a chunk of its own: it is most of what the main file would weigh
 * otherwise, and it is only needed once data has arrived. Requested beside the data (no
 * wait added, one request), so its evaluation is not part of the first frame. Whoever
 * makes the loads hands over how to load it (the element: its lazy chunks, which load a
 * chunk once per page and try a failed one again). A failed load is a network error of
 * the data like any other, and is tried again on a retry.
 */
function validation(url: string, opts: LoadOptions) {
  const v = opts.validator().catch((e: unknown) => {
    throw new LoadError('network', url, String((e as Error)?.message ?? e));
  });
  // The data's own failure comes first; this one is seen only when the data arrived.
  v.catch(() => {});
  return v;
}

/**
 * Runs `f` in a task of its own: parsing before it, and the render after it, each get
 * theirs (see yieldToMain). Validating 342 gemeenten is a slice of its own at 4× CPU.
 */
async function alone<T>(f: () => T): Promise<T> {
  await yieldToMain();
  const v = f();
  await yieldToMain();
  return v;
}

/** Resolves an absolute URL for `src`, relative to the host page. */
const absolute = (url: string) => new URL(url, document.baseURI).href;

export interface LoadedIndex {
  index: Index;
  warnings: Problem[];
}

/**
 * Fetches the file at `url` once per `key` for the page (see `shared`), parses it and checks
 * it with `check` from the validation chunk, in a task of its own: the value and its
 * warnings, or a `format` LoadError with the problems. The index, a gemeente's file and a
 * language file (src/chunks/language.ts) all load through here.
 */
export function loadChecked<T>(key: string, url: string, limit: number, opts: LoadOptions, check: (v: Validator, json: unknown, url: string) => Validated<T>) {
  return shared(key, url, opts, async (signal) => {
    const validate = validation(url, opts);
    const fetched = await fetchJson(url, limit, signal);
    const validator = await validate;
    const json = parse(validator, fetched);
    const v = await alone(() => check(validator, json, fetched.url));
    if (!v.ok) throw new LoadError('format', fetched.url, FORMAT_ERROR, undefined, v.errors);
    return v;
  });
}

/** Fetches and validates the index file at `src`. */
export function loadIndex(src: string, bundledKeyPoints: readonly KeyPoint[], opts: LoadOptions): Promise<LoadedIndex> {
  const url = absolute(src);
  let warm: Validator['warmCollator'] | undefined;
  return loadChecked(`index ${url}`, url, INDEX_LIMIT, opts, (v, json, finalUrl) => ((warm = v.warmCollator), v.validateIndex(json, finalUrl, bundledKeyPoints))).then(
    async (v) => {
      // The first to load it makes the page's first Intl object, in a task of its own.
      if (warm) await alone(warm);
      return { index: v.value, warnings: v.warnings };
    },
  );
}

export interface LoadedGemeente {
  content: MunicipalityContent;
  warnings: Problem[];
}

/** The content of a gemeente: inline from the index, or fetched from its file on first use. */
export function loadGemeente(entry: MunicipalityEntry, keyPointIds: readonly string[], opts: LoadOptions): Promise<LoadedGemeente> {
  if (entry.content) return Promise.resolve({ content: entry.content, warnings: [] });
  if (!entry.data) {
    const url = `#${entry.code}`;
    return Promise.reject(new LoadError('format', url, 'Inline content has errors', undefined, entry.problems));
  }
  const url = entry.data;
  // The key points are part of the key: a file valid under one index may not be under another.
  return loadChecked(`municipality ${entry.code} ${url} ${JSON.stringify(keyPointIds)}`, url, GEMEENTE_LIMIT, opts, (v, json) =>
    v.validateMunicipalityFile(json, entry.code, keyPointIds),
  ).then((v) => ({ content: v.value, warnings: v.warnings }));
}
