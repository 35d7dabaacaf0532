import type { ShareStrings } from '../types.js';

/** Arabic strings of `Deel je uitslag` and a shared result, in the ar chunk (the Dutch ones are in the share chunk). */
export const extras: ShareStrings = {
  heading: 'الحفظ والمشاركة',
  keep: 'الحفظ',
  share: 'شارك نتيجتك',
  shareNote: 'من يحصل على الرابط يرى إجاباتك.',
  print: 'اطبع نتيجتك',
  shareTitle: 'نتيجتي في دليل التصويت',
  copied: 'تم نسخ الرابط. الصقه حيث تشاء.',
  shared: 'تمت مشاركة الرابط.',
  manual: 'انسخ الرابط أدناه.',
  link: 'رابط نتيجتك',
  sharedResult: 'هذه نتيجة شاركها أحدهم معك.',
  fresh: 'أجرِ دليل التصويت بنفسك',
  badLink: 'تعذّرت قراءة رابط النتيجة. يمكنك إجراء دليل التصويت بنفسك.',
};
