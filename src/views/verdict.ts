/**
 * The verdict screen, a lazy chunk: "Bekijk het oordeel per partij" opens it from the start
 * screen, before (or instead of) the quiz. Brings its own sheet and its Dutch strings.
 */
import { css, html } from 'lit';
import type { Strings } from '../locales/index.js';
import { nlVerdict } from '../locales/nl-verdict.js';
import { disclosureView } from './disclosure.js';
import { verdictMarkStyles } from './verdict-mark.styles.js';
import { verdictStyles } from './verdict.styles.js';
import { verdictTableView, type VerdictTableActions, type VerdictTableModel } from './verdict-table.js';

export { verdictTable } from '../verdict.js';
export { cellKey } from './verdict-table.js';
export const styles = css`${verdictStyles}${verdictMarkStyles}`;

/** As the table's model, but the organisation may be unnamed in the data. */
export type VerdictScreenModel = Omit<VerdictTableModel, 'organisation'> & { organisation: string | undefined };

export interface VerdictScreenActions extends VerdictTableActions {
  onPrevious: () => void;
  onStart: () => void;
}

/** Heading, who judges, the table, how; then back, or on to the stemhulp. */
export function verdictScreen(model: VerdictScreenModel, a: VerdictScreenActions, ui: Strings, lang: string, startLabel: string) {
  // A translation brings its own verdict strings; Dutch (and a failed translation) uses these.
  const t = { ...nlVerdict, ...ui };
  const m = { ...model, organisation: model.organisation ?? t.verdict.unknownOrg };
  return html`<section class="verdict" part="verdict" aria-labelledby="verdict-heading">
    <h3 id="verdict-heading" tabindex="-1">${t.verdict.heading(m.municipality)}</h3>
    ${disclosureView(m.organisation, t)} ${verdictTableView(m, a, t, lang)}
    <div class="nav">
      <button type="button" class="secondary" @click=${a.onPrevious}>${t.previous}</button>
      <button type="button" class="primary" @click=${a.onStart}>${startLabel}</button>
    </div>
  </section>`;
}
