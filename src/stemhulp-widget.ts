import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { DataController } from './data/data-controller.js';
import { LoadError } from './data/load.js';
import { localise } from './data/text.js';
import type { Answer } from './data/types.js';
import { Derived } from './derive.js';
import { StemhulpCompleteEvent } from './events.js';
import { FocusController } from './focus-controller.js';
import { LazyViews, type chunks } from './lazy.js';
import { isReady, isRtl, loadLanguage, stringsFor, uiLanguage } from './locales/index.js';
import { initialState, update, type Action, type ReaderState } from './state.js';
import { styles } from './stemhulp-widget.styles.js';
import { errorBox, externalLink, languageSwitcher, municipalityErrorBox, warningsView } from './views/common.js';
import { keyPointsView } from './views/key-points.js';
import { startSection } from './views/start.js';

/**
 * The stemhulp: the organisation's speerpunten and, with `src`, a voting aid per gemeente.
 *
 * @tagname stemhulp-widget
 * @event stemhulp-complete - A result is shown; `detail` is `{ municipality, results }`.
 * @csspart key-points - The speerpunten section.
 * @csspart card - One speerpunt.
 * @csspart picker - The gemeente select.
 * @csspart start - The start button.
 * @csspart quiz - The statement screen.
 * @csspart answer - An answer button.
 * @csspart important - The "Belangrijk" toggle.
 * @csspart result - The result section.
 * @csspart parties - The result list.
 * @csspart party - One result item.
 * @csspart how-it-works - The "Hoe werkt dit?" disclosure.
 * @csspart error - An error message.
 * @cssprop --stemhulp-font - Font family.
 * @cssprop --stemhulp-font-size - Base size; everything scales with it.
 * @cssprop --stemhulp-color-text - Text colour.
 * @cssprop --stemhulp-color-background - Background colour.
 * @cssprop --stemhulp-color-surface - Cards and bar tracks.
 * @cssprop --stemhulp-color-border - Borders.
 * @cssprop --stemhulp-color-accent - Buttons, links, bars.
 * @cssprop --stemhulp-color-accent-text - Text on the accent colour.
 * @cssprop --stemhulp-color-muted - Secondary text.
 * @cssprop --stemhulp-color-focus - Focus ring.
 * @cssprop --stemhulp-color-error - Error marks.
 * @cssprop --stemhulp-radius - Corner radius.
 * @cssprop --stemhulp-space - Spacing unit.
 */
export class StemhulpWidget extends LitElement {
  static override styles = styles;
  // Declared here rather than with decorators: the decorator helpers cost bytes in every bundle.
  static override properties = {
    src: {},
    gemeente: {},
    timeout: { type: Number },
    loading: {},
    // Observed so that changing the language re-renders; reflected so `el.lang = 'en'` works too.
    lang: { reflect: true },
    languages: {},
    reader: { state: true },
  };

  /** The index, the chosen gemeente and its content: loading, ready or failed. */
  private readonly data = new DataController(this, (gemeente) => this.dispatch({ type: 'choose', gemeente }, false));
  private readonly focusAfter = new FocusController(this);
  private readonly lazy = new LazyViews(this);
  private readonly derived = new Derived();

  /** URL of the index file (data format stemhulp/1). Without it only the speerpunten show. */
  declare src?: string;
  /** CBS code of a preset gemeente, e.g. `GM0363`: no picker is shown. */
  declare gemeente?: string;
  /** Milliseconds before a data request is given up as timed out. */
  timeout = 10_000;
  /** `eager` fetches data at once, like `<img>`; `lazy` waits until the element is near the viewport. */
  loading: 'lazy' | 'eager' = 'eager';
  /** Space-separated languages for a switcher inside the widget, e.g. `nl en ar`; no switcher without it. */
  declare languages?: string;

  /** What the reader has done; changed only through `dispatch`. */
  private reader: ReaderState = initialState;
  /** The language shown: the requested one once its strings have loaded, until then the previous one. */
  private uiLang = 'nl';

  protected override willUpdate(changed: PropertyValues) {
    const wanted = uiLanguage(this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang'));
    if (isReady(wanted)) this.uiLang = wanted;
    else loadLanguage(wanted).then(() => this.requestUpdate());
    if (changed.has('src') && this.isConnected) {
      // Another data set: the gemeente and the screen chosen in the old one mean nothing there.
      if (this.hasUpdated) {
        this.data.reset();
        this.dispatch({ type: 'reset' }, false);
      }
      this.data.loadIndex();
    }
    if (changed.has('gemeente')) this.data.applyPreset();
    // A reader who can start the quiz finds it there: fetched while they read or choose.
    if (this.data.index?.state === 'ready') this.lazy.prefetch('quiz');
  }

  /** The one way the reader's state changes; `byReader` moves focus along with the screen. */
  private dispatch(action: Action, byReader = true) {
    const before = this.reader;
    const after = (this.reader = update(before, action));
    if (byReader) this.focusAfter.follow(before.screen, after.screen);
    if (after.screen.name === 'quiz') this.lazy.prefetch('result');
    if (after.screen.name === 'result' && before.screen.name !== 'result') this.complete();
  }

  /** Tells the host, once the scores are there (the result chunk is usually prefetched). */
  private complete() {
    const m = this.data.municipality;
    if (m?.state !== 'ready') return;
    const { reader, uiLang } = this;
    this.lazy.load('result').then(({ matchParties }) => {
      const detail = this.derived.completeDetail(matchParties, m.value, reader, uiLang);
      // Built first, then sent: the manifest documents the event from the JSDoc above, once.
      const event = detail && new StemhulpCompleteEvent(detail);
      if (event) this.dispatchEvent(event);
    }, () => {});
  }

  private start = () => {
    if (!this.reader.gemeente) this.renderRoot.querySelector('select')?.reportValidity();
    else this.dispatch({ type: 'start' });
  };

  private get statements() {
    return this.data.municipality?.state === 'ready' ? this.data.municipality.value.content.statements : [];
  }

  /** Dispatches the action for the statement at `step`, if there is one. */
  private atStep = (step: number, action: (statement: string, total: number) => Action) => {
    const statement = this.statements[step]?.id;
    if (statement) this.dispatch(action(statement, this.statements.length));
  };

  private previous = () => this.dispatch({ type: 'previous', total: this.statements.length });

  private readonly quizHandlers = {
    onAnswer: (step: number, answer: Answer | 'skip') => this.atStep(step, (statement, total) => ({ type: 'answer', step, statement, answer, total })),
    onImportant: (step: number) => this.atStep(step, (statement) => ({ type: 'toggle-important', statement })),
    onPrevious: this.previous,
    onResult: () => this.dispatch({ type: 'show-result' }),
  };

  private get name() {
    return localise(this.data.entry(this.reader.gemeente)?.name, this.uiLang);
  }

  override render() {
    const lang = this.uiLang;
    const t = stringsFor(lang);
    const index = this.data.index?.state === 'ready' ? this.data.index.value : undefined;
    const m = this.data.municipality;
    const org = index?.index.organisation;
    const home = this.reader.screen.name === 'home';
    const switcher = [...new Set(this.languages?.split(/\s+/).filter(Boolean).map(uiLanguage))];
    return html`<div class="root" lang=${lang} dir=${isRtl(lang) ? 'rtl' : 'ltr'}>
      <header role="none">
        ${this.languages ? languageSwitcher(switcher, lang, t, (l) => (this.lang = l)) : nothing}
        <h2>${t.widgetTitle}</h2>
        ${home ? html`<p>${t.intro}</p>` : nothing}
      </header>
      ${home
        ? html`${keyPointsView(this.derived.keyPoints(index, lang), t, lang)}
          ${org ? html`<p class="note">${externalLink(org.url, t.source(localise(org.name, lang)), true)}</p>` : nothing}
          ${this.reader.undo ? this.lazy.render('result', (c): unknown => c.undoNotice(t, () => this.dispatch({ type: 'undo' })), () => nothing) : nothing}
          ${this.src ? this.renderStart() : nothing}`
        : this.renderScreen()}
      ${warningsView([...(index?.warnings ?? []), ...(m?.state === 'ready' ? m.value.warnings : [])], stringsFor(lang))}
    </div>`;
  }

  private renderStart() {
    const lang = this.uiLang;
    const idx = this.data.index;
    const preset = this.gemeente ? this.data.entry(this.gemeente) : undefined;
    const props = {
      index: idx?.state === 'ready' ? undefined : (idx ?? { state: 'loading' as const }),
      municipalities: this.derived.municipalities(idx?.state === 'ready' ? idx.value : undefined, lang),
      chosen: this.reader.gemeente,
      preset,
      unknownPreset: this.gemeente && !preset && !this.reader.gemeente ? this.gemeente : undefined,
      onChoose: (c: string) => this.data.choose(c),
      onStart: this.start,
      onRetry: () => this.data.loadIndex(),
    };
    return startSection(props, this.municipalityError(), stringsFor(lang), lang);
  }

  private municipalityError() {
    const m = this.data.municipality;
    if (m?.state !== 'error') return nothing;
    return municipalityErrorBox(stringsFor(this.uiLang), this.name, m.error, () => this.data.choose(m.code));
  }

  private renderScreen() {
    const lang = this.uiLang;
    const t = stringsFor(lang);
    const m = this.data.municipality;
    const index = this.data.index?.state === 'ready' ? this.data.index.value : undefined;
    const { screen } = this.reader;
    const back = html`<button type="button" class="secondary" @click=${() => this.dispatch({ type: 'home' })}>${t.previous}</button>`;
    if (!m || !index || screen.name === 'home') return nothing;
    if (m.state === 'loading') return html`<p role="status" class="loading">${t.loadingMunicipality(this.name)}</p>`;
    if (m.state === 'error') return html`${this.municipalityError()} ${back}`;
    const failed = (retry: () => void, e: unknown) =>
      html`${errorBox(t, t.errorIndex.network, new LoadError('network', '', String(e)), retry)} ${back}`;
    if (screen.name === 'quiz') {
      const model = this.derived.quiz(index, m.value, screen.step, this.reader, lang);
      return this.lazy.render('quiz', (chunk) => chunk.quizView({ ...model, ...this.quizHandlers }, t, lang), failed);
    }
    const view = (chunk: Awaited<ReturnType<typeof chunks.result>>) =>
      chunk.resultScreen(
        {
          model: this.derived.result(chunk.matchParties, index, m.value, this.name, this.reader, lang),
          state: this.reader,
          content: m.value.content,
          keyPoints: this.derived.keyPoints(index, lang),
          dispatch: (a) => this.dispatch(a),
          onPrevious: this.previous,
          tools: (v) => this.lazy.render('tools', v, failed),
          root: this.renderRoot as ShadowRoot,
          updated: () => this.updateComplete,
        },
        t,
        lang,
      );
    return this.lazy.render('result', view, failed);
  }
}
