import type { ResultStrings } from '../types.js';

/**
 * The Dutch strings only the result shows: they travel in the result chunk, so the main
 * file stays small. Other languages keep theirs in their own chunk, beside `Strings`.
 */
export const nlResult: ResultStrings = {
  resultHeading: 'Jouw uitslag',
  resultIntro: (name: string) => `Zo goed passen de partijen in ${name} bij jouw antwoorden. Hoe langer de balk, hoe meer jullie het eens zijn.`,
  notAdvice: 'Dit is geen stemadvies. Jij kiest zelf op wie je stemt.',
  matchSentence: (party: string, score: number) => `${party}, ${score} procent overeenkomst`,
  /** After the reader's match as shown ("75% overeenkomst met jou"): beside the organisation's verdict a bare "75%" could be taken for it. */
  matchWith: 'overeenkomst met jou',
  listNumber: (n: number) => `lijst ${n}`,
  compare: 'Bekijk de standpunten',
  you: 'Jij',
  skipped: 'Overgeslagen',
  unknownPosition: 'Geen standpunt bekend',
  checkSource: 'Bron',
  partyWebsite: 'Website van de partij',
  // Acting on the result (issue 12): choose parties, tune, compare, ties, undo.
  rank: (n: number) => `Plaats ${n}`,
  tied: 'gelijk',
  // A result opened from a share link speaks to whoever opened it, who did not give these answers.
  sharedHeading: 'Uitslag van een gedeelde link',
  sharedIntro: (name: string) => `Zo goed passen de partijen in ${name} bij de antwoorden in deze link. Hoe langer de balk, hoe meer ze overeenkomen.`,
  sharedFewAnswered: (n: number, total: number) => `In deze link zijn ${n} van de ${total} stellingen beantwoord. Met zo weinig antwoorden zegt de uitslag weinig.`,
  sharedNoResult: 'In deze link zijn alle stellingen overgeslagen. Daarom is er geen uitslag. Je kunt de stemhulp zelf doen.',
  sharedGone: 'De stellingen in deze link staan niet meer in de stemhulp. Ze zijn veranderd nadat de link is gemaakt. Je kunt de stemhulp zelf doen.',
  tooClose: 'De bovenste twee partijen liggen minder dan één stelling uit elkaar. Dat verschil is te klein om veel te betekenen.',
  fewAnswered: (n: number, total: number) => `Je hebt ${n} van de ${total} stellingen beantwoord. Met zo weinig antwoorden zegt de uitslag weinig.`,
  chooseParties: 'Kies partijen',
  partiesChosen: (n: number, total: number) => `${n} van ${total} gekozen`,
  noPartyChosen: 'Je hebt geen partij gekozen. Kies bij "Kies partijen" minstens één partij.',
  tuneHeading: 'Antwoorden aanpassen',
  sideBySide: 'Partijen naast elkaar',
  cleared: 'Je antwoorden zijn gewist.',
  undo: 'Ongedaan maken',
  noResult: 'Je hebt alle stellingen overgeslagen. Beantwoord minstens één stelling om een uitslag te zien.',
  verdictHeading: 'Hoe vluchteling-vriendelijk is deze partij?',
  verdictBy: (org = 'de makers van deze stemhulp') =>
    `Dit is het oordeel van ${org} per speerpunt, los van jouw antwoorden. Het vergelijkt de standpunten van de partij met ons advies.`,
  noVerdict: 'Geen oordeel: er zijn geen stellingen met ons advies.',
  keyPointVerdict: (keyPoint: string, score: string) => `${keyPoint}: ${score}`,
  howItWorks: 'Hoe werkt dit?',
  howItWorksText: [
    'Een partij krijgt 2 punten als haar standpunt gelijk is aan jouw antwoord. Ze krijgt 1 punt als één van jullie "Geen van beide" kiest. Anders krijgt ze 0 punten. Is het standpunt van een partij niet bekend, dan krijgt ze ook 0 punten.',
    'Een stelling die je "Belangrijk" vindt, telt dubbel. Stellingen die je overslaat, tellen niet mee. Het percentage is het aantal punten van de partij, gedeeld door het hoogst mogelijke aantal.',
    'Bij een gelijk percentage telt eerst het lijstnummer, dan de naam.',
  ],
  madeBy: (org: string) => `De stellingen en de standpunten van de partijen zijn verzameld door ${org}.`,
  madeByUnknown: 'De stellingen en standpunten komen uit de gegevens van deze website.',
  privacy: 'Je antwoorden blijven op je eigen apparaat. Ze worden niet opgeslagen of verstuurd.',

  nextSteps: 'Wat nu?',
  electionOn: (name: string, date: string) => `${name}: ${date}.`,
  pollingStation: 'Waar kan ik stemmen?',
  flyer: 'Download de flyer',
  newsletter: 'Aanmelden nieuwsbrief',
  restart: 'Opnieuw beginnen',
  changeAnswers: 'Antwoorden aanpassen',
};
