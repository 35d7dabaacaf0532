import { css, html, nothing } from 'lit';
import type { Index, KeyPoint, Party, Statement } from '../data/types.js';
import type { PartyScore, UserAnswer } from '../match.js';
import { partyVerdict } from '../verdict.js';
import type { Strings } from '../locales/index.js';
import type { Action } from '../state.js';
import { nlResult, type ResultStrings } from '../locales/nl-result.js';
import { localise } from '../data/text.js';
import { answerWord, externalLink, text } from './common.js';
import { nlVerdict, type VerdictStrings } from '../locales/nl-verdict.js';
import { disclosureView } from './disclosure.js';
import { readingView } from './reading.js';
import { formatPercent } from './percent.js';
import { verdictChartView } from './verdict-chart.js';
import { verdictMark } from './verdict-mark.js';
import { adviceEntry, verdictLine } from './verdict-result.js';
import { result } from './result.styles.js';
import { verdictChartStyles } from './verdict-chart.styles.js';
import { verdictMarkStyles } from './verdict-mark.styles.js';
import { verdictResultStyles } from './verdict-result.styles.js';

/** The result's own sheet with the verdict's: its line, ring, advice and chart. */
export const styles = css`${result}${verdictMarkStyles}${verdictResultStyles}${verdictChartStyles}`;
export { matchParties } from '../match.js';
export { verdictScore } from '../verdict.js';

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
  /** The organisation's Totaal per party id; undefined for all when no statement has `recommended`. */
  verdicts: ReadonlyMap<string, number | undefined>;
}

export interface ResultProps extends ResultModel {
  /** The element's dispatch: the view says what the reader did, `update` decides what follows. */
  dispatch: (action: Action) => void;
}

type Rt = Strings & ResultStrings & VerdictStrings;


/** A native progress element: drawn without inline styles, which a strict CSP forbids. */
const bar = (score: number) => html`<progress class="bar" aria-hidden="true" max="100" value=${score}></progress>`;

/** The organisation's judgement of one party per key point; independent of the reader, and marked with its ring, not the match's bar. */
function judgement(p: ResultProps, party: Party, t: Rt, lang: string) {
  const { cells, total } = partyVerdict(p.statements, p.keyPoints, party);
  if (total === undefined) return html`<p>${t.noJudgement}</p>`;
  // Every key point, as the verdict table shows them: one without recommendations says so, never 0%.
  return html`<ul class="scores">
    ${cells.map(
      (s) => html`<li>
        ${s.score === undefined
          ? html`<span>${t.friendlinessScore(localise(s.keyPoint.title, lang), t.verdict.none)}</span>`
          : html`${verdictMark(s.score)}<span>${t.friendlinessScore(localise(s.keyPoint.title, lang), formatPercent(s.score, lang))}</span>`}
      </li>`,
    )}
  </ul>`;
}

/** Statement by statement: the reader's answer beside the party's position. */
function comparison(p: ResultProps, party: Party, t: Rt, lang: string, judge: string) {
  const kp = new Map<string, KeyPoint>(p.keyPoints.map((k) => [k.id, k]));
  return html`<ol class="comparison">
    ${p.statements.map((s) => {
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
          ${adviceEntry(judge, s, p.answers.get(s.id), (a) => answerWord(t, a, t.skipped), t)}
        </dl>
      </li>`;
    })}
  </ol>`;
}

/** The result: parties in match order, comparison and judgement on demand, next steps. */
export function resultView(p: ResultProps, ui: Strings, lang: string) {
  // A translation brings its own result strings; Dutch (and a failed translation) uses these.
  const t: Rt = { ...nlResult, ...nlVerdict, ...ui };
  const { organisation: org, links, election, verdicts } = p;
  const judge = org ?? t.verdict.unknownOrg;
  const judged = p.statements.some((s) => s.recommended);
  const date = election?.date
    ? // Plain `en` as in Europe (18 March 2026), not the US order.
      new Intl.DateTimeFormat(/^en$/i.test(lang) ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(
        new Date(`${election.date}T00:00:00Z`),
      )
    : undefined;
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    <h3 id="result-heading" tabindex="-1">${t.resultHeading}</h3>
    ${p.results
      ? html`<p>${t.resultIntro(p.municipalityName)}</p>
          <p class="note"><strong>${t.notAdvice}</strong></p>
          <ol class="parties" part="parties">
            ${p.results.map(
              ({ party, score }) => html`<li class="party" part="party">
                <p class="party-line">
                  <span class="visually-hidden">${t.matchSentence(
                    localise(party.name, lang) + (party.list ? ` (${t.listNumber(party.list)})` : ''),
                    score,
                  )}</span>
                  <span class="name" aria-hidden="true">${text(party.name, lang)}${
                    party.list ? html` <span class="list">(${t.listNumber(party.list)})</span>` : nothing
                  }</span>
                  <span class="score" aria-hidden="true">${formatPercent(score, lang)}</span>
                </p>
                ${bar(score)} ${verdictLine(judge, verdicts.get(party.id), t, lang)}
                <details ?open=${p.open.has(party.id)}>
                  <summary
                    @click=${(e: Event) => {
                      e.preventDefault();
                      p.dispatch({ type: 'toggle-party', party: party.id });
                    }}
                  >
                    ${t.compare}<span class="visually-hidden">: ${text(party.name, lang)}</span>
                  </summary>
                  ${p.open.has(party.id)
                    ? html`${comparison(p, party, t, lang, judge)}
                        <h4>${t.judgementHeading}</h4>
                        <p class="note">${t.judgementBy(org)}</p>
                        ${judgement(p, party, t, lang)} ${externalLink(party.url, t.partyWebsite)}`
                    : nothing}
                </details>
              </li>`,
            )}
          </ol>
          ${judged ? nothing : html`<p class="note">${t.verdict.noneAtAll(judge)}</p>`}
          ${verdictChartView(
            {
              organisation: judge,
              rows: p.results.flatMap(({ party, score }) => {
                const verdict = verdicts.get(party.id);
                return verdict === undefined ? [] : [{ party, match: score, verdict }];
              }),
            },
            t,
            lang,
          )}`
      : html`<p role="status">${t.noResult}</p>`}
    <details class="how" part="how-it-works">
      <summary>${t.howItWorks}</summary>
      ${t.howItWorksText.map((s) => html`<p>${s}</p>`)}
      <p>${org ? t.madeBy(org) : t.madeByUnknown}</p>
      ${disclosureView(judge, t, true)}
      <p>${t.privacy}</p>
    </details>
    <div class="nav">
      <button type="button" class="secondary" @click=${() => p.dispatch({ type: 'previous', total: p.statements.length })}>${t.previous}</button>
      <button type="button" class="secondary" @click=${() => p.dispatch({ type: 'start' })}>${t.changeAnswers}</button>
      <button type="button" class="secondary" @click=${() => p.dispatch({ type: 'restart' })}>${t.restart}</button>
    </div>
    <section class="next" aria-labelledby="next-heading">
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
    </section>
  </section>`;
}
