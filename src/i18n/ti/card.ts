import type { CardStrings } from '../part-types.js';

/** The printed card's own words in Tigrinya: a DRAFT translation (concept), not yet checked by a native speaker. In the card chunk (src/i18n/card.ts). */
export const card: CardStrings = {
  cardTitle: 'ውጽኢትኩም ካብ መሐገዚ ምርጫ',
  top: 'ምሳኹም ዝያዳ ዝሰማምዑ ሰልፍታት',
  party: 'ሰልፊ',
  match: 'ምሳኹም ምስምማዕ',
  verdict: (org) => `ናይ ${org} ገምጋም`,
  noVerdict: 'ገምጋም የለን',
  unknown: 'ገምጋም የለን፡ መርገጺታት ኣይፍለጡን',
  basis: (known, of) => `ብመሰረት ${known} ካብ ${of} መግለጺታት`,
  chosen: (n, total) => `ካብ ${total} ሰልፍታት፣ እቶም ዝመረጽኩምዎም ${n} ጥራይ።`,
  answers: 'መልስታትኩም',
  notAnswered: 'ኣይተመለሰን',
  skipped: 'ተሓሊፉ',
  notAdvice: 'እዚ ምኽሪ ምርጫ ኣይኮነን። ንመን ድምጽኹም ከም እትህቡ ባዕልኹም ኢኹም እትውስኑ።',
  list: (n) => `ዝርዝር ${n}`,
  voting: 'ድምጺ ምሃብ',
  pollingAt: (address) => `ኣበይ ድምጺ ክትህቡ ከም እትኽእሉ፣ ኣብ ${address} ርኣዩ።`,
  pollingList: 'ምምሕዳር ከተማኹም ዝርዝር ቦታታት ምርጫ ይሰደልኩም።',
  bring: 'ካርድ ምርጫኹም (stempas) ከምኡውን ቅቡል መንነት ወረቐት ሒዝኩም ኪዱ።',
  madeBy: (org) => `መሐገዚ ምርጫ ናይ ${org}`,
  makers: 'እቶም ዝሰርሕዎ',
};
