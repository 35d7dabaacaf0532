import type { GlossaryText } from '../types.js';

/**
 * The bundled glossary in Persian, for Dari and Farsi readers: a DRAFT translation (concept),
 * not yet checked by a native speaker, by the ids of src/i18n/nl/glossary.ts. Other forms are
 * the plural and the ezafe forms a statement would use (`پناهجویان`, `اولویت‌های`), spellings
 * with and without the zero-width non-joiner, and the Dutch word readers meet in daily life.
 */
export const glossary: Record<string, GlossaryText> = {
  asielzoeker: {
    term: 'پناهجو',
    also: ['پناهجویان', 'پناهجوها', 'پناهجوی', 'پناه‌جو', 'پناه‌جویان', 'asielzoeker', 'asielzoekers'],
    explanation: 'کسی که از کشور خود فرار کرده و در هلند درخواست حمایت می‌کند. دولت بررسی می‌کند که آیا او می‌تواند بماند. تا آن زمان پناهجو در محل اسکان پناهجویان زندگی می‌کند.',
  },
  azc: {
    term: 'مرکز پناهجویان',
    also: ['مراکز پناهجویان', 'کمپ پناهجویان', 'کمپ', 'کمپ‌ها', 'azc', "azc's", 'asielzoekerscentrum', 'asielzoekerscentra'],
    explanation:
      'مرکز پناهجویان (asielzoekerscentrum یا azc): جایی که پناهجویان در آن زندگی می‌کنند تا درباره درخواستشان تصمیم گرفته شود. گاهی پناهندگانی هم که اجازه اقامت دارند اما هنوز خانه ندارند، آنجا زندگی می‌کنند.',
  },
  statushouder: {
    term: 'پناهنده دارای اقامت',
    also: ['پناهندگان دارای اقامت', 'دارنده اقامت', 'دارندگان اقامت', 'statushouder', 'statushouders'],
    explanation:
      'پناهنده‌ای که اجازه اقامت گرفته است و می‌تواند در هلند بماند. شهرداری برای او خانه فراهم می‌کند و در ادغام در جامعه (inburgering) و پیدا کردن کار به او کمک می‌کند.',
  },
  verblijfsvergunning: {
    term: 'اجازه اقامت',
    also: ['کارت اقامت', 'verblijfsvergunning', 'verblijfsvergunningen'],
    explanation: 'کارتی از طرف دولت که با آن کسی از کشوری دیگر می‌تواند در هلند زندگی کند.',
  },
  inburgering: {
    term: 'ادغام در جامعه',
    also: ['برنامه ادغام', 'inburgering', 'inburgeren'],
    explanation:
      'یاد گرفتن زبان هلندی، آشنا شدن با جامعه هلند، و کار کردن یا آموختن برای یک شغل. پناهندگان دارای اقامت باید این کار را انجام دهند. شهرداری برای این کار همراه با آنها برنامه‌ای تهیه می‌کند.',
  },
  noodopvang: {
    term: 'اسکان اضطراری',
    also: ['محل اسکان اضطراری', 'محل‌های اسکان اضطراری', 'noodopvang'],
    explanation: 'اسکان موقت برای پناهجویان، وقتی در مراکز پناهجویان جا نیست، مثلاً در یک سالن ورزشی یا در یک کشتی. آنجا اغلب آرامش کم است و کار زیادی برای انجام دادن نیست.',
  },
  coa: {
    term: 'COA',
    also: ['سازمان مرکزی اسکان پناهجویان', 'Centraal Orgaan opvang asielzoekers'],
    explanation: 'سازمان مرکزی اسکان پناهجویان (Centraal Orgaan opvang asielzoekers): سازمان دولتی که اسکان پناهجویان را به عهده دارد، مثلاً در مراکز پناهجویان.',
  },
  woningcorporatie: {
    term: 'شرکت مسکن',
    also: ['شرکت‌های مسکن', 'woningcorporatie', 'woningcorporaties'],
    explanation: 'سازمانی که خانه‌هایی با اجاره کم به مردم می‌دهد. شهرداری‌ها با شرکت‌های مسکن درباره خانه‌ها توافق می‌کنند، از جمله برای پناهندگان دارای اقامت.',
  },
  speerpunt: {
    term: 'اولویت',
    also: ['اولویت‌ها', 'اولویت‌های', 'speerpunt', 'speerpunten'],
    explanation: 'موضوعی که برای ما از همه مهم‌تر است. ما برای انتخابات شورای شهر چهار اولویت داریم. در هر اولویت می‌گوییم که به نظر ما شهرداری چه باید بکند.',
  },
  stelling: {
    term: 'عبارت',
    also: ['عبارت‌ها', 'عبارت‌های', 'stelling', 'stellingen'],
    explanation: 'جمله‌ای درباره کاری که شهرداری باید انجام دهد. شما می‌گویید که با آن موافق هستید یا نه. حزب‌ها هم همین کار را می‌کنند.',
  },
  standpunt: {
    term: 'موضع',
    also: ['موضع‌ها', 'موضع‌های', 'مواضع', 'standpunt', 'standpunten'],
    explanation: 'نظر یک حزب درباره یک عبارت: موافق، مخالف، یا «نه موافق، نه مخالف».',
  },
  advies: {
    term: 'توصیه',
    also: ['توصیه‌ها', 'advies', 'adviezen'],
    explanation: 'پاسخی به یک عبارت که به نظر سازمان برای پناهندگان بهترین است.',
  },
  percentage: {
    term: 'درصد',
    also: ['percentage', 'procent'],
    explanation: 'بخشی از 100. مثلاً 75% یعنی 75 از 100.',
  },
  lijstnummer: {
    term: 'شماره فهرست',
    also: ['شماره‌های فهرست', 'lijstnummer', 'lijstnummers'],
    explanation: 'شماره یک حزب روی برگه رأی.',
  },
};
