import { html } from 'lit';
import type { VerdictUi as Vt } from '../../i18n/types.js';

/**
 * Who made the verdict and how, as the Lausanne Declaration on voting aids asks: an
 * advocacy organisation's aid, its formula, its sources. `open` shows all of it (in
 * "Hoe werkt dit?"); otherwise the first paragraph, the rest one tap away (beside the table).
 */
export function disclosureView(org: string, t: Vt, open = false) {
  const [who, ...how] = t.verdict.disclosure(org);
  return open
    ? html`<h4>${t.verdict.disclosureHeading}</h4>
        ${[who, ...how].map((p) => html`<p>${p}</p>`)}`
    : html`<p class="disclosure">${who}</p>
        <details class="how-verdict">
          <summary>${t.verdict.disclosureHeading}</summary>
          ${how.map((p) => html`<p>${p}</p>`)}
        </details>`;
}
