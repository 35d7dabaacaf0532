import type { ShareStrings } from '../types.js';

/** Tigrinya strings of `Deel je uitslag` and a shared result, in the ti chunk: a DRAFT translation (concept), not yet checked by a native speaker. */
export const extras: ShareStrings = {
  heading: 'ምዕቃብን ምክፋልን',
  keep: 'ምዕቃብ',
  share: 'ውጽኢትኩም ኣካፍሉ',
  shareNote: 'ነቲ ሊንክ ዝረኸበ ሰብ መልስታትኩም ይርኢ።',
  print: 'ውጽኢትኩም ሕተሙ',
  shareTitle: 'ውጽኢተይ ካብ መሐገዚ ምርጫ',
  copied: 'እቲ ሊንክ ተቐዲሑ ኣሎ። ኣብ ዝደለኹምዎ ቦታ ለጥፍዎ።',
  shared: 'እቲ ሊንክ ተኻፊሉ ኣሎ።',
  manual: 'ነቲ ኣብ ታሕቲ ዘሎ ሊንክ ቅድሑ።',
  link: 'ሊንክ ናብ ውጽኢትኩም',
  sharedResult: 'እዚ ሓደ ሰብ ምሳኹም ዘካፈሎ ውጽኢት እዩ።',
  fresh: 'መሐገዚ ምርጫ ባዕልኹም ግበሩ',
  badLink: 'እቲ ውጽኢት ዘለዎ ሊንክ ክንበብ ኣይከኣለን። መሐገዚ ምርጫ ባዕልኹም ክትገብሩ ትኽእሉ ኢኹም።',
};
