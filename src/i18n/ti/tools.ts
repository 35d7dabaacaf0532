import type { ToolStrings } from '../part-types.js';

/** The result's tools in Tigrinya: a DRAFT translation (concept), not yet checked by a native speaker. In the tools chunk (src/i18n/tools.ts). */
export const tools: ToolStrings = {
  partiesLegend: 'ሰልፍታት',
  tuneIntro: 'ኣብዚ ሓደ መልሲ ወይ "ኣገዳሲ" ቀይሩ። እቲ ውጽኢት ብኡንብኡ ይቕየር።',
  statementNumber: (n) => `መግለጺ ${n}`,
  allParties: 'ሰልፍታት እንታይ ይብሉ?',
  unknownStance: 'ኣይፍለጥን',
  noParty: 'ሰልፊ የለን',
  sideBySideLegend: 'ክሳዕ ሰለስተ ሰልፍታት ምረጹ',
  sideBySideFull: 'ሰለስተ ሰልፍታት መሪጽኩም ኣለኹም። ካልእ ንምምራጽ ሓደ ኣልግሱ።',
  sideBySideEmpty: 'ኣብ ላዕሊ ሓደ፣ ክልተ ወይ ሰለስተ ሰልፍታት ምረጹ።',
  sideBySideCaption: (names) => `መልስታትኩም ኣብ ጎኒ መልስታት ${names}`,
  sameAsYou: 'ከምኹም',
  topIs: (party, score) => `ሕጂ ኣብ ላዕሊ ${party} እዩ ዘሎ፣ ብ${score} ሚእታዊት`,
  topTied: (parties, score) => `ሕጂ ኣብ ላዕሊ ${parties} ማዕረ እዮም ዘለዉ፣ ብ${score} ሚእታዊት`,
  noTop: 'ውጽኢት የለን',
  answerChanged: (n, answer, top) => `መግለጺ ${n}፡ መልስኹም ሕጂ ${answer} እዩ፤ ${top}።`,
  importantOn: (n, top) => `መግለጺ ${n} ሕጂ ክልተ ግዜ ይቑጸር፤ ${top}።`,
  importantOff: (n, top) => `መግለጺ ${n} ሕጂ ከም ንቡር ይቑጸር፤ ${top}።`,
  partyOff: (party, top) => `${party} ሕጂ ኣብ ውጽኢት የለን፤ ${top}።`,
  partyOn: (party, top) => `${party} ሕጂ ናብ ውጽኢት ተመሊሱ፤ ${top}።`,
};
