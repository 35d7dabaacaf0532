import type { Strings } from '../types.js';

/**
 * Dutch UI strings: the reference set. Plain language at B1 level, "je" not "u".
 * Every other language implements the same `Strings` shape (with `ResultStrings`), so a
 * missing string is a type error, not a blank button. The result's Dutch strings are in
 * `result.ts`, inside the result chunk; the words under an error's *Details* in `details.ts`, inside the details chunk.
 */
export const nl: Strings = {
  language: 'Taal',
  /** The switcher's button: a language applies only when the reader asks (WCAG 3.2.2), not on every arrow key. */
  languageApply: 'Taal wijzigen',
  widgetTitle: 'Stemhulp: vluchtelingen en jouw gemeente',
  intro: 'Gemeenten spelen een grote rol in het leven van vluchtelingen. Met onze aanbevelingen zie je hoe vluchteling-vriendelijk de partijen in jouw gemeente zijn.',
  keyPointsHeading: 'Onze speerpunten',
  readMore: 'Lees meer',
  source: (org: string) => `Aanbevelingen van ${org}`,

  quizHeading: 'Doe de stemhulp',
  quizIntro: 'Kies je gemeente. Geef dan bij elke stelling je mening.',
  gemeente: 'Gemeente',
  chooseGemeente: 'Kies je gemeente',
  /** Start without a gemeente: the message the browser shows, in the widget's language rather than the browser's. */
  chooseFirst: 'Kies eerst je gemeente.',
  start: 'Start de stemhulp',
  startFor: (name: string) => `Start de stemhulp voor ${name}`,
  loading: 'Gegevens laden…',
  loadingGemeente: (name: string) => `Gegevens voor ${name} laden…`,

  progress: (n: number, total: number) => `Stelling ${n} van ${total}`,
  keyPointLabel: 'Speerpunt',
  moreInfo: 'Meer uitleg',
  /** Before the buttons that explain the statement's hard words, below it. */
  hardWords: 'Moeilijke woorden',
  agree: 'Eens',
  neutral: 'Geen van beide',
  disagree: 'Oneens',
  skip: 'Sla over',
  important: 'Belangrijk',
  importantHint: 'Telt dubbel mee',
  previous: 'Vorige',
  toResult: 'Naar de uitslag',

  verdictOpen: 'Bekijk het oordeel per partij',
  voteCheck: 'Mag ik stemmen?',
  reading: 'Lees verder',
  infoTitle: 'Vluchtelingen en jouw gemeente',
  infoIntro: 'Gemeenten spelen een grote rol in het leven van vluchtelingen. Dit zijn onze speerpunten voor de gemeenteraadsverkiezingen.',

  retry: 'Probeer opnieuw',
  details: 'Details',
  /**
   * What went wrong, in plain words, per kind of load error: alone for the index, after
   * `errorGemeente` for a gemeente. What the reader can do follows it: `errorAdvice` where
   * trying again may help; a broken file only its makers can mend, and the reader is told so. The
   * technical words (JSON, a status, a header, a command) are for data authors, under Details.
   */
  errorKind: {
    network: 'De stemhulp kon geen verbinding maken om de gegevens te laden.',
    timeout: 'Het laden van de gegevens duurde te lang.',
    http: 'De gegevens van de stemhulp konden niet worden geladen.',
    json: 'De gegevens van de stemhulp zijn niet te lezen. Dat moeten de makers oplossen.',
    format: 'De gegevens van de stemhulp bevatten fouten. Dat moeten de makers oplossen.',
    'too-large': 'De gegevens van de stemhulp zijn te groot. Dat moeten de makers oplossen.',
    refused: 'Deze stemhulp kan deze gegevens niet tonen.',
  },
  errorGemeente: (name: string) => `De gegevens voor ${name} konden niet worden geladen.`,
  errorGemeenteData: (name: string) => `De gegevens voor ${name} bevatten fouten. Dat moeten de makers oplossen.`,
  errorAdvice: 'Probeer het later opnieuw.',
  /** A part of the widget's own code (quiz, result, verdict) did not load: not the data's fault. */
  errorChunk: 'Een deel van de stemhulp kon niet worden geladen.',
  errorUnknownCode: (code: string) => `De gemeente met code ${code} staat niet in de gegevens. Kies je gemeente.`,
  errorUnknownLink: 'De gekozen gemeente staat niet in de gegevens. Kies je gemeente.',
};
