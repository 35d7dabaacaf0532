import { html, nothing } from 'lit';
import type { Answer, KeyPoint, Party, Position, Statement } from '../../core/types.js';
import type { StanceGroup } from '../../core/compare.js';
import type { UserAnswer } from '../../core/match.js';
import { text } from '../common/common.js';
import { stanceWord, type Names, type Tt } from './names.js';

export interface TuneItem {
  statement: Statement;
  keyPoint: KeyPoint | undefined;
  answer: UserAnswer | undefined;
  /** All parties by position; only for statements whose "Wat vinden de partijen?" is open. */
  groups: readonly StanceGroup[] | undefined;
}

export interface TuneProps {
  items: readonly TuneItem[];
  onAnswer: (statementId: string, answer: Answer | 'skip') => void;
  onImportant: (statementId: string) => void;
  onToggleGroups: (statementId: string) => void;
  names: Names;
  /** Who gave a party's position, and when: below its name. */
  by: (pos: Position | undefined) => unknown;
}

/** Per statement: every party under `Eens`, `Geen van beide`, `Oneens` and `Onbekend`, with who gave its position. */
export function stanceGroupsView(groups: readonly StanceGroup[], statementId: string, names: Names, by: TuneProps['by'], t: Tt) {
  return html`<dl class="stances">
    ${groups.map(
      (g) => html`<div class=${`stance ${g.stance}`}>
        <dt>${stanceWord(t, g.stance)} <span class="count">(${g.parties.length})</span></dt>
        <dd>
          ${
            g.parties.length
              ? html`<ul class="names">
                ${g.parties.map((party: Party) => html`<li>${names.label(party)} ${by(party.positions[statementId])}</li>`)}
              </ul>`
              : t.noParty
          }
        </dd>
      </div>`,
    )}
  </dl>`;
}

/**
 * Inside "Antwoorden aanpassen" on the result: per statement the answer and `Belangrijk`, as the
 * same toggle buttons as in the quiz, changed in place so focus stays where the reader is.
 */
export function tuneView(p: TuneProps, t: Tt, lang: string) {
  return html`<p class="note">${t.tuneIntro}</p>
    <ol class="tune-list">
      ${p.items.map(({ statement: s, keyPoint, answer, groups }, i) => {
        const id = `tune-${i}`;
        const choice = (value: Answer | 'skip', label: string) =>
          html`<button
            type="button"
            class=${value === 'skip' ? 'link' : 'answer'}
            aria-pressed=${answer?.answer === value ? 'true' : 'false'}
            @click=${() => answer?.answer !== value && p.onAnswer(s.id, value)}
          >
            ${label}
          </button>`;
        return html`<li class="tune-item">
          <p class="label">
            ${t.statementNumber(i + 1)}${keyPoint ? html` · ${text(keyPoint.title, lang)}` : nothing}
          </p>
          <p class="statement-small" id=${id}>${text(s.text, lang)}</p>
          <div class="tune-answers" role="group" aria-labelledby=${id}>
            ${choice('agree', t.agree)} ${choice('neutral', t.neutral)} ${choice('disagree', t.disagree)}
            ${choice('skip', t.skip)}
          </div>
          <button
            type="button"
            class="toggle"
            aria-pressed=${answer?.important ? 'true' : 'false'}
            aria-describedby=${id}
            @click=${() => p.onImportant(s.id)}
          >
            <span class="check" aria-hidden="true"></span>${t.important}
          </button>
          <details class="groups" ?open=${!!groups}>
            <summary
              @click=${(e: Event) => {
                e.preventDefault();
                p.onToggleGroups(s.id);
              }}
            >
              ${t.allParties}<span class="visually-hidden"> (${t.statementNumber(i + 1)})</span>
            </summary>
            ${groups ? stanceGroupsView(groups, s.id, p.names, p.by, t) : nothing}
          </details>
        </li>`;
      })}
    </ol>`;
}
