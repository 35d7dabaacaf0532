import type { ShareStrings } from '../types.js';

/** Ukrainian strings of `Deel je uitslag` and a shared result, in the uk chunk: a DRAFT translation (concept), not yet checked by a native speaker. */
export const extras: ShareStrings = {
  heading: 'Зберегти й поділитися',
  keep: 'Зберегти',
  share: 'Поділитися результатом',
  shareNote: 'Хто отримає посилання, побачить ваші відповіді.',
  print: 'Надрукувати результат',
  shareTitle: 'Мій результат у помічнику виборця',
  copied: 'Посилання скопійовано. Вставте його, куди хочете.',
  shared: 'Ви поділилися посиланням.',
  manual: 'Скопіюйте посилання нижче.',
  link: 'Посилання на ваш результат',
  sharedResult: 'Це результат, яким із вами хтось поділився.',
  fresh: 'Скористатися помічником виборця самостійно',
  badLink: 'Не вдалося прочитати посилання з результатом. Ви можете самі скористатися помічником виборця.',
};
