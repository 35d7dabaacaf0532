/**
 * The printed card's view model (*Print je uitslag*; the files keep their old name,
 * "stemkaart"): everything the one A4 page shows, derived from the data and the reader's
 * answers. Pure: no DOM, no Lit.
 */
import { localise } from './text.js';
import { address, safeHref } from './url.js';
import type { Answer, Index, Statement, LocalisedText } from './types.js';
import type { PartyScore, UserAnswer } from './match.js';
import type { VerdictOf } from './verdict.js';

export interface StemkaartParty {
  name: string;
  list?: number;
  score: number;
  /** The organisation's Totaal and what it rests on; `of` 0 when the gemeente has no verdict. */
  verdict?: VerdictOf;
}

export interface StemkaartAnswer {
  text: LocalisedText;
  answer?: Answer | 'skip';
  important: boolean;
}

export interface Stemkaart {
  gemeente: string;
  election?: string;
  /** ISO date, formatted by the view in the reader's language. */
  date?: string;
  /** The best matches among the parties the reader chose under Kies partijen. */
  top: StemkaartParty[];
  /** When the reader switched parties off: how many of how many the card is about. */
  chosen?: { shown: number; total: number };
  answers: StemkaartAnswer[];
  /** The polling-station page as an address to type: paper has no links. */
  pollingStation?: string;
  organisation?: { name: string; address?: string };
}

/** How many of the best matches the card lists: enough to compare, few enough for one page. */
export const TOP = 5;

/** Paper has no links: an address to type, for http(s) URLs only. */
const printable = (url: string | undefined) => {
  const href = safeHref(url);
  return href && address(href);
};

export function stemkaartModel(
  index: Pick<Index, 'election' | 'organisation' | 'links'>,
  gemeente: string,
  statements: readonly Statement[],
  results: readonly PartyScore[],
  answers: ReadonlyMap<string, UserAnswer>,
  lang: string,
  /** The organisation's verdict (its "Totaal") per party id, as the result computes it. */
  verdicts: ReadonlyMap<string, VerdictOf>,
  /** The parties switched off under Kies partijen: the paper leaves them out, as the result does. */
  hidden: ReadonlySet<string> = new Set(),
): Stemkaart {
  const { election, organisation, links } = index;
  const chosen = results.filter(({ party }) => !hidden.has(party.id));
  return {
    gemeente,
    election: election?.name ? localise(election.name, lang) : undefined,
    date: election?.date,
    top: chosen.slice(0, TOP).map(({ party, score }) => ({
      name: localise(party.name, lang),
      list: party.list,
      score,
      verdict: verdicts.get(party.id),
    })),
    chosen: chosen.length < results.length ? { shown: chosen.length, total: results.length } : undefined,
    answers: statements.map((s) => {
      const a = answers.get(s.id);
      return { text: s.text, answer: a?.answer, important: !!a?.important };
    }),
    pollingStation: printable(links.pollingStation),
    organisation: organisation && {
      name: localise(organisation.name, lang),
      address: printable(organisation.url),
    },
  };
}

/**
 * `text` cut to at most `max` characters at a word boundary, with "…"; never inside a
 * word (the printed card's statements). A first word longer than `max` is kept whole.
 */
export function cutAtWord(text: string, max: number): string {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s.length <= max) return s;
  // The last space that leaves room for the ellipsis; else after the first word, kept whole.
  let end = s.lastIndexOf(' ', max - 1);
  if (end === -1) end = s.indexOf(' ');
  if (end === -1) return s;
  // No dangling comma or colon before the ellipsis.
  return `${s.slice(0, end).replace(/[\s,;:\u060c\u061b]+$/, '')}…`;
}
