/**
 * The printed stemkaart's view model: everything the one A4 page shows, derived from
 * the data and the reader's answers. Pure: no DOM, no Lit.
 */
import { localise } from './data/text.js';
import { address, safeHref } from './views/common.js';
import type { Answer, Index, Statement, LocalisedText } from './data/types.js';
import type { PartyScore, UserAnswer } from './match.js';
import type { verdictScore } from './verdict.js';

export interface StemkaartParty {
  name: string;
  list?: number;
  score: number;
  verdict?: number;
}

export interface StemkaartAnswer {
  text: LocalisedText;
  answer?: Answer | 'skip';
  important: boolean;
}

export interface Stemkaart {
  municipality: string;
  election?: string;
  /** ISO date, formatted by the view in the reader's language. */
  date?: string;
  top: StemkaartParty[];
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
  municipality: string,
  statements: readonly Statement[],
  results: readonly PartyScore[],
  answers: ReadonlyMap<string, UserAnswer>,
  lang: string,
  /** The organisation's verdict (its "Totaal"), as the result computes it: passed in from the result chunk. */
  verdict: typeof verdictScore,
): Stemkaart {
  const { election, organisation, links } = index;
  return {
    municipality,
    election: election?.name ? localise(election.name, lang) : undefined,
    date: election?.date,
    top: results.slice(0, TOP).map(({ party, score }) => ({
      name: localise(party.name, lang),
      list: party.list,
      score,
      verdict: verdict(statements, party),
    })),
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
