/**
 * Strings of the result's tools (party choice, tuning, side by side, the live region), in
 * every UI language: they travel in the tools chunk, which only readers who open a tool
 * download, so neither the main file nor a language chunk grows.
 */
export const nl = {
  partiesLegend: 'Partijen',
  tuneIntro: 'Verander hier een antwoord of Belangrijk. De uitslag verandert meteen mee.',
  statementNumber: (n: number) => `Stelling ${n}`,
  allParties: 'Wat vinden de partijen?',
  unknownStance: 'Onbekend',
  noParty: 'Geen partij',
  sideBySideLegend: 'Kies maximaal drie partijen',
  sideBySideFull: 'Je hebt drie partijen gekozen. Haal er een weg om een andere te kiezen.',
  sideBySideEmpty: 'Kies hierboven een, twee of drie partijen.',
  sideBySideCaption: (names: string) => `Jouw antwoorden naast die van ${names}`,
  sameAsYou: 'zelfde als jij',
  topIs: (party: string, score: number) => `bovenaan staat nu ${party} met ${score} procent`,
  topTied: (parties: string, score: number) => `bovenaan staan nu ${parties} gelijk met ${score} procent`,
  noTop: 'er is geen uitslag',
  answerChanged: (n: number, answer: string, top: string) => `Stelling ${n}: je antwoord is nu ${answer}; ${top}.`,
  importantOn: (n: number, top: string) => `Stelling ${n} telt nu dubbel; ${top}.`,
  importantOff: (n: number, top: string) => `Stelling ${n} telt nu gewoon; ${top}.`,
  partyOff: (party: string, top: string) => `${party} staat niet meer in de uitslag; ${top}.`,
  partyOn: (party: string, top: string) => `${party} staat weer in de uitslag; ${top}.`,
};

export type ToolStrings = typeof nl;

/** English. */
export const en: ToolStrings = {
  partiesLegend: 'Parties',
  tuneIntro: 'Change an answer or Important here. The result changes straight away.',
  statementNumber: (n) => `Statement ${n}`,
  allParties: 'What do the parties think?',
  unknownStance: 'Unknown',
  noParty: 'No party',
  sideBySideLegend: 'Choose up to three parties',
  sideBySideFull: 'You have chosen three parties. Remove one to choose another.',
  sideBySideEmpty: 'Choose one, two or three parties above.',
  sideBySideCaption: (names) => `Your answers beside those of ${names}`,
  sameAsYou: 'same as you',
  topIs: (party, score) => `${party} is now at the top with ${score} percent`,
  topTied: (parties, score) => `${parties} are now tied at the top with ${score} percent`,
  noTop: 'there is no result',
  answerChanged: (n, answer, top) => `Statement ${n}: your answer is now ${answer}; ${top}.`,
  importantOn: (n, top) => `Statement ${n} now counts double; ${top}.`,
  importantOff: (n, top) => `Statement ${n} now counts once; ${top}.`,
  partyOff: (party, top) => `${party} is no longer in the result; ${top}.`,
  partyOn: (party, top) => `${party} is back in the result; ${top}.`,
};

/** Arabic (draft, to be checked by a native speaker). */
export const ar: ToolStrings = {
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
