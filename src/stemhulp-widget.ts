import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { DataController } from './data/data-controller.js';
import { bundledKeyPoints } from './data/keypoints.js';
import { localise } from './data/text.js';
import type { Answer, Problem } from './data/types.js';
import { StemhulpCompleteEvent } from './events.js';
import { isReady, isRtl, loadLanguage, stringsFor, translateKeyPoints, uiLanguage } from './locales/index.js';
import { matchParties, type UserAnswer } from './match.js';
import { styles } from './stemhulp-widget.styles.js';
import { externalLink, languageSwitcher, municipalityErrorBox, warningsView } from './views/common.js';
import { keyPointsView } from './views/key-points.js';
import { readingView } from './views/disclosure.js';
import { quizView } from './views/quiz.js';
import { resultView } from './views/result.js';
import { startSection } from './views/start.js';
import * as verdictChunk from './views/verdict.js';
import { verdictChartStyles } from './views/verdict-chart.styles.js';
import { verdictResultStyles } from './views/verdict-result.styles.js';

type Phase = 'home' | 'quiz' | 'result' | 'verdict';

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
  static override styles = [styles, verdictChunk.styles, verdictChartStyles, verdictResultStyles];
  // Declared here rather than with decorators: the decorator helpers cost bytes in every bundle.
  static override properties = {
    src: {},
    gemeente: {},
    timeout: { type: Number },
    loading: {},
    // Observed so that changing the language re-renders; reflected so `el.lang = 'en'` works too.
    lang: { reflect: true },
    languages: {},
    phase: { state: true },
    step: { state: true },
    answers: { state: true },
    openParties: { state: true },
    openCell: { state: true },
  };

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

  /** The index, the chosen gemeente and its content: loading, ready or failed. */
  private readonly data = new DataController(this);
  private phase: Phase = 'home';
  private step = 0;
  /** Per gemeente, so answers survive a look at another gemeente. Never stored or sent. */
  private answers = new Map<string, ReadonlyMap<string, UserAnswer>>();
  /** Result items whose comparison is open. */
  private openParties: ReadonlySet<string> = new Set();
  /** The verdict table's cell whose statements are shown. */
  private openCell?: string;

  /** Element to focus after the next render: the new statement or the result heading. */
  private focusAfterRender?: string;

  /** The language shown: the requested one once its strings have loaded, until then the previous one. */
  private uiLang = 'nl';

  private get t() {
    return stringsFor(this.uiLang);
  }

  /** The `languages` the UI is translated into, each once: a stray space or an untranslated tag adds nothing. */
  private get switcherLanguages() {
    return [...new Set(this.languages!.split(/\s+/).filter(Boolean).map(uiLanguage))];
  }

  protected override willUpdate(changed: PropertyValues) {
    const wanted = uiLanguage(this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang'));
    if (isReady(wanted)) this.uiLang = wanted;
    else loadLanguage(wanted).then(() => this.requestUpdate());
    if (changed.has('src') && this.isConnected) {
      // Another data set: the gemeente and the screen chosen in the old one mean nothing there.
      if (this.hasUpdated) {
        this.data.reset();
        this.phase = 'home';
      }
      this.data.loadIndex();
    }
    if (changed.has('gemeente')) this.data.applyPreset();
  }

  protected override updated() {
    // Kept until the target exists: Start pressed while the gemeente still loads focuses its first statement.
    const target = this.focusAfterRender && this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
    if (target) {
      target.focus();
      this.focusAfterRender = undefined;
    }
  }

  private choose(code: string) {
    this.openParties = new Set();
    this.data.choose(code);
  }

  private start() {
    if (!this.data.chosen) {
      this.renderRoot.querySelector('select')?.reportValidity();
      return;
    }
    this.phase = 'quiz';
    this.step = 0;
    this.focusAfterRender = '#statement-text';
  }

  private showVerdict() {
    if (!this.data.chosen) return;
    this.phase = 'verdict';
    this.openCell = undefined;
    this.focusAfterRender = '#verdict-heading';
  }

  private get statements() {
    return this.data.municipality?.state === 'ready' ? this.data.municipality.value.content.statements : [];
  }

  private get currentAnswers(): ReadonlyMap<string, UserAnswer> {
    return this.answers.get(this.data.chosen) ?? new Map();
  }

  private setAnswer(step: number, change: (a: UserAnswer) => UserAnswer) {
    const id = this.statements[step]?.id;
    if (!id) return;
    const next = new Map(this.currentAnswers);
    next.set(id, change(next.get(id) ?? {}));
    this.answers = new Map(this.answers).set(this.data.chosen, next);
  }

  /** `step` is the statement the button belonged to: a second click of a double click lands on a stale step and is ignored. */
  private answer = (step: number, answer: Answer | 'skip') => {
    if (step !== this.step || this.phase !== 'quiz') return;
    this.setAnswer(step, (a) => ({ ...a, answer }));
    if (step + 1 < this.statements.length) {
      this.step = step + 1;
      this.focusAfterRender = '#statement-text';
    } else this.showResult();
  };

  private toggleImportant = (step: number) => this.setAnswer(step, (a) => ({ ...a, important: !a.important }));

  private previous = () => {
    if (this.phase === 'result') {
      this.phase = 'quiz';
      this.step = this.statements.length - 1;
    } else if (this.step > 0) this.step--;
    else this.phase = 'home';
    this.focusAfterRender = this.phase === 'home' ? '[part~="start"]' : '#statement-text';
  };

  private get results() {
    const m = this.data.municipality;
    if (m?.state !== 'ready') return undefined;
    const lang = this.uiLang;
    const { statements, parties } = m.value.content;
    return matchParties(statements, parties, this.currentAnswers, (p) => localise(p.name, lang), lang);
  }

  private showResult = () => {
    this.phase = 'result';
    this.focusAfterRender = '#result-heading';
    const results = this.results;
    if (!results) return;
    const lang = this.uiLang;
    this.dispatchEvent(
      new StemhulpCompleteEvent({
        municipality: this.data.chosen,
        results: results.map(({ party, score }) => ({ party: party.id, name: localise(party.name, lang), score })),
      }),
    );
  };

  /** Back to the start screen, keeping the answers (a failed gemeente must not cost them). */
  private home = () => {
    this.phase = 'home';
    this.focusAfterRender = '[part~="start"]';
  };

  private toggleParty = (id: string) => {
    const next = new Set(this.openParties);
    if (!next.delete(id)) next.add(id);
    this.openParties = next;
  };

  private restart = () => {
    this.answers = new Map(this.answers).set(this.data.chosen, new Map());
    this.openParties = new Set();
    this.phase = 'home';
    this.step = 0;
    this.focusAfterRender = '[part~="start"]';
  };

  override render() {
    const lang = this.uiLang;
    const t = this.t;
    const ready = this.data.index?.state === 'ready' ? this.data.index.value : undefined;
    const org = ready?.index.organisation;
    return html`<div class="root" lang=${lang} dir=${isRtl(lang) ? 'rtl' : 'ltr'}>
      <header role="none">
        ${this.languages ? languageSwitcher(this.switcherLanguages, lang, t, (l) => (this.lang = l)) : nothing}
        <h2>${this.src ? t.widgetTitle : t.infoTitle}</h2>
        ${this.phase === 'home' ? html`<p>${this.src ? t.intro : t.infoIntro}</p>` : nothing}
      </header>
      ${this.phase === 'home'
        ? html`${keyPointsView(this.keyPoints, t, lang)} ${readingView(ready?.index.links.reading, t, lang)}
          ${org ? html`<p class="note">${externalLink(org.url, t.source(localise(org.name, lang)), true)}</p>` : nothing}
          ${this.src ? this.renderStart() : nothing}`
        : this.renderQuizOrResult()}
      ${warningsView([...(ready?.warnings ?? []), ...this.municipalityWarnings()], t)}
    </div>`;
  }

  private renderStart() {
    const lang = this.uiLang;
    const idx = this.data.index;
    const preset = this.gemeente ? this.data.entry(this.gemeente) : undefined;
    const collator = new Intl.Collator(lang);
    return startSection(
      {
        index: idx?.state === 'ready' ? undefined : (idx ?? { state: 'loading' }),
        municipalities:
          idx?.state === 'ready'
            ? [...idx.value.index.municipalities].sort((a, b) => collator.compare(localise(a.name, lang), localise(b.name, lang)))
            : [],
        chosen: this.data.chosen,
        preset,
        unknownPreset: this.gemeente && !preset && !this.data.chosen ? this.gemeente : undefined,
        onChoose: (c) => this.choose(c),
        onStart: () => this.start(),
        onVerdict: () => this.showVerdict(),
        onRetry: () => this.data.loadIndex(),
      },
      this.municipalityError(),
      this.t,
      lang,
    );
  }

  private municipalityError() {
    const m = this.data.municipality;
    if (m?.state !== 'error') return nothing;
    return municipalityErrorBox(this.t, localise(this.data.entry(m.code)?.name, this.uiLang), m.error, () => this.choose(m.code));
  }

  private renderQuizOrResult() {
    const t = this.t;
    const lang = this.uiLang;
    const m = this.data.municipality;
    const ready = this.data.index?.state === 'ready' ? this.data.index.value.index : undefined;
    if (!m || !ready) return nothing;
    if (m.state === 'loading') {
      return html`<p role="status" class="loading">${t.loadingMunicipality(localise(this.data.entry(m.code)?.name, lang))}</p>`;
    }
    if (m.state === 'error') {
      return html`${this.municipalityError()}
        <button type="button" class="secondary" @click=${this.home}>${t.previous}</button>`;
    }
    const { statements, parties } = m.value.content;
    const answers = this.currentAnswers;
    if (this.phase === 'verdict') {
      const municipality = localise(this.data.entry(m.code)?.name, lang);
      const table = verdictChunk.verdictTable(statements, this.keyPoints, parties, (p) => localise(p.name, lang), lang);
      const organisation = ready.organisation && localise(ready.organisation.name, lang);
      return verdictChunk.verdictScreen(
        { organisation, municipality, table, open: this.openCell },
        {
          onToggle: (key) => (this.openCell = this.openCell === key ? undefined : key),
          onPrevious: this.home,
          onStart: () => this.start(),
        },
        t,
        lang,
        this.gemeente ? t.startFor(municipality) : t.start,
      );
    }
    if (this.phase === 'result') {
      return resultView(
        {
          index: { ...ready, keyPoints: [...this.keyPoints] },
          municipalityName: localise(this.data.entry(m.code)?.name, lang),
          statements,
          parties,
          results: this.results,
          answers,
          onPrevious: this.previous,
          onChangeAnswers: () => {
            this.phase = 'quiz';
            this.step = 0;
            this.focusAfterRender = '#statement-text';
          },
          onRestart: this.restart,
          open: this.openParties,
          onToggle: this.toggleParty,
        },
        t,
        lang,
      );
    }
    const statement = statements[this.step];
    return quizView(
      {
        statement,
        keyPoint: this.keyPoints.find((k) => k.id === statement.keyPoint),
        step: this.step,
        total: statements.length,
        answer: answers.get(statement.id),
        complete: statements.every((s) => answers.get(s.id)?.answer),
        onAnswer: this.answer,
        onImportant: this.toggleImportant,
        onPrevious: this.previous,
        onResult: this.showResult,
      },
      t,
      lang,
    );
  }

  /** The index's speerpunten, or the bundled ones in the shown language. */
  private get keyPoints() {
    const kps = this.data.index?.state === 'ready' ? this.data.index.value.index.keyPoints : bundledKeyPoints;
    return translateKeyPoints(kps, bundledKeyPoints, this.uiLang);
  }

  private municipalityWarnings(): Problem[] {
    return this.data.municipality?.state === 'ready' ? this.data.municipality.value.warnings : [];
  }
}
