import type { CardStrings } from '../part-types.js';

/** The printed card's own words in Dutch: in the card chunk (src/i18n/card.ts). */
export const card: CardStrings = {
  cardTitle: 'Jouw uitslag van de stemhulp',
  top: 'Jouw beste overeenkomsten',
  party: 'Partij',
  match: 'Overeenkomst met jou',
  verdict: (org: string) => `Oordeel van ${org}`,
  noVerdict: 'geen oordeel',
  unknown: 'geen oordeel: standpunten onbekend',
  basis: (known: number, of: number) => `op ${known} van ${of} stellingen`,
  chosen: (n: number, total: number) => `Alleen de ${n} partijen die je koos, van de ${total}.`,
  answers: 'Jouw antwoorden',
  notAnswered: 'Niet beantwoord',
  skipped: 'Overgeslagen',
  notAdvice: 'Dit is geen stemadvies. Jij kiest zelf op wie je stemt.',
  list: (n: number) => `lijst ${n}`,
  voting: 'Stemmen',
  pollingAt: (address: string) => `Waar je kunt stemmen, zie je op ${address}.`,
  pollingList: 'Je gemeente stuurt je een lijst met stembureaus.',
  bring: 'Neem je stempas en een geldig identiteitsbewijs mee.',
  madeBy: (org: string) => `Stemhulp van ${org}`,
  makers: 'de makers',
};
