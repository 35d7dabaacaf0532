import type { VoteStrings } from '../part-types.js';

/** *Mag ik stemmen?* in English: in the vote chunk (src/i18n/vote.ts). */
export const vote: VoteStrings = {
  intro: 'Answer a few short questions. Your answers stay on your own device. We do not save or send them.',
  yes: 'Yes',
  no: 'No',
  unsure: 'I do not know',
  age: (d) => (d ? `Are you 18 or older on ${d}?` : 'Are you 18 or older on election day?'),
  lives: (place, d) => (d ? `Do you live in ${place} on ${d}?` : `Do you live in ${place} just over six weeks before the election?`),
  livesHelp: 'That is: your address is registered with the municipality then.',
  nationality: 'What is your nationality?',
  nationalityHelp: 'Do you have two nationalities? Then choose the highest one that fits.',
  nl: 'Dutch',
  eu: 'From another country in the European Union',
  other: 'From another country, or no nationality',
  residence: (d) =>
    d
      ? `On ${d}, have you lived in the Netherlands for five years or more with a residence permit?`
      : 'Six weeks before the election, have you lived in the Netherlands for five years or more with a residence permit?',
  residenceHelp:
    'Only the time with a residence permit counts, without a break. Are you still in the asylum procedure, without a status? That time does not count. Then choose No.',
  outcomeYes: (place, d) => (d ? `Yes, you may vote in ${place} on ${d}.` : `Yes, you may vote in ${place}.`),
  stempas: 'Your voting pass (stempas) comes to your home, at the latest two weeks before the election.',
  outcomeNotYet: 'No, you may not vote yet.',
  becauseAge: (d) => (d ? `On ${d} you are not yet 18.` : 'On election day you are not yet 18.'),
  becauseResidence: (d) =>
    d
      ? `On ${d} you have not yet lived in the Netherlands for five years with a residence permit.`
      : 'Six weeks before the election you have not yet lived in the Netherlands for five years with a residence permit.',
  outcomeElsewhere: (place) => `You may not vote in ${place}.`,
  askElsewhere: 'You vote in the municipality where you live. Ask that municipality.',
  outcomeUnsure: (place) => `We cannot say for sure. Ask the municipality of ${place}.`,
  more: 'Want to know more?',
  link: 'Read who may vote',
  ask: 'Ask your municipality.',
  aid: 'This is an aid, not a decision. The municipality decides whether you may vote.',
};
