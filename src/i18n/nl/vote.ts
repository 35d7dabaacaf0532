import type { VoteStrings } from '../part-types.js';

/** *Mag ik stemmen?* in Dutch: in the vote chunk (src/i18n/vote.ts). Plain Dutch, short sentences. */
export const vote: VoteStrings = {
  intro: 'Beantwoord een paar korte vragen. Je antwoorden blijven op je eigen apparaat. We bewaren en versturen ze niet.',
  yes: 'Ja',
  no: 'Nee',
  unsure: 'Weet ik niet',
  age: (d) => (d ? `Ben je op ${d} 18 jaar of ouder?` : 'Ben je op de dag van de verkiezing 18 jaar of ouder?'),
  lives: (place, d) => (d ? `Woon je op ${d} in ${place}?` : `Woon je ruim zes weken voor de verkiezing in ${place}?`),
  livesHelp: 'Je adres staat dan ingeschreven bij de gemeente.',
  nationality: 'Welke nationaliteit heb je?',
  nationalityHelp: 'Heb je twee nationaliteiten? Kies dan de bovenste die past.',
  nl: 'Nederlands',
  eu: 'Van een ander land in de Europese Unie',
  other: 'Van een ander land, of geen nationaliteit',
  residence: (d) =>
    d
      ? `Woon je op ${d} al vijf jaar of langer in Nederland met een verblijfsvergunning?`
      : 'Woon je ruim zes weken voor de verkiezing al vijf jaar of langer in Nederland met een verblijfsvergunning?',
  residenceHelp: 'Alleen de tijd met een verblijfsvergunning telt, zonder onderbreking. Ben je nog in de asielprocedure, zonder status? Die tijd telt niet. Kies dan Nee.',
  outcomeYes: (place, d) => (d ? `Ja, je mag op ${d} stemmen in ${place}.` : `Ja, je mag stemmen in ${place}.`),
  stempas: 'Je krijgt je stempas thuis, uiterlijk twee weken voor de verkiezing.',
  outcomeNotYet: 'Nee, je mag nog niet stemmen.',
  becauseAge: (d) => (d ? `Je bent op ${d} nog geen 18 jaar.` : 'Je bent op de dag van de verkiezing nog geen 18 jaar.'),
  becauseResidence: (d) =>
    d
      ? `Je woont op ${d} nog geen vijf jaar in Nederland met een verblijfsvergunning.`
      : 'Je woont ruim zes weken voor de verkiezing nog geen vijf jaar in Nederland met een verblijfsvergunning.',
  outcomeElsewhere: (place) => `Je mag niet stemmen in ${place}.`,
  askElsewhere: 'Je stemt in de gemeente waar je woont. Vraag het aan die gemeente.',
  outcomeUnsure: (place) => `Dat weten we niet zeker. Vraag het aan de gemeente ${place}.`,
  more: 'Meer weten?',
  link: 'Lees wie mag stemmen',
  ask: 'Vraag het aan je gemeente.',
  aid: 'Dit is een hulp, geen besluit. De gemeente beslist of je mag stemmen.',
};
