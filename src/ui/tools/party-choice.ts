import { html } from 'lit';
import type { Party } from '../../core/types.js';
import type { Names, Tt } from './names.js';

export interface PartyChoiceProps {
  /** Every party of the gemeente, in ballot order. */
  parties: readonly Party[];
  /** Ids the reader unchecked; all parties are on by default. */
  hidden: ReadonlySet<string>;
  onToggle: (partyId: string) => void;
  names: Names;
}

/**
 * `Partijen`: a checkbox per party that narrows the ranking. The result puts it behind
 * the disclosure `Kies partijen`, so that 20 checkboxes do not push the ranking off a phone.
 */
export function partyChoiceView(p: PartyChoiceProps, t: Tt) {
  return html`<fieldset class="checks parties-choice">
      <legend>${t.partiesLegend}</legend>
      ${p.parties.map(
        (party) => html`<label class="check-row">
          <input type="checkbox" .checked=${!p.hidden.has(party.id)} @change=${() => p.onToggle(party.id)} />
          <span>${p.names.label(party)}</span>
        </label>`,
      )}
    </fieldset>`;
}
