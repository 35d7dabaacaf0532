import type { CardStrings } from '../part-types.js';

/** The printed card's own words in English: in the card chunk (src/i18n/card.ts). */
export const card: CardStrings = {
  cardTitle: 'Your voting aid result',
  top: 'Your best matches',
  party: 'Party',
  match: 'Match with you',
  verdict: (org) => `Verdict of ${org}`,
  noVerdict: 'no verdict',
  unknown: 'no verdict: positions unknown',
  basis: (known, of) => `on ${known} of ${of} statements`,
  chosen: (n, total) => `Only the ${n} parties you chose, of ${total}.`,
  answers: 'Your answers',
  notAnswered: 'Not answered',
  skipped: 'Skipped',
  notAdvice: 'This is not voting advice. You decide who you vote for.',
  list: (n) => `list ${n}`,
  voting: 'Voting',
  pollingAt: (address) => `Where you can vote: see ${address}.`,
  pollingList: 'Your municipality sends you a list of polling stations.',
  bring: 'Bring your voting pass (stempas) and a valid ID.',
  madeBy: (org) => `Voting aid by ${org}`,
  makers: 'the makers',
};
