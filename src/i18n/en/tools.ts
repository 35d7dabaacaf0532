import type { ToolStrings } from '../part-types.js';

/** The result's tools in English: in the tools chunk (src/i18n/tools.ts). */
export const tools: ToolStrings = {
  partiesLegend: 'Parties',
  tuneIntro: 'Change an answer or Important here. The result changes straight away.',
  statementNumber: (n) => `Statement ${n}`,
  allParties: 'What do the parties think?',
  unknownStance: 'Unknown',
  noParty: 'No party',
  sideBySideLegend: 'Choose up to three parties',
  sideBySideFull: 'You have chosen three parties. Remove one to choose another.',
  sideBySideEmpty: 'Choose one, two or three parties above.',
  sideBySideCaption: (names) => `Your answers beside those of ${names}`,
  sameAsYou: 'same as you',
  topIs: (party, score) => `${party} is now at the top with ${score} percent`,
  topTied: (parties, score) => `${parties} are now tied at the top with ${score} percent`,
  noTop: 'there is no result',
  answerChanged: (n, answer, top) => `Statement ${n}: your answer is now ${answer}; ${top}.`,
  importantOn: (n, top) => `Statement ${n} now counts double; ${top}.`,
  importantOff: (n, top) => `Statement ${n} now counts once; ${top}.`,
  partyOff: (party, top) => `${party} is no longer in the result; ${top}.`,
  partyOn: (party, top) => `${party} is back in the result; ${top}.`,
};
