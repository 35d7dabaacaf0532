/**
 * The printed stemkaart's view model: everything the one A4 page shows, derived from
 * the data and the reader's answers. Pure: no DOM, no Lit.
 */
import { localise } from './data/text.js';
import { address, safeHref } from './views/common.js';
import type { Answer, Index, Party, Statement, Text } from './data/types.js';
import type { matchParties, PartyScore, UserAnswer } from './match.js';

/**
 * The organisation's total verdict on a party ("Totaal" in data format "Refugee-
 * friendliness"): the matching formula with `recommended` as the answers, weights 1, over
 * every statement that has one. Undefined when none has: "no judgement", never 0%.
 * `match` is the result chunk's scoring, passed in so this chunk does not bring its own copy.
 */
export function totalVerdict(statements: readonly Statement[], party: Party, match: typeof matchParties): number | undefined {
  const recommended = new Map<string, UserAnswer>(statements.flatMap((s) => (s.recommended ? [[s.id, { answer: s.recommended }]] : [])));
  return match(statements, [party], recommended, () => '', 'nl')?.[0]?.score;
}

export interface StemkaartParty {
  name: string;
  list?: number;
  score: number;
  verdict?: number;
}

export interface StemkaartAnswer {
  text: Text;
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
  match: typeof matchParties,
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
      verdict: totalVerdict(statements, party, match),
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
