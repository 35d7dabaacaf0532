import type { ShareStrings } from '../types.js';

/** English strings of `Deel je uitslag` and a shared result, in the en chunk (the Dutch ones are in the share chunk). */
export const extras: ShareStrings = {
  heading: 'Keep and share',
  keep: 'Keep',
  share: 'Share your result',
  shareNote: 'Anyone who gets the link sees your answers.',
  print: 'Print your result',
  shareTitle: 'My voting aid result',
  copied: 'The link has been copied. Paste it wherever you like.',
  shared: 'The link has been shared.',
  manual: 'Copy the link below.',
  link: 'Link to your result',
  sharedResult: 'This is a result someone shared with you.',
  fresh: 'Do the voting aid yourself',
  badLink: 'The link with a result could not be read. You can do the voting aid yourself.',
};
