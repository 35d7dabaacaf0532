import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { DataController } from '../data/data-controller.js';
import { Derived } from './derive.js';
import { Extras } from './extras.js';
import { FocusController } from './focus-controller.js';
import { LazyViews } from './lazy.js';
import { baseLanguage } from '../core/lang.js';
import { dirOf, loadLanguage, stringsFor, uiLanguage } from '../i18n/index.js';
import { Screens } from './screens.js';
import { initialState, update, whenKnown, type Action, type ReaderState } from '../state/state.js';
import { styles } from '../ui/styles/widget.styles.js';
import { yieldToMain } from '../lib/yield.js';
import { languageSwitcher } from '../ui/common/common.js';

/**
 * The stemhulp: the organisation's speerpunten and, with `src`, a voting aid per gemeente.
 *
 * @tagname stemhulp-widget
 * @event stemhulp-complete - A result is shown; `detail` is `{ municipality }`, and with `event-scores` also
 *   `results`: every party's score. Scores reveal the answers (with the parties' public positions most answer
 *   sets can be recovered from them exactly), so a page gets them only when it asks, and must then treat them
 *   as the reader's political opinions.
 * @csspart key-points - The speerpunten section.
 * @csspart card - One speerpunt.
 * @csspart picker - The gemeente select.
 * @csspart start - The start button.
 * @csspart verdict-button - The "Bekijk het oordeel per partij" button.
 * @csspart verdict - The organisation's verdict per party.
 * @csspart quiz - The statement screen.
 * @csspart answer - An answer button.
 * @csspart important - The "Belangrijk" toggle.
 * @csspart result - The result section.
 * @csspart parties - The result list.
 * @csspart party - One result item.
 * @csspart how-it-works - The "Hoe werkt dit?" disclosure.
 * @csspart error - An error message.
 * @csspart keep - Below the result: `Deel je uitslag` and `Print je uitslag`.
 * @csspart shared-notice - Above a result opened from a share link, or after an unreadable one.
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
 * @cssprop --stemhulp-color-verdict - The organisation's verdict: its rings and advice, never the match's accent.
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
    eventScores: { type: Boolean, attribute: 'event-scores' },
    // Observed so that changing the language re-renders; reflected so `el.lang = 'en'` works too.
    lang: { reflect: true },
    languages: {},
    share: {},
    kiosk: {},
    // Reflected: the stylesheet picks the scheme from the attribute.
    theme: { reflect: true },
    reader: { state: true },
  };

  /** The index and the chosen gemeente's content (the choice itself is in the state): loading, ready or failed. */
  private readonly data = new DataController(
    this,
    (gemeente) => this.dispatch({ type: 'choose', gemeente }, false),
    () => this.reader.gemeente,
    () => this.lazy.load('validate'),
  );
  private readonly focusAfter = new FocusController(this);
  private readonly lazy = new LazyViews(this);
  private readonly derived = new Derived();
  // `dispatch` is a field set after these, so they get it (and the state, which changes) through arrows.
  private readonly extras = new Extras(this, { lazy: this.lazy, data: this.data, reader: () => this.reader, dispatch: (a, r) => this.dispatch(a, r) });
  /** The reader's screen by its row of the screen table, and `stemhulp-complete` once a result is shown. */
  private readonly screens = new Screens(this, {
    data: this.data,
    lazy: this.lazy,
    derived: this.derived,
    extras: this.extras,
    reader: () => this.reader,
    dispatch: (action) => this.dispatch(action),
    start: {
      onChoose: (code: string) => this.data.choose(code),
      // A gemeente that failed stays one alert: Start takes the reader to it, rather than drawing it anew on the next screen.
      onStart: () =>
        this.data.gemeente?.state === 'error'
          ? [...this.renderRoot.querySelectorAll<HTMLElement>('[role=alert]')].pop()?.focus()
          : this.reader.gemeente
            ? this.dispatch({ type: 'start' })
            : this.renderRoot.querySelector('select')?.reportValidity(),
      onRetry: () => this.data.loadIndex(),
      onVerdict: () => this.dispatch({ type: 'show-verdict' }),
      // Its chunk is fetched the first time the reader opens it; its answers are the chunk's own, never the reader state's.
      onVote: () => ((this.vote = true), this.requestUpdate()),
    },
    vote: () => !!this.vote,
  });
  /** *Mag ik stemmen?* was opened: its check is drawn (inside the disclosure, open or closed). Declared: no initialiser in the main file. */
  declare private vote?: boolean;

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
  /** Adds every party's score to `stemhulp-complete`. Off by default: the scores reveal the reader's answers. */
  eventScores = false;
  /** `off` removes `Deel je uitslag`: no share link is ever made. */
  declare share?: string;
  /** Kiosk mode for a shared tablet: after this many seconds idle (default 120) it asks, then starts over; no share, links as text. */
  declare kiosk?: string | null;
  /** `light` or `dark` keeps that colour scheme whatever the reader's system asks; `auto` (the default) follows it. */
  declare theme?: 'light' | 'dark' | 'auto';

  /** What the reader has done; changed only through `dispatch`. */
  private reader: ReaderState = initialState;
  /**
   * The language shown: the requested one once its strings have loaded, until then the
   * previous one; none before the first, so that a reader of Arabic or English never sees
   * a Dutch first paint (the host's reserved height holds the place meanwhile).
   */
  private uiLang?: string;
  /** The language file the data names for the reader's language: asked for (`own`), and there or failed (`owned`). */
  declare private own?: string;
  declare private owned?: string;

  /**
   * The first render in a task of its own, not in the one that evaluates the script and
   * upgrades the element: on a slow phone the two together were one long task.
   */
  protected override async scheduleUpdate() {
    if (!this.hasUpdated) await yieldToMain();
    return super.scheduleUpdate();
  }

  /** Resolves when the whole result is drawn, not its first slice: hosts and tests read it then. */
  protected override getUpdateComplete() {
    return this.screens.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues) {
    const asked = baseLanguage(this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || '');
    const wanted = uiLanguage(asked);
    // A language file the data names for this language (src/chunks/language.ts): until it is
    // there (or failed), the language shown before stays; before the first paint nothing shows,
    // as while any language loads. So for a language the widget lacks, until the index is there;
    // not without a language at all (`asked` empty): that is Dutch, which needs no file.
    const idx = this.data.index;
    const url = idx?.state === 'ready' ? idx.value.index.translations?.[asked] : undefined;
    if (url && this.own !== url) {
      this.own = url;
      this.lazy
        .load('language')
        .then((c) => c.ownLanguage(asked, url, this.timeout))
        .catch(() => {})
        .then(() => ((this.owned = url), this.requestUpdate()));
    }
    if (this.own !== this.owned || (asked && asked !== wanted && this.src && !this.uiLang && idx?.state !== 'error' && !url && idx?.state !== 'ready')) {
      // Held: see above.
    } else {
      // Its chunk, and once a part was drawn here (the tools, kiosk mode, the card, Mag ik
      // stemmen?) its parts chunk too (a language file's: that of the language its missing
      // words come from): an open part changes language in place.
      const wait = loadLanguage(wanted, this.lazy.words);
      if (wait) wait.then(() => this.requestUpdate());
      else this.uiLang = wanted;
    }
    if (changed.has('src') && this.isConnected) {
      // Another data set: the gemeente and the screen chosen in the old one mean nothing there.
      if (this.hasUpdated) {
        this.data.reset();
        this.dispatch({ type: 'reset' }, false);
      }
      this.data.loadIndex();
    }
    if (changed.has('gemeente')) {
      const known = this.data.applyPreset();
      // Another gemeente from outside, even mid-quiz: its start, never a step it does not have; an unknown one: the picker.
      if (this.hasUpdated) {
        if (!known) this.data.reset();
        this.dispatch({ type: known ? 'home' : 'reset' }, false);
      }
    }
  }

  /**
   * The one way the reader's state changes, for views and controllers alike; `byReader`
   * moves focus with the screen. An action of a chunk's slice not yet loaded waits for it.
   */
  private dispatch = (action: Action, byReader = true) =>
    whenKnown(action, () => {
      const before = this.reader;
      const after = (this.reader = update(before, action));
      if (byReader) this.focusAfter.follow(before.screen, after.screen);
      this.screens.follow(before.screen, after.screen);
    });

  override render() {
    const lang = this.uiLang;
    if (!lang) return nothing;
    const t = stringsFor(lang);
    const idx = this.data.index;
    const index = idx?.state === 'ready' ? idx.value : undefined;
    const home = this.reader.screen.name === 'home';
    // A language the data has a file for is offered before that file is fetched (only when chosen).
    const switcher = [
      ...new Set(
        this.languages
          ?.split(/\s+/)
          .filter(Boolean)
          .map((l) => (index?.index.translations?.[baseLanguage(l)] ? baseLanguage(l) : uiLanguage(l))),
      ),
    ];
    return html`<div class="root" lang=${lang} dir=${dirOf(lang)}>
      <header role="none">
        ${this.languages ? languageSwitcher(switcher, lang, t, (l) => (this.lang = l)) : nothing}
        <h2>${this.src ? t.widgetTitle : t.infoTitle}</h2>
        ${home ? html`<p>${this.src ? t.intro : t.infoIntro}</p>` : nothing}
      </header>
      ${this.extras.notice(lang)} ${this.extras.aloud(lang)} ${this.screens.render(index, t, lang)}
      ${this.hasAttribute('kiosk') ? this.extras.render('kiosk', lang) : nothing}
    </div>`;
  }
}
