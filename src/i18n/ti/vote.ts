import type { VoteStrings } from '../part-types.js';

/**
 * *Mag ik stemmen?* in Tigrinya: a DRAFT translation (concept), not yet checked by a native
 * speaker. In the vote chunk (src/i18n/vote.ts). Plain words, short sentences; the questions
 * ask about age and time lived rather than "are you", so no verb has to choose a gender.
 */
export const vote: VoteStrings = {
  intro: 'ገለ ሓጸርቲ ሕቶታት መልሱ። መልስታትኩም ኣብ ናይ ባዕልኹም መሳርሒ ይጸንሑ። ንሕና ኣይንዕቅቦምን ኣይንሰዶምን ኢና።',
  yes: 'እወ',
  no: 'ኣይፋል',
  unsure: 'ኣይፈልጥን',
  age: (d) => (d ? `ኣብ ${d} ዕድሜኹም 18 ዓመት ወይ ልዕሊኡ ድዩ?` : 'ኣብ መዓልቲ ምርጫ ዕድሜኹም 18 ዓመት ወይ ልዕሊኡ ድዩ?'),
  lives: (place, d) => (d ? `ኣብ ${d} ኣብ ${place} ትነብሩ ዶ?` : `ቅድሚ ምርጫ ቁሩብ ልዕሊ ሽዱሽተ ሰሙን ኣብ ${place} ትነብሩ ዶ?`),
  livesHelp: 'ማለት፡ ኣብቲ ግዜ እቲ ኣድራሻኹም ኣብ ምምሕዳር ከተማ ተመዝጊቡ ኣሎ።',
  nationality: 'ዜግነትኩም እንታይ እዩ?',
  nationalityHelp: 'ክልተ ዜግነት ኣለኩም ዶ? ሽዑ ካብቶም ዝሰማምዑኹም እቲ ኣብ ላዕሊ ዘሎ ምረጹ።',
  nl: 'ሆላንዳዊ (Nederlands)',
  eu: 'ናይ ካልእ ሃገር ኣብ ሕብረት ኤውሮጳ',
  other: 'ናይ ካልእ ሃገር፣ ወይ ዜግነት የብለይን',
  residence: (d) =>
    d
      ? `ኣብ ${d}፣ ምስ ፍቓድ መንበሪ (verblijfsvergunning) ኣብ ሆላንድ ዝነበርኩምሉ ግዜ ሓሙሽተ ዓመት ወይ ልዕሊኡ ድዩ?`
      : 'ቅድሚ ምርጫ ቁሩብ ልዕሊ ሽዱሽተ ሰሙን፣ ምስ ፍቓድ መንበሪ (verblijfsvergunning) ኣብ ሆላንድ ዝነበርኩምሉ ግዜ ሓሙሽተ ዓመት ወይ ልዕሊኡ ድዩ?',
  residenceHelp: 'ብዘይ ምቁራጽ ምስ ፍቓድ መንበሪ ዝነበርኩምሉ ግዜ ጥራይ እዩ ዝቑጸር። ገና ኣብ መስርሕ ዑቕባ ኢኹም፣ ብዘይ ስታቱስ? እቲ ግዜ እቲ ኣይቑጸርን። ሽዑ "ኣይፋል" ምረጹ።',
  outcomeYes: (place, d) => (d ? `እወ፣ ኣብ ${d} ኣብ ${place} ድምጺ ክትህቡ ትኽእሉ ኢኹም።` : `እወ፣ ኣብ ${place} ድምጺ ክትህቡ ትኽእሉ ኢኹም።`),
  stempas: 'ካርድ ምርጫኹም (stempas) እንተደንጎየ ቅድሚ ምርጫ ክልተ ሰሙን ናብ ገዛኹም ይመጸኩም።',
  outcomeNotYet: 'ኣይፋል፣ ገና ድምጺ ክትህቡ ኣይትኽእሉን ኢኹም።',
  becauseAge: (d) => (d ? `ኣብ ${d} ዕድሜኹም ገና 18 ዓመት ኣይበጽሐን።` : 'ኣብ መዓልቲ ምርጫ ዕድሜኹም ገና 18 ዓመት ኣይበጽሐን።'),
  becauseResidence: (d) => (d ? `ኣብ ${d}፣ ምስ ፍቓድ መንበሪ ኣብ ሆላንድ ዝነበርኩምሉ ግዜ ገና ሓሙሽተ ዓመት ኣይበጽሐን።` : 'ቅድሚ ምርጫ ቁሩብ ልዕሊ ሽዱሽተ ሰሙን፣ ምስ ፍቓድ መንበሪ ኣብ ሆላንድ ዝነበርኩምሉ ግዜ ገና ሓሙሽተ ዓመት ኣይበጽሐን።'),
  outcomeElsewhere: (place) => `ኣብ ${place} ድምጺ ክትህቡ ኣይትኽእሉን ኢኹም።`,
  askElsewhere: 'ድምጺ እትህቡ ኣብቲ እትነብሩሉ ምምሕዳር ከተማ እዩ። ነቲ ምምሕዳር ከተማ ሕተቱ።',
  outcomeUnsure: (place) => `ብርግጽ ክንፈልጥ ኣይከኣልናን። ንምምሕዳር ከተማ ${place} ሕተቱ።`,
  more: 'ተወሳኺ ክትፈልጡ ትደልዩ ዶ?',
  link: 'መን ድምጺ ክህብ ከም ዝኽእል ኣንብቡ',
  ask: 'ንምምሕዳር ከተማኹም ሕተቱ።',
  aid: 'እዚ ሓገዝ እዩ፣ ውሳነ ኣይኮነን። ድምጺ ክትህቡ ትኽእሉ እንተኾንኩም ዝውስን ምምሕዳር ከተማ እዩ።',
};
