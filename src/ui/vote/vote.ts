/**
 * The lazy "vote" chunk: *Mag ik stemmen?* on the start screen, a short check of who may
 * vote for the gemeenteraad (the rules in src/core/eligibility.ts). Fetched only when a
 * reader opens the disclosure. The answers live in this runtime while the check is open:
 * never in the reader's state (so never in a share link or an event), never stored or
 * sent, and forgotten when the disclosure closes (kiosk mode closes it for the next person).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataController } from '../../data/data-controller.js';
import type { ReaderState } from '../../state/state.js';
import { asksResidence, eligibility, type EligibilityAnswers } from '../../core/eligibility.js';
import { localise } from '../../core/text.js';
import { voteStrings } from '../../i18n/vote.js';
import type { VoteStrings } from '../../i18n/part-types.js';
import { externalLink } from '../common/common.js';

export { styles } from './vote.styles.js';

/** What the check uses of the element: the element's contract for chunks is handed over by src/chunks/vote.ts. */
export type VoteHost = ReactiveControllerHost & HTMLElement;
export interface VoteDeps {
  data: Pick<DataController, 'index' | 'entry'>;
  reader: () => ReaderState;
}

/** A date from the data in the reader's language (plain `en` as in Europe); Latin digits and the Gregorian calendar, as on the ballot. */
const longDate = (iso: string | undefined, lang: string) =>
  iso &&
  (Intl.DateTimeFormat.supportedLocalesOf(lang).length
    ? new Intl.DateTimeFormat(/^en$/i.test(lang) ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn', calendar: 'gregory' }).format(
        new Date(`${iso}T00:00:00Z`),
      )
    : // No dates in this language in this browser (Tigrinya, Somali in Chromium): as on a Dutch letter, not in English.
      iso.split('-').reverse().join('-'));

type Question = keyof EligibilityAnswers;

/** One question as a group of radio buttons, its help text read with it. */
function question(name: Question, legend: string, options: [string, string][], chosen: string | undefined, help?: string) {
  const id = `vote-${name}`;
  return html`<fieldset class="vote-question" aria-describedby=${help ? `${id}-help` : nothing}>
    <legend>${legend}</legend>
    ${help ? html`<p class="note" id=${`${id}-help`}>${help}</p>` : nothing}
    <div class="vote-choices">
      ${options.map(
        ([value, label]) => html`<label class="vote-choice">
          <input type="radio" name=${id} value=${value} .checked=${chosen === value} />
          <span>${label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The check's runtime, a controller of the host: its answers, its questions and its one outcome. */
export class Runtime implements ReactiveController {
  private answers: EligibilityAnswers = {};

  constructor(
    private readonly host: VoteHost,
    private readonly deps: VoteDeps,
  ) {
    host.addController(this);
  }

  /** Closed is forgotten: the next time it opens, nothing is chosen. */
  hostUpdated() {
    if (!this.host.shadowRoot?.querySelector<HTMLDetailsElement>('details.vote')?.open && Object.keys(this.answers).length) {
      this.answers = {};
      this.host.requestUpdate();
    }
  }

  private readonly change = (e: Event) => {
    const input = e.target as HTMLInputElement;
    this.answers = { ...this.answers, [input.name.slice(5)]: input.value };
    this.host.requestUpdate();
  };

  render(lang: string) {
    const s = voteStrings(lang);
    const idx = this.deps.data.index;
    const index = idx?.state === 'ready' ? idx.value.index : undefined;
    const election = longDate(index?.election?.date, lang);
    const nomination = longDate(index?.election?.nominationDate, lang);
    const place = localise(this.deps.data.entry(this.deps.reader().gemeente)?.name, lang);
    const a = this.answers;
    const yesNo: [string, string][] = [
      ['yes', s.yes],
      ['no', s.no],
      ['unsure', s.unsure],
    ];
    return html`<div class="vote-check">
      <p>${s.intro}</p>
      <form class="vote-form" @change=${this.change} @submit=${(e: Event) => e.preventDefault()}>
        ${question('age', s.age(election), yesNo, a.age)} ${question('lives', s.lives(place, nomination), yesNo, a.lives, s.livesHelp)}
        ${question(
          'nationality',
          s.nationality,
          [
            ['nl', s.nl],
            ['eu', s.eu],
            ['other', s.other],
          ],
          a.nationality,
          s.nationalityHelp,
        )}
        ${asksResidence(a) ? question('residence', s.residence(nomination), yesNo, a.residence, s.residenceHelp) : nothing}
      </form>
      <div role="status" class="vote-outcome">${outcome(a, s, place, election, nomination)}</div>
      <p>${s.more} ${index?.links.voting ? externalLink(index.links.voting, s.link) : s.ask}</p>
      <p class="note">${s.aid}</p>
    </div>`;
  }
}

/** The outcome in one plain sentence, and why or whom to ask in the next; nothing while questions are open. */
function outcome(a: EligibilityAnswers, s: VoteStrings, place: string, election?: string, nomination?: string) {
  const r = eligibility(a);
  const lines =
    r.kind === 'yes'
      ? [s.outcomeYes(place, election), s.stempas]
      : r.kind === 'not-yet'
        ? [s.outcomeNotYet, ...r.reasons.map((why) => (why === 'age' ? s.becauseAge(election) : s.becauseResidence(nomination)))]
        : r.kind === 'elsewhere'
          ? [s.outcomeElsewhere(place), s.askElsewhere]
          : r.kind === 'unsure'
            ? [s.outcomeUnsure(place)]
            : [];
  return lines.length ? html`<p><strong>${lines[0]}</strong>${lines.slice(1).map((l) => ` ${l}`)}</p>` : nothing;
}
