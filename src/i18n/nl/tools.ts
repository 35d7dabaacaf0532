import type { ToolStrings } from '../part-types.js';

/**
 * Dutch strings of the result's tools (party choice, tuning, side by side, the live region):
 * with the other languages' (src/i18n/tools.ts) they travel in the tools chunk, which only
 * readers who open a tool download, so neither the main file nor a language chunk grows.
 */
export const tools: ToolStrings = {
  partiesLegend: 'Partijen',
  tuneIntro: 'Verander hier een antwoord of Belangrijk. De uitslag verandert meteen mee.',
  statementNumber: (n: number) => `Stelling ${n}`,
  allParties: 'Wat vinden de partijen?',
  unknownStance: 'Onbekend',
  noParty: 'Geen partij',
  sideBySideLegend: 'Kies maximaal drie partijen',
  sideBySideFull: 'Je hebt drie partijen gekozen. Haal er een weg om een andere te kiezen.',
  sideBySideEmpty: 'Kies hierboven een, twee of drie partijen.',
  sideBySideCaption: (names: string) => `Jouw antwoorden naast die van ${names}`,
  sameAsYou: 'zelfde als jij',
  topIs: (party: string, score: number) => `bovenaan staat nu ${party} met ${score} procent`,
  topTied: (parties: string, score: number) => `bovenaan staan nu ${parties} gelijk met ${score} procent`,
  noTop: 'er is geen uitslag',
  answerChanged: (n: number, answer: string, top: string) => `Stelling ${n}: je antwoord is nu ${answer}; ${top}.`,
  importantOn: (n: number, top: string) => `Stelling ${n} telt nu dubbel; ${top}.`,
  importantOff: (n: number, top: string) => `Stelling ${n} telt nu gewoon; ${top}.`,
  partyOff: (party: string, top: string) => `${party} staat niet meer in de uitslag; ${top}.`,
  partyOn: (party: string, top: string) => `${party} staat weer in de uitslag; ${top}.`,
};
