import type { ShareStrings } from '../types.js';

/** Dutch strings of `Deel je uitslag` and a shared result: in the share chunk. Other languages: `<lang>/share.ts`. */
export const nlShare: ShareStrings = {
  heading: 'Bewaren en delen',
  keep: 'Bewaren',
  share: 'Deel je uitslag',
  shareNote: 'Wie de link krijgt, ziet je antwoorden.',
  print: 'Print je uitslag',
  shareTitle: 'Mijn uitslag van de stemhulp',
  copied: 'De link is gekopieerd. Plak hem waar je wilt.',
  shared: 'De link is gedeeld.',
  manual: 'Kopieer de link hieronder.',
  link: 'Link naar je uitslag',
  sharedResult: 'Dit is een uitslag die iemand met je heeft gedeeld.',
  fresh: 'Doe zelf de stemhulp',
  badLink: 'De link met een uitslag kon niet worden gelezen. Je kunt de stemhulp zelf doen.',
};
