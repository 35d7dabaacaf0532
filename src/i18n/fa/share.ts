import type { ShareStrings } from '../types.js';

/** Persian (Dari and Farsi) strings of `Deel je uitslag` and a shared result, in the fa chunk: a DRAFT translation (concept), not yet checked by a native speaker. */
export const extras: ShareStrings = {
  heading: 'ذخیره و فرستادن',
  keep: 'ذخیره',
  share: 'نتیجه خود را بفرستید',
  shareNote: 'هر کس لینک را بگیرد، پاسخ‌های شما را می‌بیند.',
  print: 'نتیجه خود را چاپ کنید',
  shareTitle: 'نتیجه من در راهنمای رأی‌دهی',
  copied: 'لینک کپی شد. آن را هر جا که می‌خواهید بگذارید.',
  shared: 'لینک فرستاده شد.',
  manual: 'لینک زیر را کپی کنید.',
  link: 'لینک نتیجه شما',
  sharedResult: 'این نتیجه‌ای است که کسی برای شما فرستاده است.',
  fresh: 'خودتان از راهنمای رأی‌دهی استفاده کنید',
  badLink: 'لینک نتیجه خوانده نشد. می‌توانید خودتان از راهنمای رأی‌دهی استفاده کنید.',
};
