import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenNearViewport } from '../lib/near-viewport.js';
import { bundledKeyPoints } from './bundled-key-points.js';
import { LoadError, loadIndex, loadGemeente, type LoadedIndex, type LoadedGemeente, type Validator } from './load.js';
import type { MunicipalityEntry } from '../core/types.js';

/** A load in progress, done or failed. */
export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: LoadError };

interface DataHost extends ReactiveControllerHost, HTMLElement {
  hasUpdated: boolean;
  src?: string;
  gemeente?: string;
  timeout: number;
  loading: 'lazy' | 'eager';
}

/**
 * The widget's data in one place: the index at `src` and the chosen gemeente's content,
 * each loading, ready or failed. Every change re-renders the host. Loads that lose
 * their purpose (a newer choice, the element leaving the page) are aborted.
 */
export class DataController implements ReactiveController {
  index?: Load<LoadedIndex>;
  gemeente?: Load<LoadedGemeente> & { code: string };

  /** The `src` the index state belongs to: a `src` set while detached is loaded on connect. */
  private src?: string;
  private nearViewport = false;
  private stopWatching?: () => void;
  private indexAbort?: AbortController;
  private gemeenteAbort?: AbortController;

  /**
   * `onChoose` hears every choice, the host's preset included: the reader's state holds
   * the chosen gemeente, and `chosen` reads it back from there ('' for none).
   * `validator` loads the validation chunk.
   */
  constructor(
    private readonly host: DataHost,
    private readonly onChoose: (code: string) => void,
    private readonly chosen: () => string,
    private readonly validator: () => Promise<Validator>,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Loads cut off by an earlier disconnect start again; the first load is the host's call.
    if (!this.host.hasUpdated) return;
    if (this.host.src && (!this.index || this.host.src !== this.src)) this.loadIndex();
    if (this.chosen() && !this.gemeente) this.choose(this.chosen());
  }

  hostDisconnected() {
    // Nothing keeps running for an element that left the page.
    if (this.index?.state === 'loading') this.index = undefined;
    if (this.gemeente?.state === 'loading') this.gemeente = undefined;
    this.indexAbort?.abort();
    this.gemeenteAbort?.abort();
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** (Re)loads the index at the host's `src`, once the host is near the viewport when `loading="lazy"`. */
  loadIndex() {
    const { host } = this;
    this.indexAbort?.abort();
    this.src = host.src;
    this.index = undefined;
    if (!host.src) return host.requestUpdate();
    if (host.loading === 'lazy' && !this.nearViewport) {
      this.stopWatching ??= whenNearViewport(host, () => {
        this.nearViewport = true;
        this.stopWatching = undefined;
        this.loadIndex();
      });
      return host.requestUpdate();
    }
    const abort = (this.indexAbort = new AbortController());
    const src = host.src;
    this.update(() => (this.index = { state: 'loading' }));
    loadIndex(src, bundledKeyPoints, { signal: abort.signal, timeout: host.timeout, validator: this.validator }).then(
      (value) => {
        if (abort.signal.aborted) return;
        this.update(() => (this.index = { state: 'ready', value }));
        if (value.warnings.length) console.warn('stemhulp-widget: data warnings', value.warnings);
        this.applyPreset();
      },
      (error) => abort.signal.aborted || this.update(() => (this.index = { state: 'error', error: asLoadError(error, src) })),
    );
  }

  /** Chooses the host's preset `gemeente` once the index is there; false when the index has no such gemeente (yet). */
  applyPreset() {
    const entry = this.host.gemeente ? this.entry(this.host.gemeente) : undefined;
    if (entry && entry.code !== this.chosen()) this.choose(entry.code);
    return !!entry;
  }

  /** The index entry for a code, in any letter case. */
  entry(code: string): MunicipalityEntry | undefined {
    if (this.index?.state !== 'ready') return undefined;
    const upper = code.trim().toUpperCase();
    return this.index.value.index.municipalities.find((m) => m.code === upper);
  }

  /** Picks a gemeente and starts loading its data; a slower earlier choice is dropped. */
  choose(code: string) {
    this.gemeenteAbort?.abort();
    const entry = this.entry(code);
    this.onChoose(code);
    this.gemeente = undefined;
    if (!entry || this.index?.state !== 'ready') return this.host.requestUpdate();
    const abort = (this.gemeenteAbort = new AbortController());
    const keyPointIds = this.index.value.index.keyPoints.map((k) => k.id);
    this.update(() => (this.gemeente = { code, state: 'loading' }));
    loadGemeente(entry, keyPointIds, { signal: abort.signal, timeout: this.host.timeout, validator: this.validator }).then(
      (value) => {
        if (abort.signal.aborted) return;
        this.update(() => (this.gemeente = { code, state: 'ready', value }));
        if (value.warnings.length) console.warn(`stemhulp-widget: data warnings for ${code}`, value.warnings);
      },
      (error) => abort.signal.aborted || this.update(() => (this.gemeente = { code, state: 'error', error: asLoadError(error, entry.data ?? '') })),
    );
  }

  /** Forgets the chosen gemeente's data, for another data set (the host resets its state with it). */
  reset() {
    this.gemeenteAbort?.abort();
    this.gemeente = undefined;
  }

  private update(change: () => void) {
    change();
    this.host.requestUpdate();
  }
}

function asLoadError(error: unknown, url: string): LoadError {
  return error instanceof LoadError ? error : new LoadError('network', url, String(error));
}
