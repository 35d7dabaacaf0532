import { html } from 'lit';
import type { KeyPoint, ReadingLink } from '../../core/types.js';
import type { Strings } from '../../i18n/types.js';
import { paragraphs, text } from '../common/common.js';
import { readingView } from '../common/reading.js';

/**
 * The speerpunten as cards: title and summary, the full text expanding in place; the
 * organisation's further reading under them. `words`: *Moeilijke woorden* (speerpunt) under the heading.
 * `bundled`: the full text of a bundled speerpunt that has none of its own here (the Dutch
 * ones, whose texts come in the key-points chunk), or undefined for any other.
 */
export function keyPointsView(
  keyPoints: readonly KeyPoint[],
  t: Strings,
  lang: string,
  words: unknown,
  reading: readonly ReadingLink[] | undefined,
  bundled: (kp: KeyPoint) => unknown,
) {
  return html`<section class="key-points" part="key-points">
    <h3 id="kp-heading">${t.keyPointsHeading}</h3>
    ${words}
    <ol class="cards">
      ${keyPoints.map((kp) => {
        const body = kp.body ? paragraphs(kp.body, lang) : bundled(kp);
        return html`<li class="card" part="card">
          <h4>${text(kp.title, lang)}</h4>
          ${kp.summary ? html`<p>${text(kp.summary, lang)}</p>` : ''}
          ${
            body
              ? html`<details>
                <summary>${t.readMore}<span class="visually-hidden">: ${text(kp.title, lang)}</span></summary>
                ${body}
              </details>`
              : ''
          }
        </li>`;
      })}
    </ol>
    ${readingView(reading, t, lang)}
  </section>`;
}
