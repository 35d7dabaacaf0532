import type { GlossaryText } from '../types.js';

/** The bundled glossary in plain English, by the ids of src/i18n/nl/glossary.ts. */
export const glossary: Record<string, GlossaryText> = {
  asielzoeker: {
    term: 'asylum seeker',
    also: ['asylum seekers'],
    explanation:
      'Someone who has fled their country and asks for protection in the Netherlands. The government decides whether they may stay. Until then an asylum seeker lives in reception.',
  },
  azc: {
    term: 'azc',
    also: ["azc's", 'asylum centre', 'asylum centres'],
    explanation:
      'Asylum seekers’ centre (asielzoekerscentrum): a place where asylum seekers live while they wait for a decision. Sometimes status holders who have no home yet live there too.',
  },
  statushouder: {
    term: 'status holder',
    also: ['status holders', 'statushouder', 'statushouders'],
    explanation: 'A refugee who has been given a residence permit and may stay in the Netherlands. The municipality finds them a home and helps with civic integration and work.',
  },
  verblijfsvergunning: {
    term: 'residence permit',
    also: ['residence permits'],
    explanation: 'A card from the government that allows someone from another country to live in the Netherlands.',
  },
  inburgering: {
    term: 'civic integration',
    also: ['inburgering', 'civic integration plan'],
    explanation:
      'Learning Dutch, getting to know Dutch society, and working or training for a job. Status holders are required to do this. The municipality makes a plan together with them.',
  },
  noodopvang: {
    term: 'emergency reception',
    also: ['emergency shelter', 'noodopvang'],
    explanation:
      'Temporary reception for asylum seekers when there is no room in the asylum centres, for example in a sports hall or on a boat. There is often little rest and little to do.',
  },
  coa: {
    term: 'COA',
    explanation: 'The Central Agency for the Reception of Asylum Seekers: the government organisation that houses asylum seekers, for example in asylum centres.',
  },
  woningcorporatie: {
    term: 'housing association',
    also: ['housing associations', 'woningcorporatie'],
    explanation: 'An organisation that rents out homes with a low rent. Municipalities make agreements with housing associations about homes, also for status holders.',
  },
  speerpunt: {
    term: 'key point',
    also: ['key points'],
    explanation: 'A subject that matters most to us. We have four key points for the municipal elections. For each key point we say what we think the municipality should do.',
  },
  stelling: {
    term: 'statement',
    also: ['statements'],
    explanation: 'A sentence about what the municipality should do. You say whether you agree with it or not. The parties do that too.',
  },
  standpunt: {
    term: 'position',
    also: ['positions'],
    explanation: 'What a party thinks of a statement: agree, disagree or neither.',
  },
  advies: {
    term: 'advice',
    also: ['recommendation'],
    explanation: 'The answer to a statement that the organisation thinks is best for refugees.',
  },
  percentage: {
    term: 'percentage',
    also: ['per cent', 'percent'],
    explanation: 'A part of 100. 75% means: 75 out of 100.',
  },
  lijstnummer: {
    term: 'list number',
    also: ['list numbers'],
    explanation: 'The number of a party on the ballot paper.',
  },
};
