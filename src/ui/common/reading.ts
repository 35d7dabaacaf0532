import { html, nothing } from 'lit';
import type { ReadingLink } from '../../core/types.js';
import type { Strings } from '../../i18n/types.js';
import { externalLink, text } from './common.js';

/** Further reading from the organisation (`links.reading`): only http(s) links, titles as text. */
export function readingView(reading: readonly ReadingLink[] | undefined, t: Strings, lang: string) {
  if (!reading?.length) return nothing;
  return html`<section class="reading">
    <h4 id="reading-heading">${t.reading}</h4>
    <ul class="links">
      ${reading.map((r) => html`<li>${externalLink(r.url, text(r.title, lang))}</li>`)}
    </ul>
  </section>`;
}
