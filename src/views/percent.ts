/** A whole percentage in the reader's language. Latin digits in every language, as on the Dutch ballot paper and in the party lists. */
export const formatPercent = (score: number, lang: string) =>
  new Intl.NumberFormat(lang, { style: 'percent', numberingSystem: 'latn' }).format(score / 100);
