/**
 * A whole percentage in the reader's language, in Latin digits in every language, as on
 * the Dutch ballot paper and in the party lists. Written out for the widget's own
 * languages instead of made with `Intl.NumberFormat`: the first number format a page makes
 * costs 13–25 ms (ICU loads its number data), about 50 ms on a slow phone, in the task that
 * shows the result. The patterns are ICU's (`test/browser/percent.test.ts` checks them against
 * `Intl` in every engine); another language gets `Intl`, made once.
 */
const patterns: Record<string, (n: number) => string> = {
  nl: (n) => `${n}%`,
  en: (n) => `${n}%`,
  // The left-to-right marks keep "75%" in that order inside Arabic text.
  ar: (n) => `${n}\u200e%\u200e`,
};
const formats = new Map<string, Intl.NumberFormat>();

export function formatPercent(score: number, lang: string) {
  const pattern = Object.hasOwn(patterns, lang) ? patterns[lang] : undefined;
  if (pattern && Number.isInteger(score)) return pattern(score);
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.NumberFormat(lang, { style: 'percent', numberingSystem: 'latn' })));
  return f.format(score / 100);
}
