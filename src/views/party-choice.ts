import { html } from 'lit';
import type { Party } from '../data/types.js';
import type { Strings } from '../locales/index.js';
import { partyLabel } from './party-name.js';

export interface PartyChoiceProps {
  /** Every party of the gemeente, in ballot order. */
  parties: readonly Party[];
  /** Ids the reader unchecked; all parties are on by default. */
  hidden: ReadonlySet<string>;
  onToggle: (partyId: string) => void;
}

/**
 * `Partijen`: a checkbox per party that narrows the ranking. Behind a disclosure, so
 * that 20 checkboxes do not push the ranking off a phone screen.
 */
export function partyChoiceView(p: PartyChoiceProps, t: Strings, lang: string) {
  const shown = p.parties.filter((party) => !p.hidden.has(party.id)).length;
  return html`<details class="choose-parties" part="choose-parties">
    <summary>${t.chooseParties} <span class="count">(${t.partiesChosen(shown, p.parties.length)})</span></summary>
    <fieldset class="checks">
      <legend>${t.partiesLegend}</legend>
      ${p.parties.map(
        (party) => html`<label class="check-row">
          <input type="checkbox" .checked=${!p.hidden.has(party.id)} @change=${() => p.onToggle(party.id)} />
          <span>${partyLabel(party, t, lang)}</span>
        </label>`,
      )}
    </fieldset>
  </details>`;
}
