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
  speerpunt: {
    term: 'ቀንዲ ዛዕባ',
    also: ['ቀንዲ ዛዕባታት', 'speerpunt', 'speerpunten'],
    explanation: 'ንዓና ካብ ኩሉ ዝያዳ ኣገዳሲ ዝኾነ ዛዕባ። ንምርጫ ቤት ምኽሪ ምምሕዳር ከተማ ኣርባዕተ ቀንዲ ዛዕባታት ኣለዉና። ኣብ ነፍሲ ወከፍ ቀንዲ ዛዕባ፣ ምምሕዳር ከተማ እንታይ ክገብር ከም ዘለዎ ንነግር።',
  },
  stelling: {
    term: 'መግለጺ',
    also: ['መግለጺታት', 'stelling', 'stellingen'],
    explanation: 'ምምሕዳር ከተማ እንታይ ክገብር ከም ዘለዎ ዝገልጽ ሓረግ። ንስኹም ትሰማምዑሉ ድዩ ኣይትሰማምዑሉን ትብሉ። ሰልፍታት እውን ከምኡ ይገብሩ።',
  },
  standpunt: {
    term: 'መርገጺ',
    also: ['መርገጺታት', 'standpunt', 'standpunten'],
    explanation: 'ሓደ ሰልፊ ብዛዕባ ሓደ መግለጺ ዘለዎ ርእይቶ፡ እሰማማዕ፣ ኣይሰማማዕን ወይ ክልቲኡ ኣይኮነን።',
  },
  advies: {
    term: 'ለበዋ',
    also: ['ለበዋታት', 'advies', 'adviezen'],
    explanation: 'ንሓደ መግለጺ ዝወሃብ መልሲ፣ እቲ ትካል ንስደተኛታት ዝበለጸ እዩ ዝብሎ።',
  },
  percentage: {
    term: 'ሚእታዊት',
    also: ['percentage', 'procent'],
    explanation: 'ካብ 100 ሓደ ክፋል። 75% ማለት፡ ካብ 100፣ 75።',
  },
  lijstnummer: {
    term: 'ቁጽሪ ዝርዝር',
    also: ['ቁጽሪ ዝርዝራት', 'lijstnummer', 'lijstnummers'],
    explanation: 'ቁጽሪ ናይ ሓደ ሰልፊ ኣብ ወረቐት ምርጫ (stembiljet)።',
  },
};
