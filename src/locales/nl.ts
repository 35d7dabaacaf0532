/**
 * Dutch UI strings: the reference set. Plain language at B1 level, "je" not "u".
 * Every other language implements the same `Strings` shape, so a missing string is a
 * type error, not a blank button.
 */
export const nl = {
  language: 'Taal',
  widgetTitle: 'Stemhulp: vluchtelingen en jouw gemeente',
  intro:
    'Gemeenten spelen een grote rol in het leven van vluchtelingen. Op basis van onze aanbevelingen kun jij bepalen hoe vluchteling-vriendelijk de partijen in jouw gemeente zijn.',
  keyPointsHeading: 'Onze speerpunten',
  readMore: 'Lees meer',
  source: (org: string) => `Aanbevelingen van ${org}`,

  quizHeading: 'Doe de stemhulp',
  quizIntro: 'Kies je gemeente. Geef dan bij elke stelling je mening.',
  municipality: 'Gemeente',
  chooseMunicipality: 'Kies je gemeente',
  start: 'Start de stemhulp',
  startFor: (name: string) => `Start de stemhulp voor ${name}`,
  loading: 'Gegevens laden…',
  loadingMunicipality: (name: string) => `Gegevens voor ${name} laden…`,

  progress: (n: number, total: number) => `Stelling ${n} van ${total}`,
  keyPointLabel: 'Speerpunt',
  moreInfo: 'Meer uitleg',
  agree: 'Eens',
  neutral: 'Geen van beide',
  disagree: 'Oneens',
  skip: 'Sla over',
  important: 'Belangrijk',
  importantHint: 'Telt dubbel mee',
  previous: 'Vorige',
  toResult: 'Naar de uitslag',

  resultHeading: 'Jouw uitslag',
  resultIntro: (name: string) =>
    `Zo goed passen de partijen in ${name} bij jouw antwoorden. Hoe langer de balk, hoe meer jullie het eens zijn.`,
  notAdvice: 'Dit is geen stemadvies. Jij kiest zelf op wie je stemt.',
  matchSentence: (party: string, score: number) => `${party}, ${score} procent overeenkomst`,
  listNumber: (n: number) => `lijst ${n}`,
  compare: 'Bekijk de standpunten',
  you: 'Jij',
  skipped: 'Overgeslagen',
  unknownPosition: 'Geen standpunt bekend',
  checkSource: 'Bron',
  partyWebsite: 'Website van de partij',
  noResult: 'Je hebt alle stellingen overgeslagen. Beantwoord minstens één stelling om een uitslag te zien.',
  judgementHeading: 'Hoe vluchteling-vriendelijk is deze partij?',
  judgementBy: (org = 'de makers van deze stemhulp') =>
    `Dit is het oordeel van ${org} per speerpunt, los van jouw antwoorden. Het vergelijkt de standpunten van de partij met ons advies.`,
  noJudgement: 'Geen oordeel: er zijn geen stellingen met ons advies.',
  friendlinessScore: (keyPoint: string, score: string) => `${keyPoint}: ${score}`,
  howItWorks: 'Hoe werkt dit?',
  howItWorksText: [
    'Een partij krijgt 2 punten als haar standpunt gelijk is aan jouw antwoord. Ze krijgt 1 punt als één van jullie "Geen van beide" kiest. Anders krijgt ze 0 punten. Is het standpunt van een partij niet bekend, dan krijgt ze ook 0 punten.',
    'Een stelling die je "Belangrijk" vindt, telt dubbel. Stellingen die je overslaat, tellen niet mee. Het percentage is het aantal punten van de partij, gedeeld door het hoogst mogelijke aantal.',
    'Bij een gelijk percentage telt eerst het lijstnummer, dan de naam.',
  ],
  madeBy: (org: string) => `De stellingen en de standpunten van de partijen zijn verzameld door ${org}.`,
  madeByUnknown: 'De stellingen en standpunten komen uit de gegevens van deze website.',
  privacy: 'Je antwoorden blijven op je eigen apparaat. Ze worden niet opgeslagen of verstuurd.',

  verdictOpen: 'Bekijk het oordeel per partij',
  reading: 'Lees verder',
  infoTitle: 'Vluchtelingen en jouw gemeente',
  infoIntro:
    'Gemeenten spelen een grote rol in het leven van vluchtelingen. Dit zijn onze speerpunten voor de gemeenteraadsverkiezingen.',

  nextSteps: 'Wat nu?',
  electionOn: (name: string, date: string) => `${name}: ${date}.`,
  pollingStation: 'Waar kan ik stemmen?',
  flyer: 'Download de flyer',
  newsletter: 'Aanmelden nieuwsbrief',
  restart: 'Opnieuw beginnen',
  changeAnswers: 'Antwoorden aanpassen',

  retry: 'Probeer opnieuw',
  details: 'Details',
  errorIndex: {
    network: 'De stemhulp kon geen verbinding maken om de gegevens te laden.',
    timeout: 'Het laden van de gegevens duurde te lang.',
    http: 'De gegevens van de stemhulp konden niet worden geladen.',
    json: 'De gegevens van de stemhulp zijn geen geldig JSON-bestand.',
    format: 'De gegevens van de stemhulp bevatten fouten.',
    'too-large': 'Het gegevensbestand van de stemhulp is te groot.',
  },
  errorMunicipality: (name: string) => `De gegevens voor ${name} konden niet worden geladen.`,
  errorMunicipalityData: (name: string) => `De gegevens voor ${name} bevatten fouten.`,
  errorAdvice: 'Probeer het later opnieuw.',
  errorUnknownCode: (code: string) => `De gemeente met code ${code} staat niet in de gegevens. Kies je gemeente.`,
  httpStatus: (status: number) => `De server antwoordde met status ${status}.`,
  problemsHeading: (n: number) => (n === 1 ? '1 probleem in de gegevens:' : `${n} problemen in de gegevens:`),
  warningsHeading: (n: number) => (n === 1 ? '1 opmerking bij de gegevens' : `${n} opmerkingen bij de gegevens`),
};

export type Strings = typeof nl;
