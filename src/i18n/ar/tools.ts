import type { ToolStrings } from '../part-types.js';

/** The result's tools in Arabic (draft, to be checked by a native speaker): in the tools chunk (src/i18n/tools.ts). */
export const tools: ToolStrings = {
  partiesLegend: 'الأحزاب',
  tuneIntro: 'غيّر هنا إجابة أو "مهم". تتغير النتيجة فورًا.',
  statementNumber: (n) => `العبارة ${n}`,
  allParties: 'ما رأي الأحزاب؟',
  unknownStance: 'غير معروف',
  noParty: 'لا يوجد حزب',
  sideBySideLegend: 'اختر ثلاثة أحزاب كحد أقصى',
  sideBySideFull: 'لقد اخترت ثلاثة أحزاب. أزل واحدًا لتختار غيره.',
  sideBySideEmpty: 'اختر في الأعلى حزبًا أو اثنين أو ثلاثة.',
  sideBySideCaption: (names) => `إجاباتك بجانب مواقف ${names}`,
  sameAsYou: 'مثلك',
  topIs: (party, score) => `في المقدمة الآن ${party} بنسبة ${score} بالمئة`,
  topTied: (parties, score) => `في المقدمة الآن ${parties} بالتساوي بنسبة ${score} بالمئة`,
  noTop: 'لا توجد نتيجة',
  answerChanged: (n, answer, top) => `العبارة ${n}: إجابتك الآن ${answer}؛ ${top}.`,
  importantOn: (n, top) => `العبارة ${n} تُحسب الآن مرتين؛ ${top}.`,
  importantOff: (n, top) => `العبارة ${n} تُحسب الآن مرة واحدة؛ ${top}.`,
  partyOff: (party, top) => `${party} لم يعد في النتيجة؛ ${top}.`,
  partyOn: (party, top) => `${party} عاد إلى النتيجة؛ ${top}.`,
};
