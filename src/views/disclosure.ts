import { html, nothing } from 'lit';
import type { Text } from '../data/types.js';
import type { Strings } from '../locales/index.js';
import type { VerdictUi as Vt } from '../locales/nl-verdict.js';
import { externalLink, text } from './common.js';


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

/** Further reading from the organisation (`links.reading`): only http(s) links, titles as text. */
export function readingView(reading: readonly { title: Text; url: string }[] | undefined, t: Strings, lang: string) {
  if (!reading?.length) return nothing;
  return html`<section class="reading" aria-labelledby="reading-heading">
    <h4 id="reading-heading">${t.reading}</h4>
    <ul class="links">
      ${reading.map((r) => html`<li>${externalLink(r.url, text(r.title, lang))}</li>`)}
    </ul>
  </section>`;
}
