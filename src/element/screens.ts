import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { DataController } from '../data/data-controller.js';
import { LoadError, type LoadedIndex } from '../data/load.js';
import type { Derived } from './derive.js';
import { StemhulpCompleteEvent, type StemhulpCompleteDetail } from './events.js';
import type { Extras } from './extras.js';
import { chunkUrl, prefetch, type LazyViews } from './lazy.js';
import { gemeenteName, gemeenteError, screens, type Chunks, type Row, type ScreenContext } from './screen-table.js';
import type { Strings } from '../i18n/types.js';
import type { Action, ReaderState, Screen } from '../state/state.js';
import { bareDetails, errorBox, said } from '../ui/common/common.js';

/** What the screens use of the element: its attributes, its shadow root and its next render. */
interface ScreensHost extends HTMLElement, ReactiveControllerHost {
  src?: string;
  gemeente?: string;
  eventScores: boolean;
  renderRoot: HTMLElement | DocumentFragment;
  updateComplete: Promise<boolean>;
}

/** The element's controllers and state that the screens read, and its dispatch. */
export interface ScreensDeps {
  data: DataController;
  lazy: LazyViews;
  derived: Derived;
  extras: Extras;
  reader: () => ReaderState;
  dispatch: (action: Action) => void;
  start: ScreenContext['start'];
  vote: ScreenContext['vote'];
}

/**
 * The reader's screen, drawn by its row of the screen table (screen-table.ts): from its lazy
 * chunk (or the usual error with "Probeer opnieuw" when the chunk failed), after home only
 * once the chosen gemeente is there (else it loading, or failed). Also what a screen fetches
 * ahead, and `stemhulp-complete` when a result is shown.
 */
export class Screens {
  /** Arrived at the result, the host not yet told (`stemhulp-complete`). */
  private unsent = false;
  /** The errors whose Details have asked for the details chunk (see `render`). */
  private readonly detailed = new WeakSet<LoadError>();

  constructor(
    private readonly host: ScreensHost,
    private readonly deps: ScreensDeps,
  ) {}

  /** The next render, or when the result's lists are still coming in slices (the result chunk draws them so), the render after the last. */
  async settled(update: () => Promise<boolean>) {
    let done = await update();
    let next;
    while ((next = this.deps.lazy.loaded('result')?.pending(this.host))) {
      await next;
      done = await update();
    }
    return done;
  }

  /** After every action, with the screens before and after it. */
  follow(before: Screen, after: Screen) {
    // Entering a screen again tries its failed chunk anew: the network may be back.
    if (after.name !== before.name) this.deps.lazy.enter(after.name);
    if (after.name === 'result' && before.name !== 'result') this.unsent = true;
  }

  /**
   * Told once per arrival, after the render that shows the result: when its chunk failed
   * first, that is when "Probeer opnieuw" brings it, not when the reader asked for it.
   */
  private readonly complete = (detail: () => StemhulpCompleteDetail | undefined) => {
    if (!this.unsent) return;
    this.unsent = false;
    const d = detail();
    this.host.updateComplete.then(() => d && this.host.dispatchEvent(new StemhulpCompleteEvent(d)));
  };

  /**
   * The reader's screen, and a fifth of a second later what it fetches ahead: starting
   * imports costs about 3 ms (10 ms on a slow phone), which the task that draws the
   * screen should not carry.
   */
  render(index: LoadedIndex | undefined, t: Strings, lang: string) {
    const { data, lazy, dispatch } = this.deps;
    const reader = this.deps.reader();
    const m = data.gemeente;
    const { screen } = reader;
    const row = screens[screen.name];
    const back = html`<button type="button" class="secondary" @click=${() => dispatch({ type: 'home' })}>${t.previous}</button>`;
    // Behind an error's Details: the details chunk's words, fetched as the error shows; without it, the address alone.
    // Each new error tries a failed chunk once more (the network may be back); the same error never loops.
    const details = (e: LoadError) => {
      if (!this.detailed.has(e)) (this.detailed.add(e), lazy.enter('details'));
      return lazy.render(
        'details',
        (c): unknown => c.errorDetails(t, e),
        () => bareDetails(e),
      );
    };
    const x: ScreenContext = {
      ...this.deps,
      host: this.host,
      reader,
      index,
      m: m?.state === 'ready' ? m.value : undefined!,
      t,
      lang,
      complete: this.complete,
      details,
      failed: (retry: () => void, e: unknown) => html`${errorBox(t, t.errorChunk, new LoadError('network', chunkUrl(e) ?? '', String(e)), retry, details)} ${back}`,
    };
    setTimeout(() => (row as Row).prefetch?.(x).map(prefetch), 200);
    if (!('chunk' in row)) return row.render(x);
    if (!index || !m) return nothing;
    if (m.state === 'loading') return html`<p role="status" class="loading">${said(t.loadingGemeente(gemeenteName(x)))}</p>`;
    if (m.state === 'error') return html`${gemeenteError(x)} ${back}`;
    return lazy.render(screen.name as keyof Chunks, (c) => row.render(x, c as never), x.failed);
  }
}
