import type { ToolStrings } from '../part-types.js';

/** The result's tools in Persian (Dari and Farsi): a DRAFT translation (concept), not yet checked by a native speaker. In the tools chunk (src/i18n/tools.ts). */
export const tools: ToolStrings = {
  partiesLegend: 'حزب‌ها',
  tuneIntro: 'اینجا می‌توانید یک پاسخ یا «مهم» را تغییر دهید. نتیجه همان لحظه تغییر می‌کند.',
  statementNumber: (n) => `عبارت ${n}`,
  allParties: 'نظر حزب‌ها چیست؟',
  unknownStance: 'نامعلوم',
  noParty: 'بدون حزب',
  sideBySideLegend: 'حداکثر سه حزب انتخاب کنید',
  sideBySideFull: 'شما سه حزب انتخاب کرده‌اید. برای انتخاب حزب دیگری، یکی را بردارید.',
  sideBySideEmpty: 'در بالا یک، دو یا سه حزب انتخاب کنید.',
  sideBySideCaption: (names) => `پاسخ‌های شما در کنار پاسخ‌های ${names}`,
  sameAsYou: 'مثل شما',
  topIs: (party, score) => `اکنون ${party} با ${score} درصد در بالای فهرست است`,
  topTied: (parties, score) => `اکنون ${parties} با ${score} درصد به‌طور برابر در بالای فهرست هستند`,
  noTop: 'نتیجه‌ای وجود ندارد',
  answerChanged: (n, answer, top) => `عبارت ${n}: پاسخ شما اکنون «${answer}» است؛ ${top}.`,
  importantOn: (n, top) => `عبارت ${n} اکنون دو برابر حساب می‌شود؛ ${top}.`,
  importantOff: (n, top) => `عبارت ${n} اکنون عادی حساب می‌شود؛ ${top}.`,
  partyOff: (party, top) => `${party} دیگر در نتیجه نیست؛ ${top}.`,
  partyOn: (party, top) => `${party} دوباره در نتیجه است؛ ${top}.`,
};
