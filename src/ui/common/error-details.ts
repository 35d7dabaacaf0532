import { html, nothing } from 'lit';
import type { Problem } from '../../core/types.js';
import type { LoadError } from '../../data/load.js';
import { nlDetails } from '../../i18n/nl/details.js';
import type { DetailsStrings, Strings } from '../../i18n/types.js';
import { bareDetails } from './common.js';

export function problemList(problems: readonly Problem[]) {
  return html`<ul class="problems">
    ${problems.map((p) => html`<li><code>${p.path || '(root)'}</code>: ${p.message}</li>`)}
  </ul>`;
}

/**
 * What is behind an error's Details, for the site owner or data author: the status, why a
 * connection failed, the browser's own message (English in every engine, marked so), the
 * address, the data's problems and where to check the data. In the details chunk with its
 * Dutch words: another language's words come with that language (beside its `Strings`).
 */
export function errorDetails(ui: Strings, error: LoadError) {
  const t: DetailsStrings = { ...nlDetails, ...(ui as Partial<DetailsStrings>) };
  return html`${error.status ? html`<p>${t.httpStatus(error.status)}</p>` : nothing}
    ${error.hint ? html`<p>${t.errorHint[error.hint]}</p>` : nothing}
    ${
      error.kind === 'network' || error.kind === 'json'
        ? html`<p>${t.browserSays} <span lang="en" dir="ltr">${error.message}</span></p>`
        : error.kind === 'timeout' || error.kind === 'too-large'
          ? html`<p>${t.errorLimit[error.kind](error.message)}</p>`
          : nothing
    }
    ${bareDetails(error)}
    ${
      error.problems.length
        ? html`<p>${t.problemsHeading(error.problems.length)}</p>
          ${problemList(error.problems)}`
        : nothing
    }
    ${error.kind === 'format' || error.kind === 'json' ? html`<p>${t.checkData}</p>` : nothing}`;
}
