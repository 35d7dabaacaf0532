import { html, nothing, type TemplateResult } from 'lit';
import type { LoadError } from '../../data/load.js';
import type { MunicipalityEntry } from '../../core/types.js';
import type { Strings } from '../../i18n/types.js';
import { cbsCode } from '../../core/attributes.js';
import { localise } from '../../core/text.js';
import { errorBox, said } from '../common/common.js';

export interface StartProps {
  /**
   * The picker's options, sorted by displayed name; empty while the index loads. Plain
   * DOM made once per list and language (see derive.ts), not 342 Lit templates.
   */
  options: readonly HTMLOptionElement[];
  chosen: string;
  /** The site preset the gemeente: no picker. */
  preset: MunicipalityEntry | undefined;
  onChoose: (code: string) => void;
  onStart: () => void;
  /** Opens the organisation's verdict per party: offered as soon as a gemeente is chosen or preset. */
  onVerdict: () => void;
  /** *Mag ik stemmen?* opened or closed. */
  onVote: () => void;
  /** The check, from its chunk, once it was opened. */
  vote: unknown;
}

/** *Mag ik stemmen?* for the chosen gemeente: a disclosure whose check is a chunk of its own, fetched when it opens. */
const voteCheck = (p: StartProps, t: Strings) => (p.chosen ? html`<details class="vote" @toggle=${p.onVote}><summary>${t.voteCheck}</summary>${p.vote}</details>` : nothing);

const verdictButton = (p: StartProps, t: Strings) => html`<button type="button" class="secondary" part="verdict-button" @click=${p.onVerdict}>${t.verdictOpen}</button>`;

/**
 * The gemeente picker. A native select: with 342 gemeenten typing jumps to the name,
 * it works with every screen reader and on every phone, and costs no bytes.
 */
export function startView(p: StartProps, t: Strings, lang: string) {
  if (p.preset) {
    return html`<div class="row">
      <button type="button" class="primary" part="start" @click=${p.onStart}>${t.startFor(localise(p.preset.name, lang))}</button>
      ${verdictButton(p, t)}
    </div>
    ${voteCheck(p, t)}`;
  }
  // Marked here: the select's .value is set before its options are in it.
  for (const o of p.options) o.selected = o.value === p.chosen;
  // novalidate: Start without a gemeente goes to onStart, which reports it with our message
  // (set when the select is found invalid), not the browser's in the browser's language.
  return html`<form
    class="picker"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      p.onStart();
    }}
  >
    <label for="gemeente">${t.gemeente}</label>
    <div class="row">
      <select
        id="gemeente"
        part="picker"
        required
        .value=${p.chosen}
        @invalid=${(e: Event) => (e.target as HTMLSelectElement).setCustomValidity(t.chooseFirst)}
        @change=${(e: Event) => {
          const s = e.target as HTMLSelectElement;
          s.setCustomValidity('');
          p.onChoose(s.value);
        }}
      >
        <option value="" ?selected=${!p.chosen}>${t.chooseGemeente}</option>
        ${p.options}
      </select>
      <button type="submit" class="primary" part="start">${t.start}</button>
      ${p.chosen ? verdictButton(p, t) : nothing}
    </div>
  </form>
  ${voteCheck(p, t)}`;
}

export interface StartSectionProps extends StartProps {
  /** The index while it loads or after it failed; undefined once it is there. */
  index: { state: 'loading' } | { state: 'error'; error: LoadError } | undefined;
  /** A preset code that is not in the index, to report. */
  unknownPreset: string | undefined;
  onRetry: () => void;
  /** What is behind an error's Details (the element's, from the details chunk). */
  details: (error: LoadError) => unknown;
}

/** "Doe de stemhulp": loading, the index's error, or the picker, with a gemeente's error below it. */
export function startSection(p: StartSectionProps, gemeenteError: TemplateResult | typeof nothing, t: Strings, lang: string) {
  // Only a real CBS code is repeated: anything else in a link could be a sentence in the widget's voice.
  const code = cbsCode(p.unknownPreset);
  const body = !p.index
    ? html`${p.unknownPreset ? errorBox(t, code ? t.errorUnknownCode(code) : t.errorUnknownLink, undefined, undefined) : nothing}
        ${startView(p, t, lang)} ${gemeenteError}`
    : p.index.state === 'loading'
      ? html`<p role="status" class="loading">${said(t.loading)}</p>`
      : errorBox(t, t.errorKind[p.index.error.kind], p.index.error, p.onRetry, p.details);
  return html`<section class="start">
    <h3 id="quiz-heading">${t.quizHeading}</h3>
    <p>${t.quizIntro}</p>
    ${body}
  </section>`;
}
