import type { ToolStrings } from '../part-types.js';

/** The result's tools in Somali: a DRAFT translation (concept), not yet checked by a native speaker. In the tools chunk (src/i18n/tools.ts). */
export const tools: ToolStrings = {
  partiesLegend: 'Xisbiyada',
  tuneIntro: 'Halkan ka beddel jawaab ama Muhiim. Natiijadu isla markiiba way isbeddeshaa.',
  statementNumber: (n) => `Bayaan ${n}`,
  allParties: 'Xisbiyadu maxay ka qabaan?',
  unknownStance: 'Lama yaqaan',
  noParty: 'Xisbi ma jiro',
  sideBySideLegend: 'Dooro ilaa saddex xisbi',
  sideBySideFull: 'Waxaad dooratay saddex xisbi. Mid ka saar si aad mid kale u doorato.',
  sideBySideEmpty: 'Kor ka dooro hal, laba ama saddex xisbi.',
  sideBySideCaption: (names) => `Jawaabahaaga iyo kuwa ${names}, oo is barbar yaal`,
  sameAsYou: 'adiga la mid',
  topIs: (party, score) => `hadda waxaa ugu sarreeya ${party}, oo leh ${score} boqolkiiba`,
  topTied: (parties, score) => `hadda waxaa ugu sarreeya ${parties}, oo isku mid ah: ${score} boqolkiiba`,
  noTop: 'natiijo ma jirto',
  answerChanged: (n, answer, top) => `Bayaan ${n}: jawaabtaadu hadda waa ${answer}; ${top}.`,
  importantOn: (n, top) => `Bayaan ${n} hadda laba jeer ayaa la tiriyaa; ${top}.`,
  importantOff: (n, top) => `Bayaan ${n} hadda hal mar ayaa la tiriyaa; ${top}.`,
  partyOff: (party, top) => `${party} hadda kuma jiro natiijada; ${top}.`,
  partyOn: (party, top) => `${party} mar kale wuu ku jiraa natiijada; ${top}.`,
};
