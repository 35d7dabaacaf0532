import { baseLanguage } from '../../core/lang.js';
import { html, nothing, render, type TemplateResult } from 'lit';
import { bundledGlossary } from '../../i18n/glossary.js';
import { pick } from '../../core/text.js';
import type { Answer, GlossaryEntry, KeyPoint, Statement, LocalisedText } from '../../core/types.js';
import { glossaryFor, markTerms, type Glossary, type Piece, type Term } from '../../core/glossary.js';
import type { UserAnswer } from '../../core/match.js';
import { memo } from '../../lib/memo.js';
import type { Action } from '../../state/state.js';
import type { Strings } from '../../i18n/types.js';
import { text } from '../common/common.js';

import { quiz as styles } from './quiz.styles.js';

export { styles };
// The sheet is made now, as the chunk arrives ahead of need, not in the task that draws
// the first statement: about 1 ms, 3 ms on a slow phone.
void styles.styleSheet;

/** One statement screen, derived in `derive.ts`. */
export interface QuizModel {
  statement: Statement;
  keyPoint: KeyPoint | undefined;
  step: number;
  total: number;
  answer: UserAnswer | undefined;
  /** Every statement has been answered or skipped: the result can be shown directly. */
  complete: boolean;
  /** The gemeente's and the index's glossary (either may be absent); the bundled one is added here. */
  glossaries: readonly [readonly GlossaryEntry[] | undefined, readonly GlossaryEntry[] | undefined];
  /** Ids of the hard words whose explanation is open. */
  openTerms: ReadonlySet<string>;
}

export interface QuizProps extends QuizModel {
  /** The element's dispatch: the view says what the reader did, `update` decides what follows. */
  dispatch: (action: Action) => void;
}

/**
 * Per data set: a glossary per language a text is shown in (a fallback may show Dutch in
 * an English widget), by its tag; and each text's paragraphs, marked once, by tag, kind and
 * text: a render that only redraws the statement (*Belangrijk*) does not mark it again.
 */
const cache = memo((_m: unknown, _i: unknown) => new Map<string, Glossary | Piece[][]>());

/**
 * A text's paragraphs, marked. Hard words are an aid: whatever goes wrong in marking them
 * (a glossary the format's limits did not stop), the text is shown unmarked, never a
 * screen that cannot be drawn.
 */
function markedParagraphs(s: string, split: boolean, p: QuizProps, tag: string): Piece[][] {
  const c = cache(...p.glossaries);
  const k = `${tag} ${split} ${s}`;
  let out = c.get(k) as Piece[][] | undefined;
  if (!out) {
    const paragraphs = split ? s.split(/\n\s*\n/).filter((x) => x.trim()) : [s];
    try {
      let g = c.get(tag) as Glossary | undefined;
      if (!g) c.set(tag, (g = glossaryFor([...p.glossaries, bundledGlossary(tag)], tag)));
      const seen = new Set<Term>();
      out = paragraphs.map((x) => markTerms(x, g!, seen));
    } catch {
      out = paragraphs.map((x) => [x]);
    }
    c.set(k, out);
  }
  return out;
}

/**
 * A data text, in paragraphs when `split`, with the first use of each hard word as a
 * button that opens its explanation in place: right after the paragraph, in a region
 * named by the word. `seen` spans one statement or one explanation. In the statement
 * (`split` false) the word is only marked, and clicking it works for a pointer; its button
 * goes in `buttons`, shown below the heading, so that a screen reader reads the heading whole.
 */
function marked(value: LocalisedText, p: QuizProps, lang: string, id: string, split: boolean) {
  const { tag, value: s } = pick(value, lang);
  // Marked with its language where that is not the UI's, for the screen reader's pronunciation.
  const langOf = (l: string) => (baseLanguage(l) === baseLanguage(lang) ? nothing : l);
  return markedParagraphs(s, split, p, tag).map((para, n) => {
    const boxes: TemplateResult[] = [];
    const buttons: TemplateResult[] = [];
    const pieces = para.map((x, i) => {
      if (typeof x === 'string') return x;
      const box = `${id}-${n}-${i}`;
      const open = p.openTerms.has(box);
      const toggle = () => p.dispatch({ type: 'toggle-term', term: box });
      boxes.push(html`<div class="term-box" id=${box} role="region" aria-labelledby="${box}-b" ?hidden=${!open}>
        <p lang=${langOf(x.term.explanationLang)}><b>${x.term.term}</b>: ${x.term.explanation}</p>
      </div>`);
      // A span with the button role, not a <button>: browsers give an inline-block (which a
      // <button> always is) spaces around it in a paragraph's text ("statushouders .").
      const button = html`<span role="button" tabindex="0" class="term" id="${box}-b" aria-expanded=${open ? 'true' : 'false'} aria-controls=${box}
        @click=${toggle} @keydown=${(e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), toggle())}>${x.text}</span>`;
      if (split) return button;
      buttons.push(button);
      return html`<span class="term" @click=${toggle}>${x.text}</span>`;
    });
    return { pieces, boxes, buttons, lang: langOf(tag) };
  });
}

/** One statement per screen: label, statement, explanation on demand, answers. */
export function quizView(p: QuizProps, t: Strings, lang: string) {
  const { statement, step, total, answer, dispatch } = p;
  const [heading] = marked(statement.text, p, lang, `g${step}`, false);
  const explanation = statement.explanation && marked(statement.explanation, p, lang, `g${step}e`, true);
  // Lit keeps the <details> for the next statement: an explanation opened here would stay open there.
  const move = (e: Event, action: Action) => {
    const open = (e.currentTarget as Element).closest('section')!.querySelector('details');
    if (open) open.open = false;
    dispatch(action);
  };
  // The second click of a double click (click count 2) would land on the next statement's button.
  const onAnswer = (e: MouseEvent, a: Answer | 'skip') => {
    if (e.detail < 2) move(e, { type: 'answer', step, statement: statement.id, answer: a, total });
  };
  const choice = (value: Answer, label: string) =>
    html`<button
      type="button"
      class="answer"
      part="answer"
      aria-pressed=${answer?.answer === value ? 'true' : 'false'}
      @click=${(e: MouseEvent) => onAnswer(e, value)}
    >
      ${label}
    </button>`;
  // The progress is read with the statement, as the heading's last words (focus lands on the
  // heading), not as its description, which iOS reads as a hint that is often switched off.
  const progress = t.progress(step + 1, total);
  return html`<section class="quiz" part="quiz">
    <p class="progress-text" aria-hidden="true">${progress}</p>
    <progress class="bar" aria-hidden="true" max=${total} value=${step + 1}></progress>
    ${p.keyPoint ? html`<p class="label"><span class="visually-hidden">${t.keyPointLabel}: </span>${text(p.keyPoint.title, lang)}</p>` : nothing}
    <h3 class="statement" id="statement-text" tabindex="-1"><span lang=${heading.lang} id="statement-words">${heading.pieces}</span><span class="visually-hidden"> ${progress}</span></h3>
    ${heading.buttons.length ? html`<p class="terms">${t.hardWords}: ${heading.buttons.map((b, i) => (i ? html`, ${b}` : b))}</p>` : nothing}
    ${heading.boxes}
    ${
      explanation
        ? html`<details class="explanation">
          <summary>${t.moreInfo}</summary>
          ${explanation.map((x) => html`<p lang=${x.lang}>${x.pieces}</p>${x.boxes}`)}
        </details>`
        : nothing
    }
    <button
      type="button"
      class="toggle"
      part="important"
      aria-pressed=${answer?.important ? 'true' : 'false'}
      @click=${() => dispatch({ type: 'toggle-important', statement: statement.id })}
    >
      <span class="check" aria-hidden="true"></span>${t.important}
      <span class="hint">(${t.importantHint})</span>
    </button>
    <div class="answers" role="group" aria-labelledby="statement-words">
      ${choice('agree', t.agree)} ${choice('neutral', t.neutral)} ${choice('disagree', t.disagree)}
    </div>
    <div class="nav">
      <button type="button" class="secondary" @click=${(e: Event) => move(e, { type: 'previous', total })}>${t.previous}</button>
      <button
        type="button"
        class="link"
        aria-pressed=${answer?.answer === 'skip' ? 'true' : 'false'}
        @click=${(e: MouseEvent) => onAnswer(e, 'skip')}
      >
        ${t.skip}
      </button>
      ${p.complete ? html`<button type="button" class="secondary" @click=${() => dispatch({ type: 'show-result' })}>${t.toResult}</button>` : nothing}
    </div>
  </section>`;
}

/**
 * Draws a sample statement once, in a fragment that is never shown: Lit prepares each
 * template the first time it draws it (parsing its HTML, finding its parts), and the
 * Dutch glossary is matched for the first time, together about 10 ms on a slow phone. The
 * chunk does this in a task of its own when it arrives (it is fetched ahead), so the task
 * that draws the reader's first statement does not. The strings come out empty.
 */
export function drawSample() {
  const t = new Proxy({}, { get: () => () => '' }) as Strings;
  const statement = { id: '', keyPoint: '', text: 'azc', explanation: 'azc' };
  const sample: QuizProps = {
    statement,
    keyPoint: { id: '', title: '' },
    step: 0,
    total: 1,
    answer: undefined,
    complete: true,
    glossaries: [undefined, undefined],
    openTerms: new Set(),
    dispatch: () => {},
  };
  const f = document.createDocumentFragment();
  render(quizView(sample, t, 'nl'), f);
  return f;
}
setTimeout(() => {
  try {
    drawSample();
  } catch {
    // Only a head start: the reader's statement is drawn all the same.
  }
});
