import { html, nothing } from 'lit';
import type { Party, Position } from '../../core/types.js';
import { maxSideBySide, type SideBySideRow } from '../../core/compare.js';
import { text } from '../common/common.js';
import { stanceWord, type Names, type Tt } from './names.js';

export interface SideBySideProps {
  /** Every party, in ballot order, to choose from. */
  parties: readonly Party[];
  /** The chosen parties, in the order chosen (at most three). */
  chosen: readonly Party[];
  rows: readonly SideBySideRow[];
  onChoose: (partyId: string) => void;
  names: Names;
  /** Who gave a position, and when: below it. */
  by: (pos: Position | undefined) => unknown;
}

/**
 * Up to three parties in a table: one row per statement with its text spanning the table,
 * then the reader's answer and each party's position below it. Four narrow columns of
 * short words fit a 320 px phone; a statement in its own column would not.
 */
export function sideBySideView(p: SideBySideProps, t: Tt, lang: string) {
  const full = p.chosen.length >= maxSideBySide;
  const isChosen = (party: Party) => p.chosen.includes(party);
  return html`<fieldset class="checks" aria-describedby=${full ? 'side-full' : nothing}>
            <legend>${t.sideBySideLegend}</legend>
            ${p.parties.map(
              (party) => html`<label class="check-row">
                <input
                  type="checkbox"
                  .checked=${isChosen(party)}
                  ?disabled=${full && !isChosen(party)}
                  @change=${() => p.onChoose(party.id)}
                />
                <span>${p.names.label(party)}</span>
              </label>`,
            )}
          </fieldset>
          ${full ? html`<p class="note" id="side-full">${t.sideBySideFull}</p>` : nothing}
    ${p.chosen.length ? table(p, p.rows, t, lang) : html`<p class="note">${t.sideBySideEmpty}</p>`}`;
}

/**
 * A data table may scroll sideways on a phone (WCAG 1.4.10 allows it for tables): a
 * bracketed party name in a narrow column must not break inside its brackets.
 * Headers use a party's short name where the data gives one; the caption names them in full.
 */
function table(p: SideBySideProps, rows: readonly SideBySideRow[], t: Tt, lang: string) {
  const cols = p.chosen.length + 1;
  // The caption outside the scrolling wrapper: it stays readable when a wide table scrolls.
  return html`<p class="sbs-caption" id="sbs-caption">
      ${t.sideBySideCaption(new Intl.ListFormat(lang, { type: 'conjunction' }).format(p.chosen.map(p.names.plain)))}
    </p>
    <div class="sbs-wrap" role="region" aria-labelledby="sbs-caption" tabindex="0">
    <table class="sbs" aria-labelledby="sbs-caption">
    <thead>
      <tr>
        <th scope="col" id="sbs-you">${t.you}</th>
        ${p.chosen.map((party, j) => html`<th scope="col" id=${`sbs-p${j}`}>${party.shortName ?? p.names.label(party)}</th>`)}
      </tr>
    </thead>
    ${rows.map(
      (r, i) => html`<tbody>
        <tr>
          <th scope="colgroup" colspan=${cols} id=${`sbs-s${i}`} class="sbs-statement">
            <span class="label">${t.statementNumber(i + 1)}</span> ${text(r.statement.text, lang)}
          </th>
        </tr>
        <tr>
          <td headers=${`sbs-s${i} sbs-you`}>
            ${r.answer && r.answer !== 'skip' ? stanceWord(t, r.answer) : t.skipped}${r.important ? html` <span class="list">(${t.important.toLowerCase()})</span>` : nothing}
          </td>
          ${r.positions.map(
            (pos, j) => html`<td headers=${`sbs-s${i} sbs-p${j}`} class=${r.same[j] ? 'same' : ''}>
              ${pos ? stanceWord(t, pos.position) : t.unknownStance}${
                r.same[j] ? html`<span class="same-mark" aria-hidden="true"> ✓</span><span class="visually-hidden">, ${t.sameAsYou}</span>` : nothing
              }
              ${p.by(pos)}
            </td>`,
          )}
        </tr>
      </tbody>`,
    )}
  </table></div>`;
}
