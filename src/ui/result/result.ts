import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Index, KeyPoint, MunicipalityContent, Party, Statement } from '../../core/types.js';
import type { PartyScore, UserAnswer } from '../../core/match.js';
import { partyVerdict, type VerdictOf } from '../../core/verdict.js';
import type { ResultStrings, Strings, VerdictStrings } from '../../i18n/types.js';
import { currentAnswers, hiddenParties, resultTools, type Action, type Answers, type ReaderState } from '../../state/state.js';
import { nlResult } from '../../i18n/nl/result.js';
import { localise } from '../../core/text.js';
import { rankParties, type Ranking } from '../../core/ranking.js';
import { memo } from '../../lib/memo.js';
import type * as Tools from '../tools/tools.js';
import { answerWord, externalLink, said, text } from '../common/common.js';
import { nlVerdict } from '../../i18n/nl/verdict.js';
import { disclosureView } from '../common/disclosure.js';
import { readingView } from '../common/reading.js';
import { formatPercent } from '../common/percent.js';
import { verdictChartView } from '../verdict/chart.js';
import { verdictMark } from '../verdict/mark.js';
import { adviceEntry, verdictLine } from '../verdict/on-result.js';
import { revealFor } from './reveal.js';
import { result } from './result.styles.js';
import { verdictChartStyles } from '../verdict/chart.styles.js';
import { verdictMarkStyles } from '../verdict/mark.styles.js';
import { verdictResultStyles } from '../verdict/on-result.styles.js';

import { partyLabel, partyText } from '../common/party-name.js';
import { ranking } from './ranking.styles.js';

/** The result's own sheet with the ranking's and the verdict's: its line, ring, advice and chart. */
export const styles = css`${result}${ranking}${verdictMarkStyles}${verdictResultStyles}${verdictChartStyles}`;
// Made as the chunk arrives (during the quiz), not in the task that draws the result.
void styles.styleSheet;
export { matchParties } from '../../core/match.js';
export { verdictOf, verdictScore } from '../../core/verdict.js';
export { pending } from './reveal.js';

/** What the result shows, derived in `derive.ts`: names already in the UI language. */
export interface ResultModel {
  municipalityName: string;
  /** The organisation's name, if the index gives one. */
  organisation: string | undefined;
  keyPoints: readonly KeyPoint[];
  statements: readonly Statement[];
  links: Index['links'];
  election: Index['election'];
  /** In result order; undefined when every statement was skipped. */
  results: PartyScore[] | undefined;
  answers: ReadonlyMap<string, UserAnswer>;
  /** Parties whose comparison is open: only those are rendered (60 × 100 would cost seconds). */
  open: ReadonlySet<string>;
  /** The organisation's Totaal per party id, with what it rests on (`of` 0 for all when no statement has `recommended`). */
  verdicts: ReadonlyMap<string, VerdictOf>;
}

export interface ResultProps extends ResultModel {
  /** The element's dispatch: the view says what the reader did, `update` decides what follows. */
  dispatch: (action: Action) => void;
  /** The chosen parties ranked, with shared places and the cautions; undefined when every statement was skipped. */
  ranking: Ranking | undefined;
  /** How many parties the gemeente has, and how many are chosen under `Partijen`. */
  partyCount: number;
  shownCount: number;
  /** Open disclosures of the tools (`parties`, `tune`, `side`). */
  openTools: ReadonlySet<string>;
  /** What the last change on the result did, in one sentence (the live region). */
  live: unknown;
  /** The contents of an open tool, from the tools chunk: rendered only once opened. */
  tool: (name: 'parties' | 'tune' | 'side') => unknown;
  /** How many of a list's `total` items to draw now (`parties`, or `compare <party id>`): long lists come in slices. */
  reveal: (list: string, total: number) => number;
  /** Opened from a share link and unchanged since: said as the link's answers, not the reader's. */
  shared?: boolean;
}

type Rt = Strings & ResultStrings & VerdictStrings;

/** A translation brings its own result strings; Dutch (and a failed translation) uses these. */
export const resultStrings = (ui: Strings): Rt => ({ ...nlResult, ...nlVerdict, ...ui });

/** How the result and the tools show party names: bracketed parts never break inside. */
export const names = (t: Rt, lang: string) => ({
  label: (party: Party) => partyLabel(party, t, lang),
  plain: (party: Party) => partyText(party, t, lang),
});

/**
 * After `Opnieuw beginnen`: the answers are gone, and for a while `Ongedaan maken` brings
 * them back. The button gets focus, and its description says what happened.
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
function cautions(r: Ranking, t: Rt, shared?: boolean) {
  const lines = [
    r.fewAnswered ? (shared ? t.sharedFewAnswered : t.fewAnswered)(r.answered, r.total) : '',
    r.tooClose ? t.tooClose : '',
    r.parties.length ? '' : t.noPartyChosen,
  ].filter(Boolean);
  return lines.map((line) => html`<p class="caution">${line}</p>`);
}

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
              ${pos ? answerWord(t, pos.position, t.skipped) : t.unknownPosition}
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

/** The election day in the reader's language (plain `en` as in Europe, 18 March 2026, not the US order), remembered: the result renders again on every change. */
const longDate = memo((iso: string, lang: string) =>
  new Intl.DateTimeFormat(/^en$/i.test(lang) ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(new Date(`${iso}T00:00:00Z`)),
);

// This chunk is fetched when the quiz starts. The first date format of a page costs about
// 25 ms on a slow phone (ICU loads its date data; the index's load already made the first
// Intl object): made once now, when the page is idle, not in the result's last slice.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => longDate('2026-03-18', 'nl'), { timeout: 2000 });
else setTimeout(() => longDate('2026-03-18', 'nl'), 50);

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
  const { organisation: org, links, election, verdicts } = p;
  const date = election?.date && longDate(election.date, lang);
  // The parties the reader chose under Kies partijen, as in the ranking above.
  const chosen = (p.ranking?.parties ?? []).map(({ party, score }) => ({ party, match: score, verdict: verdicts.get(party.id) }));
  const chart = chosen.flatMap((r) => (r.verdict?.score === undefined ? [] : [{ ...r, verdict: r.verdict.score, basis: r.verdict }]));
  // Recommended statements, but no known position: such a party is not plotted, and the chart says so.
  const unplotted = chosen.flatMap((r) => (r.verdict?.of && r.verdict.score === undefined ? [r.party] : []));
  return html`${
    p.ranking
      ? html`${p.statements.some((s) => s.recommended) ? nothing : html`<p class="note">${t.verdict.noneAtAll(author)}</p>`}
          ${verdictChartView({ organisation: author, rows: chart, unplotted }, t, lang)}`
      : nothing
  }
    ${tool(p, 'tune', t.tuneHeading, t)} ${p.ranking ? tool(p, 'side', t.sideBySide, t) : nothing}
    <p class="visually-hidden" role="status" id="result-live">${p.live}</p>
    <details class="how" part="how-it-works">
      <summary>${t.howItWorks}</summary>
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
        ? html`<p>${(p.shared ? t.sharedIntro : t.resultIntro)(p.municipalityName)}</p>
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
}

/** The chosen parties ranked; recomputed only when the answers, the choice or the language change. */
const ranked = memo((content: MunicipalityContent, answers: Answers, hidden: ReadonlySet<string>, lang: string) =>
  rankParties(
    content.statements,
    content.parties,
    answers,
    (p) => localise(p.name, lang),
    lang,
    (p) => !hidden.has(p.id),
  ),
);

/**
 * The result screen: the result view with the tools' disclosures, whose contents (and
 * the live region's words for a change made with them) come from the tools chunk.
 */
export function resultScreen(c: ResultContext, ui: Strings, lang: string): TemplateResult {
  const t = resultStrings(ui);
  const { state, dispatch, content } = c;
  const hidden = hiddenParties(state);
  const ranking = ranked(content, currentAnswers(state), hidden, lang);
  const tools = resultTools(state);
  const root = c.host.renderRoot as ShadowRoot;
  const updated = () => c.host.updateComplete;
  const ctx = { ...c, root, updated, keyPoints: c.model.keyPoints, names: names(t, lang), ranking, hidden, open: tools };
  return resultView(
    {
      ...c.model,
      ranking,
      partyCount: content.parties.length,
      shownCount: content.parties.filter((p) => !hidden.has(p.id)).length,
      openTools: tools.open,
      live: tools.lastChange ? c.tools((k) => k.say(tools.lastChange!, ctx, t, lang)) : '',
      dispatch,
      tool: (name) => c.tools((k) => k.toolView(name, ctx, t, lang)),
      reveal: revealFor(c.host).take,
      shared: !!state.shared && state.shared === currentAnswers(state),
    },
    ui,
    lang,
  );
}
