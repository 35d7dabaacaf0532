import type { CardStrings } from '../part-types.js';

/** The printed card's own words in Ukrainian: a DRAFT translation (concept), not yet checked by a native speaker. In the card chunk (src/i18n/card.ts). */
export const card: CardStrings = {
  cardTitle: 'Ваш результат у помічнику виборця',
  top: 'Найбільші збіги',
  party: 'Партія',
  match: 'Збіг із вами',
  // The organisation's name (or `makers`) stays in the nominative: a name from the data is not declined.
  verdict: (org) => `Як оцінює ${org}`,
  noVerdict: 'оцінки немає',
  unknown: 'оцінки немає: позиції невідомі',
  basis: (known, of) => `на основі ${known} з ${of} тверджень`,
  chosen: (n, total) => `Лише партії, які ви обрали: ${n} з ${total}.`,
  answers: 'Ваші відповіді',
  notAnswered: 'Без відповіді',
  skipped: 'Пропущено',
  notAdvice: 'Це не порада щодо голосування. Ви самі обираєте, за кого голосувати.',
  list: (n) => `список ${n}`,
  voting: 'Голосування',
  pollingAt: (address) => `Де можна проголосувати, дивіться тут: ${address}.`,
  pollingList: 'Ваш муніципалітет надішле вам список виборчих дільниць.',
  bring: 'Візьміть із собою виборчу картку (stempas) і дійсний документ, що посвідчує особу.',
  madeBy: (org) => `Помічник виборця від організації ${org}`,
  makers: 'автор',
};
