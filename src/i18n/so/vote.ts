import type { VoteStrings } from '../part-types.js';

/** *Mag ik stemmen?* in Somali: a DRAFT translation (concept), not yet checked by a native speaker. In the vote chunk (src/i18n/vote.ts). Plain Somali, short sentences. */
export const vote: VoteStrings = {
  intro: 'Ka jawaab dhowr su’aalood oo gaaban. Jawaabahaagu waxay ku jiraan qalabkaaga oo keliya. Ma kaydinno, mana dirno.',
  yes: 'Haa',
  no: 'Maya',
  unsure: 'Ma garanayo',
  age: (d) => (d ? `Maalinta ${d}, ma tahay 18 jir ama ka weyn?` : 'Maalinta doorashada, ma tahay 18 jir ama ka weyn?'),
  lives: (place, d) => (d ? `Maalinta ${d}, ma ku nooshahay ${place}?` : `Wax ka badan lix toddobaad ka hor doorashada, ma ku nooshahay ${place}?`),
  livesHelp: 'Taas macnaheedu waa: cinwaankaagu markaas wuxuu ka diiwaangashan yahay degmada.',
  nationality: 'Dhalashadaadu waa maxay?',
  nationalityHelp: 'Ma leedahay laba dhalasho? Markaas dooro tan ugu sarreysa liiska ee kugu habboon.',
  nl: 'Nederland',
  eu: 'Waddan kale oo ka mid ah Midowga Yurub',
  other: 'Waddan kale, ama dhalasho ma lihi',
  residence: (d) =>
    d
      ? `Maalinta ${d}, ma ku noolayd Nederland muddo shan sano ah ama ka badan, adigoo haysta ruqsadda deganaanshaha?`
      : 'Wax ka badan lix toddobaad ka hor doorashada, ma ku noolayd Nederland muddo shan sano ah ama ka badan, adigoo haysta ruqsadda deganaanshaha?',
  residenceHelp:
    'Waxaa la tiriyaa oo keliya waqtiga aad haysatay ruqsadda deganaanshaha, iyadoon la kala goyn. Weli ma ku jirtaa habka magangalyada, adigoon haysan sharci (status)? Waqtigaas lama tiriyo. Markaas dooro Maya.',
  outcomeYes: (place, d) => (d ? `Haa, maalinta ${d} waxaad ka codayn kartaa ${place}.` : `Haa, waxaad ka codayn kartaa ${place}.`),
  stempas: 'Kaarka codbixinta (stempas) waxaa laguugu soo dirayaa gurigaaga, ugu dambayn laba toddobaad ka hor doorashada.',
  outcomeNotYet: 'Maya, weli ma codayn kartid.',
  becauseAge: (d) => (d ? `Maalinta ${d} weli ma tihid 18 jir.` : 'Maalinta doorashada weli ma tihid 18 jir.'),
  becauseResidence: (d) =>
    d
      ? `Maalinta ${d} weli kuma aadan noolaan Nederland shan sano, adigoo haysta ruqsadda deganaanshaha.`
      : 'Wax ka badan lix toddobaad ka hor doorashada, weli kuma aadan noolaan Nederland shan sano, adigoo haysta ruqsadda deganaanshaha.',
  outcomeElsewhere: (place) => `Kama codayn kartid ${place}.`,
  askElsewhere: 'Waxaad ka codaysaa degmada aad ku nooshahay. Weydii degmadaas.',
  outcomeUnsure: (place) => `Si hubaal ah uma ogin. Weydii degmada ${place}.`,
  more: 'Ma rabtaa inaad wax badan ogaato?',
  link: 'Akhri cidda codayn karta',
  ask: 'Weydii degmadaada.',
  aid: 'Tani waa caawimaad, ma aha go’aan. Degmada ayaa go’aamisa inaad codayn karto iyo in kale.',
};
