import type { ShareStrings } from '../types.js';

/** Somali strings of `Deel je uitslag` and a shared result, in the so chunk (the Dutch ones are in the share chunk): a DRAFT translation (concept), not yet checked by a native speaker. */
export const extras: ShareStrings = {
  heading: 'Kaydi oo la wadaag',
  keep: 'Kaydi',
  share: 'La wadaag natiijadaada',
  shareNote: 'Qofkii hela linkiga wuxuu arkayaa jawaabahaaga.',
  print: 'Daabac natiijadaada',
  shareTitle: 'Natiijadayda hagaha codbixinta',
  copied: 'Linkiga waa la koobiyeeyay. Ku dheji meesha aad rabto.',
  shared: 'Linkiga waa la wadaagay.',
  manual: 'Koobiyee linkiga hoose.',
  link: 'Linkiga natiijadaada',
  sharedResult: 'Tani waa natiijo uu qof kula wadaagay.',
  fresh: 'Adigu isticmaal hagaha codbixinta',
  badLink: 'Linkiga natiijada lama akhrin karin. Adigu waxaad isticmaali kartaa hagaha codbixinta.',
};
