import type { CardStrings } from '../part-types.js';

/** The printed card's own words in Arabic (draft, to be checked by a native speaker): in the card chunk (src/i18n/card.ts). */
export const card: CardStrings = {
  cardTitle: 'نتيجتك في دليل التصويت',
  top: 'أفضل توافق لك',
  party: 'الحزب',
  match: 'التوافق معك',
  verdict: (org) => `تقييم ${org}`,
  noVerdict: 'لا تقييم',
  unknown: 'لا تقييم: المواقف غير معروفة',
  basis: (known, of) => `بناءً على ${known} من ${of} عبارات`,
  chosen: (n, total) => `فقط الأحزاب الـ ${n} التي اخترتها، من ${total}.`,
  answers: 'إجاباتك',
  notAnswered: 'لم تُجب',
  skipped: 'تم التخطي',
  notAdvice: 'هذه ليست نصيحة تصويت. أنت من يختار لمن تصوّت.',
  list: (n) => `القائمة ${n}`,
  voting: 'التصويت',
  pollingAt: (address) => `تجد مكان التصويت على ${address}.`,
  pollingList: 'ترسل لك البلدية قائمة بمراكز الاقتراع.',
  bring: 'أحضر بطاقة التصويت (stempas) ووثيقة هوية سارية.',
  madeBy: (org) => `دليل التصويت من ${org}`,
  makers: 'صانعي الدليل',
};
