import type { GlossaryText, InterfaceWord } from '../types.js';

/**
 * The hard words of the bundled speerpunten and of the interface, explained in plain Dutch
 * (B1), by id. Only the quiz chunk imports this (through src/i18n/glossary.ts), so readers
 * who never start the stemhulp do not download it; other languages come with their language
 * chunks (<lang>/glossary.ts).
 */
export const glossaryNl: Readonly<Record<string, GlossaryText>> = {
  asielzoeker: {
    term: 'asielzoeker',
    also: ['asielzoekers'],
    explanation:
      'Iemand die uit zijn land is gevlucht en in Nederland bescherming vraagt. De overheid bekijkt of hij of zij mag blijven. Tot die tijd woont een asielzoeker in de opvang.',
  },
  azc: {
    term: 'azc',
    also: ["azc's", 'asielzoekerscentrum', 'asielzoekerscentra'],
    explanation: 'Asielzoekerscentrum: een plek waar asielzoekers wonen terwijl ze wachten op een besluit. Soms wonen er ook statushouders die nog geen huis hebben.',
  },
  statushouder: {
    term: 'statushouder',
    also: ['statushouders'],
    explanation: 'Een vluchteling die een verblijfsvergunning heeft gekregen en in Nederland mag blijven. De gemeente zorgt voor een woning en helpt met inburgering en werk.',
  },
  verblijfsvergunning: {
    term: 'verblijfsvergunning',
    also: ['verblijfsvergunningen'],
    explanation: 'Een pasje van de overheid waarmee iemand uit een ander land in Nederland mag wonen.',
  },
  inburgering: {
    term: 'inburgering',
    also: ['inburgeren', 'inburgeringsplan', 'inburgeringsplicht'],
    explanation:
      'Nederlands leren, de Nederlandse samenleving leren kennen en werken of leren voor een beroep. Statushouders moeten inburgeren. De gemeente maakt daarvoor samen met hen een plan.',
  },
  noodopvang: {
    term: 'noodopvang',
    also: ['noodopvanglocatie', 'noodopvanglocaties'],
    explanation: 'Tijdelijke opvang voor asielzoekers als er in de azc’s geen plek is, bijvoorbeeld in een sporthal of op een boot. Er is vaak weinig rust en weinig te doen.',
  },
  coa: {
    term: 'COA',
    also: ['Centraal Orgaan opvang asielzoekers'],
    explanation: 'Centraal Orgaan opvang asielzoekers: de organisatie van de overheid die zorgt voor de opvang van asielzoekers, bijvoorbeeld in azc’s.',
  },
  woningcorporatie: {
    term: 'woningcorporatie',
    also: ['woningcorporaties'],
    explanation: 'Een organisatie die huizen met een lage huur verhuurt. Gemeenten maken met woningcorporaties afspraken over huizen, ook voor statushouders.',
  },
  // The interface's own words (`interfaceWords`): each id is the Dutch term itself.
  speerpunt: {
    term: 'speerpunt',
    also: ['speerpunten'],
    explanation:
      'Een onderwerp dat voor ons het belangrijkst is. Wij hebben vier speerpunten voor de gemeenteraadsverkiezingen. Bij elk speerpunt zeggen we wat de gemeente volgens ons moet doen.',
  },
  stelling: {
    term: 'stelling',
    also: ['stellingen'],
    explanation: 'Een zin over wat de gemeente zou moeten doen. Jij zegt of je het ermee eens bent of niet. De partijen doen dat ook.',
  },
  standpunt: {
    term: 'standpunt',
    also: ['standpunten'],
    explanation: 'Wat een partij vindt van een stelling: eens, oneens of geen van beide.',
  },
  advies: {
    term: 'advies',
    also: ['adviezen'],
    explanation: 'Het antwoord op een stelling dat volgens de organisatie het beste is voor vluchtelingen.',
  },
  percentage: {
    term: 'percentage',
    also: ['procent'],
    explanation: 'Een deel van 100. 75% betekent: 75 van de 100.',
  },
  lijstnummer: {
    term: 'lijstnummer',
    also: ['lijstnummers'],
    explanation: 'Het nummer van een partij op het stembiljet.',
  },
};

/**
 * The words the interface itself uses (the start screen, *Hoe werkt dit?*), explained where
 * it uses them (src/ui/common/words.ts), not marked in the data's texts: there "advies" or
 * "stelling" may mean something else, and a statement is not explained by its own screen's words.
 */
export const interfaceWords: ReadonlySet<string> = new Set<InterfaceWord>(['speerpunt', 'stelling', 'standpunt', 'advies', 'percentage', 'lijstnummer']);
