import { adoptStyles, nothing, type CSSResult, type ReactiveControllerHost } from 'lit';
import { loadLanguage } from '../i18n/index.js';
import type { PartsChunks } from '../i18n/types.js';
import { inject, type Slice } from '../state/state.js';
import { chunkOf, type ChunkName, type Chunks } from './screen-table.js';

/**
 * Loading the lazy chunks by name, once per page: the screen table names them
 * (screen-table.ts: a screen's chunk in its row, the others in `parts`).
 */

/** What a lazy chunk exports: its own stylesheet (a view's; validation has none) and state slice, plus whatever its views are. */
export interface Chunk {
  styles?: CSSResult;
  slice?: Slice;
  /** Its words in a language other than Dutch are that language's parts chunk, by this table (src/i18n/tools.ts): drawn once they are there. */
  words?: PartsChunks;
}

/** What chunk `N` exports, once loaded. */
export type Loaded<N extends ChunkName> = Awaited<ReturnType<Chunks[N]>>;

/**
 * One load per chunk per page, shared by every widget; a failed load may be tried again.
 * A chunk with a state slice brings it into the state as it arrives.
 */
const loads = new Map<string, Promise<Chunk>>();
const ready = new Map<string, Chunk>();
/**
 * Firefox keeps a failed import() in its module map: the same URL fails again without
 * asking the network. So a retry imports the chunk's URL, which the error names, with a query.
 */
const failedUrls = new Map<string, string>();
let retries = 0;

/** The chunk's URL, where the browser's error names it (Chromium and Firefox do, WebKit does not). */
export const chunkUrl = (e: unknown) => /https?:\/\/\S+?\.js\b/.exec(String((e as Error)?.message))?.[0];

function load(name: ChunkName): Promise<Chunk> {
  let p = loads.get(name);
  if (!p) {
    const failed = failedUrls.get(name);
    p = (failed ? import(`${failed}?retry=${++retries}`) : chunkOf(name)()).then((c: Chunk) => (c.slice && inject(c.slice), ready.set(name, c), c));
    p.catch((e) => {
      loads.delete(name);
      const url = chunkUrl(e);
      if (url) failedUrls.set(name, url);
    });
    loads.set(name, p);
  }
  return p;
}

/** Starts loading `name` in the background (none for false); a failure shows only when its view is wanted. */
export const prefetch = (name: string | false) => name && load(name as ChunkName).catch(() => {});

/**
 * The host's view of the lazy chunks: `prefetch` ahead of need, `render` once there.
 * While a chunk loads, `render` gives nothing (the screen below does not jump, and
 * after a prefetch the wait is over before the reader gets there); when it failed, the
 * host's `failed` renders the usual error with a retry. A loaded chunk's sheet is added
 * to the host's shadow root once, beside the main sheets.
 */
export class LazyViews {
  private readonly failed = new Map<string, unknown>();
  private readonly adopted = new Set<string>();
  /** The loads this host's views wait for, each with one handler (`render`). */
  private readonly waiting = new WeakSet<Promise<unknown>>();
  /**
   * The `words` of a chunk drawn here: the element then waits for the parts chunk of a new
   * language too, beside its chunk, so that an open part changes language in place, as the
   * rest does. Declared: no initialiser.
   */
  declare words?: PartsChunks;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {}

  /** The chunk if it is loaded, else undefined. */
  loaded<N extends ChunkName>(name: N) {
    return ready.get(name) as Loaded<N> | undefined;
  }

  /** The chunk itself, for what is not a view (the result's scoring, for the host's event). */
  load<N extends ChunkName>(name: N): Promise<Loaded<N>> {
    return load(name) as Promise<Loaded<N>>;
  }

  /**
   * The chunk's view via `view` in `lang` (with its parts chunk, for a chunk with `words`), or
   * nothing while they load, or `failed(retry)` after a failed load of the chunk (one of the
   * parts chunk leaves the part in Dutch: `loadLanguage`).
   */
  render<N extends ChunkName, R>(name: N, view: (chunk: Loaded<N>) => R, failed: (retry: () => void, error: unknown) => R, lang = 'nl'): R | typeof nothing {
    const chunk = ready.get(name) as (Loaded<N> & Chunk) | undefined;
    const words = chunk?.words && loadLanguage(lang, (this.words = chunk.words));
    if (chunk && !words) {
      this.adopt(name, chunk);
      return view(chunk);
    }
    if (this.failed.has(name)) return failed(() => this.retry(name), this.failed.get(name));
    // A chunk with `words` is drawn once they are there too: loaded, it draws again, and waits for them.
    // One handler per load, however many views wait for it (four speerpunt cards wait for one chunk).
    const loading = words || load(name);
    if (this.waiting.has(loading)) return nothing;
    this.waiting.add(loading);
    loading.then(
      () => this.host.requestUpdate(),
      (e) => {
        console.warn(`stemhulp-widget: could not load the ${name} view`, e);
        this.failed.set(name, e);
        this.host.requestUpdate();
      },
    );
    return nothing;
  }

  /** The reader enters `name`'s screen again: a remembered failure is tried anew, the network may be back. */
  enter(name: string) {
    this.failed.delete(name);
  }

  private retry(name: string) {
    this.failed.delete(name);
    this.host.requestUpdate();
  }

  private adopt(name: string, chunk: Chunk) {
    if (this.adopted.has(name)) return;
    this.adopted.add(name);
    const root = this.host.renderRoot as ShadowRoot;
    // A view's chunk has its sheet; the speerpunten's texts need none.
    const styles = chunk.styles;
    if (!styles) return;
    const sheet = styles.styleSheet;
    // Where the browser adopts sheets, add to the list; else Lit's fallback appends a <style>.
    if (sheet && root.adoptedStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else adoptStyles(root, [styles]);
  }
}
