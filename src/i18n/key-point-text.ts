/** A translation of one bundled speerpunt, keyed by its id in the locale files. */
export interface KeyPointText {
  title: string;
  summary: string;
  body: string;
}
