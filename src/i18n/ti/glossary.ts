import type { GlossaryText } from '../types.js';

/**
 * The bundled glossary in Tigrinya: a DRAFT translation (concept) made by the development
 * team, not yet checked by a native speaker. By the ids of src/i18n/nl/glossary.ts. Tigrinya
 * writes ን (to, for) and ብ (by) onto the word, so `also` lists those forms too (a whole-word
 * match would miss them), and the Dutch word a reader meets in daily life.
 */
export const glossary: Record<string, GlossaryText> = {
  asielzoeker: {
    term: 'ሓታቲ ዑቕባ',
    also: ['ሓተቲ ዑቕባ', 'ንሓታቲ ዑቕባ', 'ንሓተቲ ዑቕባ', 'asielzoeker', 'asielzoekers'],
    explanation: 'ካብ ሃገሩ ሃዲሙ ኣብ ሆላንድ ዑቕባ ዝሓትት ሰብ። መንግስቲ ክጸንሕ ይፍቀደሉ እንተኾይኑ ይምርምር። ክሳዕ ሽዑ ሓታቲ ዑቕባ ኣብ መዕቆቢ ይነብር።',
  },
  azc: {
    term: 'ማእከል ሓተቲ ዑቕባ',
    also: ['ማእከላት ሓተቲ ዑቕባ', 'azc', "azc's", 'asielzoekerscentrum', 'asielzoekerscentra'],
    explanation: 'ማእከል ሓተቲ ዑቕባ (asielzoekerscentrum, azc)፡ ሓተቲ ዑቕባ ውሳነ ክጽበዩ ከለዉ ዝነብሩሉ ቦታ። ሓደ ሓደ ግዜ ገና ገዛ ዘይረኸቡ ስታቱስ ዘለዎም ሰባት እውን ኣብኡ ይነብሩ።',
  },
  statushouder: {
    term: 'ስታቱስ ዘለዎ',
    also: ['ስታቱስ ዘለዎም', 'ስታቱስ ዝረኸበ', 'ስታቱስ ዝረኸቡ', 'statushouder', 'statushouders'],
    explanation: 'ፍቓድ መንበሪ ረኺቡ ኣብ ሆላንድ ክጸንሕ ዝተፈቕደሉ ስደተኛ (statushouder)። ምምሕዳር ከተማ ገዛ የዳልወሉ፣ ኣብ ምውህሃድን ስራሕን ድማ ይሕግዞ።',
  },
  verblijfsvergunning: {
    term: 'ፍቓድ መንበሪ',
    also: ['ፍቓዳት መንበሪ', 'verblijfsvergunning', 'verblijfsvergunningen'],
    explanation: 'ሓደ ካብ ካልእ ሃገር ዝመጸ ሰብ ኣብ ሆላንድ ክነብር ዘፍቅደሉ፣ ካብ መንግስቲ ዝወሃብ ካርድ።',
  },
  inburgering: {
    term: 'ምውህሃድ',
    also: ['ምውህሃድ ምስ ሕብረተሰብ', 'ግዴታ ምውህሃድ', 'መደብ ምውህሃድ', 'inburgering', 'inburgeren'],
    explanation: 'ሆላንድኛ ምምሃር፣ ንሕብረተሰብ ሆላንድ ምፍላጥ፣ ከምኡውን ምስራሕ ወይ ንሞያ ምምሃር (inburgering)። ስታቱስ ዘለዎም ሰባት እዚ ክገብሩ ግዴታ ኣለዎም። ምምሕዳር ከተማ ነዚ ዝኸውን መደብ ምሳታቶም ብሓባር የውጽእ።',
  },
  noodopvang: {
    term: 'ህጹጽ መዕቆቢ',
    also: ['ህጹጽ መዕቆቢታት', 'noodopvang', 'noodopvanglocatie', 'noodopvanglocaties'],
    explanation: 'ኣብ ማእከላት ሓተቲ ዑቕባ ቦታ ምስ ዘይህሉ፣ ንሓተቲ ዑቕባ ዝወሃብ ግዝያዊ መዕቆቢ፣ ንኣብነት ኣብ ኣዳራሽ ስፖርት ወይ ኣብ መርከብ። መብዛሕትኡ ግዜ ዕረፍቲ ውሑድ እዩ፣ ዝግበር ነገር እውን ውሑድ እዩ።',
  },
  coa: {
    term: 'COA',
    also: ['Centraal Orgaan opvang asielzoekers'],
    explanation: 'Centraal Orgaan opvang asielzoekers (ማእከላይ ትካል ምዕቋብ ሓተቲ ዑቕባ)፡ ንሓተቲ ዑቕባ መዕቆቢ ዘዳሉ ናይ መንግስቲ ትካል፣ ንኣብነት ኣብ ማእከላት ሓተቲ ዑቕባ።',
  },
  woningcorporatie: {
    term: 'ማሕበር ገዛውቲ',
    also: ['ማሕበራት ገዛውቲ', 'woningcorporatie', 'woningcorporaties'],
    explanation: 'ገዛውቲ ብትሑት ክራይ ዘካርይ ትካል (woningcorporatie)። ምምሕዳራት ከተማ ምስ ማሕበራት ገዛውቲ ብዛዕባ ገዛውቲ ይሰማምዑ፣ ንስታቱስ ዘለዎም ሰባት እውን።',
  },
};
