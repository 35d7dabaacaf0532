/**
 * Language tags, once for everyone: the base language of a BCP 47 tag, and which languages
 * are written right to left. Here in core/ so the views, the strings, the glossary and the
 * embed page all ask the same question the same way.
 */

/**
 * The base language of a tag, lower case: `en` for `en-GB`, and for what a CMS may write
 * (`nl_NL`) too. Tags compare case-insensitively, as BCP 47 says they do. Dari (`prs`) is
 * Persian written in Afghanistan: one translation serves both, so `prs` is `fa` (issue 26).
 */
export const baseLanguage = (tag: string) => {
  const b = tag.toLowerCase().split(/[-_]/)[0];
  // Called in every render, many times: a comparison, not a second pattern.
  return b === 'prs' ? 'fa' : b;
};

/**
 * A language's entry in a table of strings by language, by its base language; Dutch when
 * the table has none (own keys only: `lang="constructor"` must not find Object's).
 */
export const forLanguage = <T>(table: Record<string, T> & { nl: T }, lang: string): T => {
  const b = baseLanguage(lang);
  return Object.hasOwn(table, b) ? table[b] : table.nl;
};

/** Written right to left: the widget (and the embed page) set `dir="rtl"` for these. */
export const isRtl = (lang: string) => /^(ar|fa|he|ur|ps|ckb|yi)$/.test(baseLanguage(lang));
