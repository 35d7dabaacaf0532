/**
 * The verdict screen, a lazy chunk: "Bekijk het oordeel per partij" opens it from the start
 * screen, before (or instead of) the quiz. Brings its own sheet and its Dutch strings.
 */
import { css, html, nothing } from 'lit';
import type { KeyPoint, MunicipalityContent, Party } from '../../core/types.js';
import { verdictTable as table } from '../../core/verdict.js';
import type { Strings } from '../../i18n/types.js';
import { updatedView } from '../common/given-by.js';
import { nlResult } from '../../i18n/nl/result.js';
import { nlVerdict } from '../../i18n/nl/verdict.js';
import type { Action } from '../../state/state.js';
import { disclosureView } from '../common/disclosure.js';
import { verdictMarkStyles } from './mark.styles.js';
import { verdictStyles } from './verdict.styles.js';
import { verdictTableView, type VerdictTableModel } from './table.js';

/**
 * The verdict table of a gemeente's content (core/verdict.ts), with when its data last
 * changed and what was corrected, shown under it.
 */
export const verdictTable = (content: MunicipalityContent, keyPoints: readonly KeyPoint[], displayName: (party: Party) => string, lang: string) => ({
  ...table(content.statements, keyPoints, content.parties, displayName, lang),
  updated: content.updated,
  corrections: content.corrections,
});
export const styles = css`${verdictStyles}${verdictMarkStyles}`;

/** As the table's model, but the organisation may be unnamed in the data. */
export type VerdictScreenModel = Omit<VerdictTableModel, 'organisation'> & {
  organisation: string | undefined;
  /** Where a reader reports a wrong position (`organisation.contact` as a link), if the data gives a usable one. */
  contact?: { href: string; text: string };
  /** The site preset the gemeente: the start button names it, as on the start screen. */
  preset: boolean;
};

export interface VerdictScreenProps extends VerdictScreenModel {
  /** The element's dispatch: the view says what the reader did, `update` decides what follows. */
  dispatch: (action: Action) => void;
}

/** Heading, who judges, the table, how; then back, or on to the stemhulp. */
export function verdictScreen(p: VerdictScreenProps, ui: Strings, lang: string) {
  // A translation brings its own strings; Dutch (and a failed translation) uses these.
  const t = { ...nlResult, ...nlVerdict, ...ui };
  const m = { ...p, organisation: p.organisation ?? t.verdict.unknownOrg };
  const toggle = (cell: string) => p.dispatch({ type: 'toggle-cell', cell });
  return html`<section class="verdict" part="verdict">
    <h3 id="verdict-heading" tabindex="-1">${t.verdict.heading(m.gemeente)}</h3>
    ${disclosureView(m.organisation, t)} ${verdictTableView(m, { onToggle: toggle }, t, lang)}
    ${updatedView(m.table.updated, m.table.corrections, t, lang)}
    ${m.contact ? html`<p class="note">${t.verdict.report} <a href=${m.contact.href}>${m.contact.text}</a></p>` : nothing}
    <div class="nav">
      <button type="button" class="secondary" @click=${() => p.dispatch({ type: 'home' })}>${t.previous}</button>
      <button type="button" class="primary" @click=${() => p.dispatch({ type: 'start' })}>
        ${p.preset ? t.startFor(m.gemeente) : t.start}
      </button>
    </div>
  </section>`;
}
