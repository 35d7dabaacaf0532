/**
 * The result's templates: the ranked parties, their comparison and verdict on demand, the
 * tools' disclosures, the next steps, and the undo notice. What they show is derived in
 * model.ts; what they keep is said where it is kept (`reveal.ts`: the slices of long lists).
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { KeyPoint, MunicipalityContent, Party, Position } from '../../core/types.js';
import { partyVerdict } from '../../core/verdict.js';
import type { InterfaceWord, Strings } from '../../i18n/types.js';
import type { Action, ReaderState } from '../../state/state.js';
import { localise } from '../../core/text.js';
import type { Ranking } from '../../core/ranking.js';
import type * as Tools from '../tools/tools.js';
import { answerWord, externalLink, said, text } from '../common/common.js';
import { disclosureView } from '../common/disclosure.js';
import { givenBy } from '../common/given-by.js';
import { readingView } from '../common/reading.js';
import { formatPercent } from '../common/percent.js';
import { partyLabel, partyText } from '../common/party-name.js';
import { verdictChartView } from '../verdict/chart.js';
import { verdictMark } from '../verdict/mark.js';
import { adviceEntry, verdictLine } from '../verdict/on-result.js';
import { cautionLines, chartModel, longDate, resultStrings, screenModel, type ResultModel, type ResultProps, type Rt } from './model.js';
import { revealFor } from './reveal.js';
import { result } from './result.styles.js';
import { ranking } from './ranking.styles.js';
import { verdictChartStyles } from '../verdict/chart.styles.js';
import { verdictMarkStyles } from '../verdict/mark.styles.js';
import { verdictResultStyles } from '../verdict/on-result.styles.js';

/** The result's own sheet with the ranking's and the verdict's: its line, ring, advice and chart. */
export const styles = css`${result}${ranking}${verdictMarkStyles}${verdictResultStyles}${verdictChartStyles}`;
// Made as the chunk arrives (during the quiz), not in the task that draws the result.
void styles.styleSheet;
// The view model's types, also where the element and the share chunk have always named them.
export type { ResultModel, ResultProps } from './model.js';

/** How the result and the tools show party names: bracketed parts never break inside. */
export const names = (t: Rt, lang: string) => ({
  label: (party: Party) => partyLabel(party, t, lang),
  plain: (party: Party) => partyText(party, t, lang),
});

/**
 * After `Opnieuw beginnen`: the answers are gone, and until the reader's next action
 * `Ongedaan maken` brings them back (the state keeps them, see state/result.ts; no timer). The button gets focus, and its description says what happened.
 */
export function undoNotice(ui: Strings, dispatch: (action: Action) => void): TemplateResult {
  const t = resultStrings(ui);
  return html`<div class="undo" part="undo">
    <p id="undo-text">${t.cleared}</p>
    <button type="button" class="secondary" id="undo" aria-describedby="undo-text" @click=${() => dispatch({ type: 'undo' })}>${t.undo}</button>
  </div>`;
}

/** The tools chunk's view, or a word that it is coming (the chunk loads when a tool is first opened). */
const loaded = (view: unknown, t: Rt) => (view === nothing ? html`<p role="status" class="loading">${said(t.loading)}</p>` : view);

/** A disclosure of the result whose contents come from the tools chunk once it is opened. */
function tool(p: ResultProps, name: 'parties' | 'tune' | 'side', label: unknown, t: Rt) {
  const open = p.openTools.has(name);
  return html`<details class=${`tool tool-${name}`} ?open=${open}>
    <summary
      @click=${(e: Event) => {
        e.preventDefault();
        p.dispatch({ type: 'toggle-tool', tool: name });
      }}
    >
      ${label}
    </summary>
    ${open ? loaded(p.tool(name), t) : nothing}
  </details>`;
}

/** The cautions of the ranking, each one sentence; nothing when the result can be read as it is. */
const cautions = (r: Ranking, t: Rt, shared?: boolean) => cautionLines(r, t, shared).map((line) => html`<p class="caution">${line}</p>`);

/** A native progress element: drawn without inline styles, which a strict CSP forbids. */
const bar = (score: number) => html`<progress class="bar" aria-hidden="true" max="100" value=${score}></progress>`;

/** The organisation's verdict of one party per key point; independent of the reader, and marked with its ring, not the match's bar. */
function keyPointVerdicts(p: ResultProps, party: Party, t: Rt, lang: string) {
  const { cells, statements } = partyVerdict(p.statements, p.keyPoints, party);
  if (!statements.length) return html`<p>${t.noVerdict}</p>`;
  // Every key point, as the verdict table shows them: one without recommendations, or without
  // a known position, says so, never 0%; one that rests on fewer statements says on how many.
  return html`<ul class="scores">
    ${cells.map(
      (s) => html`<li>
        ${
          s.score === undefined
            ? html`<span>${t.keyPointVerdict(localise(s.keyPoint.title, lang), s.statements.length ? t.verdict.unknown : t.verdict.none)}</span>`
            : html`${verdictMark(s.score)}<span>${t.keyPointVerdict(localise(s.keyPoint.title, lang), formatPercent(s.score, lang))}${
                s.known < s.statements.length ? ` (${t.verdict.basis(s.known, s.statements.length)})` : ''
              }</span>`
        }
      </li>`,
    )}
  </ul>`;
}

/** Statement by statement: the reader's answer beside the party's position, the first `shown` statements. */
function comparison(p: ResultProps, party: Party, t: Rt, lang: string, author: string, shown: number) {
  const kp = new Map<string, KeyPoint>(p.keyPoints.map((k) => [k.id, k]));
  return html`<ol class="comparison">
    ${p.statements.slice(0, shown).map((s) => {
      const pos = party.positions[s.id];
      return html`<li>
        <p class="label">${text(kp.get(s.keyPoint)?.title, lang)}</p>
        <p class="statement-small">${text(s.text, lang)}</p>
        <dl>
          <div><dt>${t.you}</dt><dd>${answerWord(t, p.answers.get(s.id)?.answer, t.skipped)}${
            p.answers.get(s.id)?.important ? html` (${t.important.toLowerCase()})` : nothing
          }</dd></div>
          <div>
            <dt>${text(party.shortName ?? party.name, lang)}</dt>
            <dd>
              ${pos ? answerWord(t, pos.position, t.skipped) : t.unknownPosition} ${givenBy(pos, author, t, lang)}
              ${pos?.explanation ? html`<span class="why">${text(pos.explanation, lang)}</span>` : nothing}
              ${externalLink(pos?.source, t.checkSource)}
            </dd>
          </div>
          ${adviceEntry(author, s, p.answers.get(s.id), (a) => answerWord(t, a, t.skipped), t)}
        </dl>
      </li>`;
    })}
  </ol>`;
}

/** One party of the result: its place, match, the organisation's verdict, and its comparison on demand. */
function partyItem(p: ResultProps, { party, score, rank, tied }: Ranking['parties'][number], t: Rt, lang: string, author: string) {
  const open = p.open.has(party.id);
  // Opened, the comparison comes in slices; the verdict per speerpunt below it with the last.
  const rows = open ? p.reveal(`compare ${party.id}`, p.statements.length) : 0;
  return html`<li class="party" part="party" data-key=${party.id}>
    <p class="rank">${t.rank(rank)}${tied ? html` · <span class="tie">${t.tied}</span>` : nothing}</p>
    <p class="party-line">
      <span class="visually-hidden">${t.matchSentence(localise(party.name, lang) + (party.list ? ` (${t.listNumber(party.list)})` : ''), score)}</span>
      <span class="name" aria-hidden="true">${partyLabel(party, t, lang)}</span>
      <span class="match" aria-hidden="true"><span class="score">${formatPercent(score, lang)}</span> ${t.matchWith}</span>
    </p>
    ${bar(score)} ${verdictLine(author, p.verdicts.get(party.id), t, lang)}
    <details ?open=${open}>
      <summary
        @click=${(e: Event) => {
          e.preventDefault();
          p.dispatch({ type: 'toggle-party', party: party.id });
        }}
      >
        ${t.compare}<span class="visually-hidden">: ${text(party.name, lang)}</span>
      </summary>
      ${open ? comparison(p, party, t, lang, author, rows) : nothing}
      ${
        open && rows >= p.statements.length
          ? html`<h4>${t.verdictHeading}</h4>
            <p class="note">${t.verdictBy(p.organisation)}</p>
            ${keyPointVerdicts(p, party, t, lang)} ${externalLink(party.url, t.partyWebsite)}`
          : nothing
      }
    </details>
  </li>`;
}

/** Below the list: the chart of match against verdict, the tools, how it works, what to do next. */
function afterList(p: ResultProps, t: Rt, lang: string, author: string) {
  const { organisation: org, links, election } = p;
  const date = election?.date && longDate(election.date, lang);
  return html`${
    p.ranking
      ? html`${p.statements.some((s) => s.recommended) ? nothing : html`<p class="note">${t.verdict.noneAtAll(author)}</p>`}
          ${verdictChartView(chartModel(author, p.ranking, p.verdicts), t, lang)}`
      : nothing
  }
    ${tool(p, 'tune', t.tuneHeading, t)} ${p.ranking ? tool(p, 'side', t.sideBySide, t) : nothing}
    <p class="visually-hidden" role="status" id="result-live">${p.live}</p>
    <details class="how" part="how-it-works">
      <summary>${t.howItWorks}</summary>
      ${p.words(['standpunt', 'stelling', 'percentage', 'lijstnummer', 'advies', 'speerpunt'], 'how')}
      ${t.howItWorksText.map((s) => html`<p>${s}</p>`)}
      <p>${org ? t.madeBy(org) : t.madeByUnknown}</p>
      ${disclosureView(author, t, true)}
      <p>${t.privacy}</p>
    </details>
    <div class="nav">
      <button type="button" class="secondary" @click=${() => p.dispatch({ type: 'previous', total: p.statements.length })}>${t.previous}</button>
      <button type="button" class="secondary" @click=${() => p.dispatch({ type: 'restart-with-undo' })}>${t.restart}</button>
    </div>
    <section class="next">
      <h4 id="next-heading">${t.nextSteps}</h4>
      ${election?.name && date ? html`<p>${t.electionOn(localise(election.name, lang), date)}</p>` : nothing}
      <ul class="links">
        ${[
          [links.pollingStation, t.pollingStation],
          [links.flyer, t.flyer],
          [links.newsletter, t.newsletter],
        ].map(([url, label]) => (url ? html`<li>${externalLink(url, label!)}</li>` : nothing))}
      </ul>
      ${readingView(links.reading, t, lang)}
    </section>`;
}

/**
 * The result: parties in match order, comparison and verdict on demand, next steps.
 * The parties come in slices (`reveal`); what follows the list comes with the last slice,
 * so nothing below the list moves while it grows.
 */
export function resultView(p: ResultProps, ui: Strings, lang: string) {
  const t = resultStrings(ui);
  const author = p.organisation ?? t.verdict.unknownOrg;
  const r = p.ranking;
  const shown = p.reveal('parties', r?.parties.length ?? 0);
  return html`<section class="result" part="result">
    <h3 id="result-heading" tabindex="-1">${p.shared ? t.sharedHeading : t.resultHeading}</h3>
    ${
      r
        ? html`<p>${(p.shared ? t.sharedIntro : t.resultIntro)(p.gemeenteName)}</p>
          <p class="note"><strong>${t.notAdvice}</strong></p>
          ${cautions(r, t, p.shared)}
          ${tool(p, 'parties', html`${t.chooseParties} <span class="count">(${t.partiesChosen(p.shownCount, p.partyCount)})</span>`, t)}
          <ol class="parties" part="parties">
            ${r.parties.slice(0, shown).map((entry) => partyItem(p, entry, t, lang, author))}
          </ol>`
        : html`<p role="status">${said(!p.shared ? t.noResult : p.answers.size ? t.sharedNoResult : t.sharedGone)}</p>`
    }
    ${shown < (r?.parties.length ?? 0) ? nothing : afterList(p, t, lang, author)}
  </section>`;
}

/** What the element hands the result screen: its derived model, the state, and how to act. */
export interface ResultContext {
  model: ResultModel;
  state: ReaderState;
  content: MunicipalityContent;
  dispatch: (action: Action) => void;
  /** The tools chunk's view via `view` once it is loaded (loading it on first use), as `LazyViews.render` does. */
  tools: (view: (chunk: typeof Tools) => unknown) => unknown;
  /** The element: its shadow root (to move re-ranked items smoothly, to find focus) and its next render. */
  host: ReactiveControllerHost & { renderRoot: ParentNode };
  /** *Moeilijke woorden*: the interface's own words `ids`, explained (src/ui/common/words.ts). */
  words: (ids: readonly InterfaceWord[], where: string) => unknown;
}

/**
 * The result screen: the result view with the tools' disclosures, whose contents (and
 * the live region's words for a change made with them) come from the tools chunk.
 */
export function resultScreen(c: ResultContext, ui: Strings, lang: string): TemplateResult {
  const t = resultStrings(ui);
  const { ranking, hidden, tools, ...counts } = screenModel(c.content, c.state, lang);
  const root = c.host.renderRoot as ShadowRoot;
  const updated = () => c.host.updateComplete;
  const org = c.model.organisation ?? t.verdict.unknownOrg;
  const by = (pos: Position | undefined) => givenBy(pos, org, t, lang);
  const ctx = { ...c, root, updated, keyPoints: c.model.keyPoints, names: names(t, lang), by, ranking, hidden, open: tools };
  return resultView(
    {
      ...c.model,
      ...counts,
      ranking,
      openTools: tools.open,
      live: tools.lastChange ? c.tools((k) => k.say(tools.lastChange!, ctx, t, lang)) : '',
      dispatch: c.dispatch,
      tool: (name) => c.tools((k) => k.toolView(name, ctx, t, lang)),
      reveal: revealFor(c.host).take,
      words: c.words,
    },
    ui,
    lang,
  );
}
