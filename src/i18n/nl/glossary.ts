import type { GlossaryText } from '../types.js';

/**
 * The hard words of the bundled speerpunten, explained in plain Dutch (B1), by id. Only the
 * quiz chunk imports this (through src/i18n/glossary.ts), so readers who never start the
 * stemhulp do not download it; other languages come with their language chunks (<lang>/glossary.ts).
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
    explanation: 'Een organisatie die woningen met een lage huur verhuurt. Gemeenten maken met woningcorporaties afspraken over woningen, ook voor statushouders.',
  },
};
