import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { DataController } from '../data/data-controller.js';
import { LoadError, type LoadedIndex } from '../data/load.js';
import { localise } from '../core/text.js';
import type { Derived } from './derive.js';
import { StemhulpCompleteEvent } from './events.js';
import type { Extras } from './extras.js';
import { chunkUrl, type LazyViews, type Loaded } from './lazy.js';
import type { Strings } from '../i18n/types.js';
import type { Action, ReaderState, Screen } from '../state/state.js';
import { errorBox, municipalityErrorBox, said } from '../ui/common/common.js';

/** What the screens use of the element: its preset and `event-scores`, its shadow root and its next render. */
interface ScreensHost extends EventTarget, ReactiveControllerHost {
  gemeente?: string;
  eventScores: boolean;
  renderRoot: ParentNode;
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
}

/**
 * Every screen after home: the verdict table, the quiz and the result, each from its lazy
 * chunk (or the usual error with "Probeer opnieuw" when the chunk failed), or the chosen
 * gemeente still loading or failed. Also which chunks a change of screen fetches ahead,
 * and `stemhulp-complete` when a result is shown.
 */
export class Screens {
  /** Arrived at the result, the host not yet told (`stemhulp-complete`). */
  private unsent = false;

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
    const { lazy } = this.deps;
    // Entering a screen again tries its failed chunk anew: the network may be back.
    if (after.name !== before.name) lazy.enter(after.name);
    if (after.name === 'quiz')
      // A fifth of a second later: starting these two imports costs about 3 ms (10 ms on a
      // slow phone), which the task that draws the statement should not carry, and the
      // reader needs them an answer later at the earliest. The share buttons come with the
      // result, so nothing below it moves when they arrive.
      setTimeout(() => (lazy.prefetch('result'), lazy.prefetch('share')), 200);
    if (after.name === 'result' && before.name !== 'result') this.unsent = true;
  }

  /** The chosen gemeente's name in the UI language. */
  name(lang: string) {
    return localise(this.deps.data.entry(this.deps.reader().gemeente)?.name, lang);
  }

  /** The chosen gemeente's file failed: which one, what went wrong, and a retry. */
  municipalityError(t: Strings, lang: string) {
    const { data } = this.deps;
    const m = data.municipality;
    if (m?.state !== 'error') return nothing;
    return municipalityErrorBox(t, this.name(lang), m.error, () => data.choose(m.code));
  }

  /** The reader's screen other than home. */
  render(index: LoadedIndex, t: Strings, lang: string) {
    const { data, lazy, derived, extras, dispatch } = this.deps;
    const reader = this.deps.reader();
    const m = data.municipality;
    const { screen } = reader;
    const name = this.name(lang);
    const back = html`<button type="button" class="secondary" @click=${() => dispatch({ type: 'home' })}>${t.previous}</button>`;
    if (!m || screen.name === 'home') return nothing;
    if (m.state === 'loading') return html`<p role="status" class="loading">${said(t.loadingMunicipality(name))}</p>`;
    if (m.state === 'error') return html`${this.municipalityError(t, lang)} ${back}`;
    const failed = (retry: () => void, e: unknown) => html`${errorBox(t, t.errorChunk, new LoadError('network', chunkUrl(e) ?? '', String(e)), retry)} ${back}`;
    if (screen.name === 'quiz') {
      const model = derived.quiz(index, m.value, screen.step, reader, lang);
      return lazy.render('quiz', (chunk) => chunk.quizView({ ...model, dispatch }, t, lang), failed);
    }
    const verdict = (c: Loaded<'verdict'>) => ({ ...derived.verdict(c.verdictTable, index, m.value, name, !!this.host.gemeente, reader, lang), dispatch });
    if (screen.name === 'verdict') return lazy.render('verdict', (c) => c.verdictScreen(verdict(c), t, lang), failed);
    const tools = (v: (chunk: Loaded<'tools'>) => unknown) => lazy.render('tools', v, failed);
    const view = (chunk: Loaded<'result'>) => {
      // Told once per arrival, after the render that shows the result: when its chunk failed
      // first, that is when "Probeer opnieuw" brings it, not when the reader asked for it.
      if (this.unsent) {
        this.unsent = false;
        const detail = derived.completeDetail(chunk.matchParties, m.value, reader, lang, this.host.eventScores);
        this.host.updateComplete.then(() => detail && this.host.dispatchEvent(new StemhulpCompleteEvent(detail)));
      }
      const model = derived.result(chunk, index, m.value, name, reader, lang);
      const screen = chunk.resultScreen({ model, state: reader, content: m.value.content, dispatch, host: this.host, tools }, t, lang);
      return html`${screen} ${extras.render('share', lang, model, chunk.verdictScore)}`;
    };
    return lazy.render('result', view, failed);
  }
}
