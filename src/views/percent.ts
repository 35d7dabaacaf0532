/**
 * Formatters made once per language: an `Intl` constructor costs far more than a call,
 * and a result of 60 parties formats about 200 percentages.
 */
const percents = new Map<string, Intl.NumberFormat>();

/** A whole percentage in the reader's language. Latin digits in every language, as on the Dutch ballot paper and in the party lists. */
export function formatPercent(score: number, lang: string) {
  let f = percents.get(lang);
  if (!f) percents.set(lang, (f = new Intl.NumberFormat(lang, { style: 'percent', numberingSystem: 'latn' })));
  return f.format(score / 100);
}
