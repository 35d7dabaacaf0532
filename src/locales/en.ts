import type { ResultStrings } from './nl-result.js';
import type { Strings } from './nl.js';

export { keyPoints } from './keypoints-en.js';
export { glossary } from './glossary-en.js';

/** English UI strings: plain language, for readers who read English better than Dutch. */
export const strings: Strings & ResultStrings = {
  language: 'Language',
  widgetTitle: 'Voting aid: refugees and your municipality',
  intro:
    'Municipalities play a big part in the lives of refugees. Based on our recommendations, you can decide how refugee-friendly the parties in your municipality are.',
  keyPointsHeading: 'Our key points',
  readMore: 'Read more',
  source: (org) => `Recommendations by ${org}`,

  quizHeading: 'Use the voting aid',
  quizIntro: 'Choose your municipality. Then give your opinion on each statement.',
  municipality: 'Municipality',
  chooseMunicipality: 'Choose your municipality',
  start: 'Start the voting aid',
  startFor: (name) => `Start the voting aid for ${name}`,
  loading: 'Loading data…',
  loadingMunicipality: (name) => `Loading data for ${name}…`,

  progress: (n, total) => `Statement ${n} of ${total}`,
  keyPointLabel: 'Key point',
  moreInfo: 'More explanation',
  agree: 'Agree',
  neutral: 'Neither',
  disagree: 'Disagree',
  skip: 'Skip',
  important: 'Important',
  importantHint: 'Counts double',
  previous: 'Previous',
  toResult: 'Go to the result',

  resultHeading: 'Your result',
  resultIntro: (name) =>
    `This is how well the parties in ${name} match your answers. The longer the bar, the more you agree.`,
  notAdvice: 'This is not voting advice. You decide who you vote for.',
  matchSentence: (party, score) => `${party}, ${score} percent match`,
  listNumber: (n) => `list ${n}`,
  compare: 'See the positions',
  you: 'You',
  skipped: 'Skipped',
  unknownPosition: 'No known position',
  checkSource: 'Source',
  partyWebsite: 'Party website',
  noResult: 'You skipped every statement. Answer at least one statement to see a result.',
  judgementHeading: 'How refugee-friendly is this party?',
  judgementBy: (org = 'the makers of this voting aid') =>
    `This is the judgement of ${org} per key point, separate from your answers. It compares the party's positions with our advice.`,
  noJudgement: 'No judgement: there are no statements with our advice.',
  friendlinessScore: (keyPoint, score) => `${keyPoint}: ${score}`,
  howItWorks: 'How does this work?',
  howItWorksText: [
    'A party gets 2 points if its position is the same as your answer. It gets 1 point if one of you chooses "Neither". Otherwise it gets 0 points. If a party\'s position is not known, it also gets 0 points.',
    'A statement you mark as "Important" counts double. Statements you skip do not count. The percentage is the party\'s points divided by the highest possible number of points.',
    'Parties with the same percentage are listed in the order of their list number.',
  ],
  madeBy: (org) => `The statements and the positions of the parties were collected by ${org}.`,
  madeByUnknown: 'The statements and positions come from the data of this website.',
  privacy: 'Your answers stay on your own device. They are not saved or sent.',

  nextSteps: 'What next?',
  electionOn: (name, date) => `${name}: ${date}.`,
  pollingStation: 'Where can I vote?',
  flyer: 'Download the flyer',
  newsletter: 'Sign up for the newsletter',
  restart: 'Start again',
  changeAnswers: 'Change answers',

  retry: 'Try again',
  details: 'Details',
  errorIndex: {
    network: 'The voting aid could not connect to load its data.',
    timeout: 'Loading the data took too long.',
    http: 'The data of the voting aid could not be loaded.',
    json: 'The data of the voting aid is not a valid JSON file.',
    format: 'The data of the voting aid contains errors.',
    'too-large': 'The data file of the voting aid is too large.',
    refused: 'This voting aid cannot show this data.',
  },
  errorMunicipality: (name) => `The data for ${name} could not be loaded.`,
  errorMunicipalityData: (name) => `The data for ${name} contains errors.`,
  errorAdvice: 'Please try again later.',
  errorUnknownCode: (code) => `The municipality with code ${code} is not in the data. Choose your municipality.`,
  errorUnknownLink: 'The chosen municipality is not in the data. Choose your municipality.',
  httpStatus: (status) => `The server answered with status ${status}.`,
  problemsHeading: (n) => (n === 1 ? '1 problem in the data:' : `${n} problems in the data:`),
  warningsHeading: (n) => (n === 1 ? '1 note on the data' : `${n} notes on the data`),
};
