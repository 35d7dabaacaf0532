import { html, nothing } from 'lit';
import type { Answer, KeyPoint, Statement } from '../data/types.js';
import type { UserAnswer } from '../match.js';
import type { Action } from '../state.js';
import type { Strings } from '../locales/index.js';
import { paragraphs, text } from './common.js';

export { quiz as styles } from './quiz.styles.js';

/** One statement screen, derived in `derive.ts`. */
export interface QuizModel {
  statement: Statement;
  keyPoint: KeyPoint | undefined;
  step: number;
  total: number;
  answer: UserAnswer | undefined;
  /** Every statement has been answered or skipped: the result can be shown directly. */
  complete: boolean;
}

export interface QuizProps extends QuizModel {
  /** The element's dispatch: the view says what the reader did, `update` decides what follows. */
  dispatch: (action: Action) => void;
}

/** One statement per screen: label, statement, explanation on demand, answers. */
export function quizView(p: QuizProps, t: Strings, lang: string) {
  const { statement, step, total, answer, dispatch } = p;
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
  return html`<section class="quiz" part="quiz" aria-labelledby="statement-text">
    <p class="progress-text" id="progress">${t.progress(step + 1, total)}</p>
    <progress class="bar" aria-hidden="true" max=${total} value=${step + 1}></progress>
    ${p.keyPoint
      ? html`<p class="label"><span class="visually-hidden">${t.keyPointLabel}: </span>${text(p.keyPoint.title, lang)}</p>`
      : nothing}
    <h3 class="statement" id="statement-text" tabindex="-1" aria-describedby="progress">${text(statement.text, lang)}</h3>
    ${statement.explanation
      ? html`<details class="explanation">
          <summary>${t.moreInfo}</summary>
          ${paragraphs(statement.explanation, lang)}
        </details>`
      : nothing}
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
    <div class="answers" role="group" aria-labelledby="statement-text">
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
