import type { CardStrings } from '../part-types.js';

/** The printed card's own words in Persian (Dari and Farsi): a DRAFT translation (concept), not yet checked by a native speaker. In the card chunk (src/i18n/card.ts). */
export const card: CardStrings = {
  cardTitle: 'نتیجه شما در راهنمای رأی‌دهی',
  top: 'بیشترین مطابقت با شما',
  party: 'حزب',
  match: 'مطابقت با شما',
  verdict: (org) => `ارزیابی ${org}`,
  noVerdict: 'بدون ارزیابی',
  unknown: 'بدون ارزیابی: موضع‌ها معلوم نیست',
  basis: (known, of) => `بر اساس ${known} از ${of} عبارت`,
  chosen: (n, total) => `فقط ${n} حزبی که انتخاب کردید، از ${total} حزب.`,
  answers: 'پاسخ‌های شما',
  notAnswered: 'هنوز پاسخ نداده‌اید',
  skipped: 'بدون پاسخ',
  notAdvice: 'این توصیه رأی نیست. خودتان تصمیم می‌گیرید به چه کسی رأی دهید.',
  list: (n) => `فهرست ${n}`,
  voting: 'رأی دادن',
  pollingAt: (address) => `محل رأی دادن را در ${address} می‌بینید.`,
  pollingList: 'شهرداری شما فهرستی از محل‌های رأی دادن را برایتان می‌فرستد.',
  bring: 'کارت رأی‌دهی (stempas) و یک مدرک شناسایی معتبر همراه داشته باشید.',
  madeBy: (org) => `راهنمای رأی‌دهی از ${org}`,
  makers: 'سازندگان',
};
