import type { ToolStrings } from '../part-types.js';

/** The result's tools in Ukrainian: a DRAFT translation (concept), not yet checked by a native speaker. In the tools chunk (src/i18n/tools.ts). */

/** "1 відсоток, 3 відсотки, 10 відсотків": the Ukrainian plural after a number. */
const percent = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'відсоток' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'відсотки' : 'відсотків');

export const tools: ToolStrings = {
  partiesLegend: 'Партії',
  tuneIntro: 'Тут можна змінити відповідь або позначку «Важливо». Результат одразу зміниться.',
  statementNumber: (n) => `Твердження ${n}`,
  allParties: 'Що думають партії?',
  unknownStance: 'Невідомо',
  noParty: 'Жодної партії',
  sideBySideLegend: 'Оберіть не більше трьох партій',
  sideBySideFull: 'Ви обрали три партії. Приберіть одну, щоб обрати іншу.',
  sideBySideEmpty: 'Оберіть вище одну, дві або три партії.',
  sideBySideCaption: (names) => `Ваші відповіді поруч із відповідями: ${names}`,
  sameAsYou: 'як у вас',
  topIs: (party, score) => `зараз на першому місці ${party}: ${score} ${percent(score)}`,
  topTied: (parties, score) => `зараз на першому місці нарівні ${parties}: ${score} ${percent(score)}`,
  noTop: 'результату немає',
  answerChanged: (n, answer, top) => `Твердження ${n}: ваша відповідь тепер «${answer}»; ${top}.`,
  importantOn: (n, top) => `Твердження ${n} тепер рахується вдвічі; ${top}.`,
  importantOff: (n, top) => `Твердження ${n} тепер рахується звичайно; ${top}.`,
  partyOff: (party, top) => `${party} більше немає в результаті; ${top}.`,
  partyOn: (party, top) => `${party} знову є в результаті; ${top}.`,
};
