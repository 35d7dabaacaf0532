import type { CardStrings } from '../part-types.js';

/** The printed card's own words in Somali: a DRAFT translation (concept), not yet checked by a native speaker. In the card chunk (src/i18n/card.ts). */
export const card: CardStrings = {
  cardTitle: 'Natiijadaada hagaha codbixinta',
  top: 'Xisbiyada kuugu habboon',
  party: 'Xisbi',
  match: 'Kugu habboon',
  verdict: (org) => `Qiimeynta ${org}`,
  noVerdict: 'qiimeyn ma jirto',
  unknown: 'qiimeyn ma jirto: mowqifyada lama yaqaan',
  basis: (known, of) => `ku salaysan ${known} ka mid ah ${of} bayaan`,
  chosen: (n, total) => `Kaliya ${n}-da xisbi ee aad dooratay, oo ka mid ah ${total}.`,
  answers: 'Jawaabahaaga',
  notAnswered: 'Lagama jawaabin',
  skipped: 'Laga gudbay',
  notAdvice: 'Tani ma aha talo codbixin. Adiga ayaa go’aansada cidda aad u codaynayso.',
  list: (n) => `liiska ${n}`,
  voting: 'Codaynta',
  pollingAt: (address) => `Meesha aad ka codayn karto waxaad ka arki kartaa ${address}.`,
  pollingList: 'Degmadaadu waxay kuu soo diraysaa liiska goobaha codbixinta.',
  bring: 'Keen kaarka codbixinta (stempas) iyo aqoonsi aan waqtigiisu dhicin.',
  madeBy: (org) => `Hagaha codbixinta ee ${org}`,
  makers: 'samayeyaasha',
};
