import { html, nothing } from 'lit';
import type { Party, Statement } from '../../core/types.js';
import { localise } from '../../core/text.js';
import type { VerdictUi as Vt } from '../../i18n/types.js';
import { points } from '../../core/match.js';
import type { PartyVerdict, VerdictCell, VerdictTable } from '../../core/verdict.js';
import type { MunicipalityContent } from '../../core/types.js';
import { answerWord, externalLink, text } from '../common/common.js';
import { givenBy } from '../common/given-by.js';
import { formatPercent } from '../common/percent.js';
import { verdictMark } from './mark.js';
import { basis } from './on-result.js';

export interface VerdictTableModel {
  /** The organisation's displayed name, or the strings' stand-in when the data names none. */
  organisation: string;
  gemeente: string;
  /** With when the gemeente's data last changed and its corrections, shown under it. */
  table: VerdictTable & Pick<MunicipalityContent, 'updated' | 'corrections'>;
  /** The one cell whose statements are shown (`cellKey`), if any: one at a time keeps a phone's page short. */
  open: string | undefined;
}

export interface VerdictTableActions {
  onToggle: (key: string) => void;
}

/** Identifies a cell: a party and a key point, or the party's Totaal (no key point). */
export const cellKey = (partyId: string, keyPointId?: string) => `${partyId}\u0000${keyPointId ?? ''}`;

const partyName = (party: Party, t: Vt, lang: string) => html`${text(party.name, lang)}${party.list ? html` <span class="list">(${t.listNumber(party.list)})</span>` : nothing}`;

/** The statements behind one cell: the organisation's advice beside the party's position, its explanation and source. */
function statementsBehind(row: PartyVerdict, statements: readonly Statement[], column: string, withKeyPoint: boolean, m: VerdictTableModel, t: Vt, lang: string) {
  const { party } = row;
  const kpTitle = new Map(m.table.keyPoints.map((k) => [k.id, k.title]));
  return html`<h4>${t.verdict.statementsOf(localise(party.name, lang), column)}</h4>
    <ol class="verdict-statements">
      ${statements.map((s) => {
        const pos = party.positions[s.id];
        return html`<li>
          ${withKeyPoint ? html`<p class="label">${text(kpTitle.get(s.keyPoint), lang)}</p>` : nothing}
          <p class="statement-small">${text(s.text, lang)}</p>
          <dl>
            <div><dt>${t.verdict.advice(m.organisation)}</dt><dd>${answerWord(t, s.recommended, t.unknownPosition)}</dd></div>
            <div>
              <dt>${text(party.shortName ?? party.name, lang)}</dt>
              <dd>
                ${answerWord(t, pos?.position, t.unknownPosition)}
                <span class="note">(${pos ? t.verdict.points(points(s.recommended!, pos.position)) : t.verdict.notCounted})</span>
                ${givenBy(pos, m.organisation, t, lang)}
                ${pos?.explanation ? html`<span class="why">${text(pos.explanation, lang)}</span>` : nothing}
                ${externalLink(pos?.source, t.checkSource)}
              </dd>
            </div>
          </dl>
        </li>`;
      })}
    </ol>`;
}

function cell(row: PartyVerdict, c: VerdictCell | undefined, i: number, m: VerdictTableModel, a: VerdictTableActions, t: Vt, lang: string) {
  const column = c ? localise(c.keyPoint.title, lang) : t.verdict.total;
  const score = c ? c.score : row.total;
  const of = (c ?? row).statements.length;
  const known = (c ?? row).known;
  const key = cellKey(row.party.id, c?.keyPoint.id);
  const open = m.open === key;
  // Recommended statements but no known position: no verdict, and still the statements behind it.
  const value =
    score === undefined
      ? html`<span class="none">${t.verdict.unknown}</span>`
      : html`<span class="value">${formatPercent(score, lang)}</span>${verdictMark(score)}${basis(known, of, t)}`;
  return html`<td role="cell" class=${c ? 'kp' : 'total'}>
    <span class="cell-label" aria-hidden="true">${column}</span>
    ${
      !of
        ? html`<span class="none">${t.verdict.none}</span>`
        : html`<button
          type="button"
          class="cell-button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? `verdict-details-${i}` : nothing}
          @click=${() => a.onToggle(key)}
        >
          <span class="visually-hidden">${t.verdict.cell(localise(row.party.name, lang), column)} </span>${value}
        </button>`
    }
  </td>`;
}

/** The open cell of `row`, rendered as a row of its own below the party. */
function detailsRow(row: PartyVerdict, i: number, m: VerdictTableModel, t: Vt, lang: string) {
  const [, kpId] = m.open!.split('\u0000');
  const c = row.cells.find((x) => x.keyPoint.id === kpId);
  const statements = c ? c.statements : row.statements;
  const column = c ? localise(c.keyPoint.title, lang) : t.verdict.total;
  return html`<tr role="row" class="details-row" id=${`verdict-details-${i}`}>
    <td role="cell" colspan=${m.table.keyPoints.length + 2}>${statementsBehind(row, statements, column, !c, m, t, lang)}</td>
  </tr>`;
}

/**
 * The organisation's verdict of every party: a real table (a card per party on a narrow
 * column), sorted by Totaal, each number opening the statements behind it.
 * The explicit roles keep the table a table for screen readers when CSS turns it into cards.
 */
export function verdictTableView(m: VerdictTableModel, a: VerdictTableActions, t: Vt, lang: string) {
  const { table } = m;
  if (!table.hasVerdict) return html`<p class="note">${t.verdict.noneAtAll(m.organisation)}</p>`;
  const someNone = table.rows.some((r) => r.cells.some((c) => !c.statements.length));
  const someUnknown = table.rows.some((r) => r.known < r.statements.length);
  // More than four speerpunten never fit a row beside a readable name: cards at every width (verdict.styles.ts).
  return html`<table role="table" class=${table.keyPoints.length > 4 ? 'verdict-table many' : 'verdict-table'}>
      <caption>${t.verdict.caption(m.organisation)}</caption>
      <thead>
        <tr role="row">
          <th role="columnheader" scope="col">${t.verdict.party}</th>
          ${table.keyPoints.map((k) => html`<th role="columnheader" scope="col">${text(k.title, lang)}</th>`)}
          <th role="columnheader" scope="col" class="total">${t.verdict.total}</th>
        </tr>
      </thead>
      <tbody>
        ${table.rows.map((row, i) => {
          const isOpen = m.open?.startsWith(cellKey(row.party.id));
          return html`<tr role="row" class="verdict-row">
              <th role="rowheader" scope="row">${partyName(row.party, t, lang)}</th>
              ${row.cells.map((c) => cell(row, c, i, m, a, t, lang))} ${cell(row, undefined, i, m, a, t, lang)}
            </tr>
            ${isOpen ? detailsRow(row, i, m, t, lang) : nothing}`;
        })}
      </tbody>
    </table>
    ${someNone ? html`<p class="note">${t.verdict.noneKeyPoint}</p>` : nothing}
    ${someUnknown ? html`<p class="note">${t.verdict.basisNote}</p>` : nothing}`;
}
