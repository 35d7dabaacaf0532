/**
 * The verdict screen's view model, derived from the data and the reader's state. Here in
 * the verdict chunk, not in the main file: only a reader who opens the verdict needs it.
 */
import { contactLink } from '../../core/contact.js';
import { localise } from '../../core/text.js';
import type { KeyPoint } from '../../core/types.js';
import type { LoadedIndex, LoadedGemeente } from '../../data/load.js';
import { memo } from '../../lib/memo.js';
import type { ReaderState } from '../../state/state.js';
import { verdictTable, type VerdictScreenModel } from './verdict.js';

/**
 * The verdict's model for one element, made once per element (element/derive.ts, `of`): its
 * memo (the table, sorted) is that element's. `preset` says whether the site chose the
 * gemeente (the start button then names it).
 */
export const verdictModels = () => {
  const table = memo((m: LoadedGemeente, keyPoints: readonly KeyPoint[], lang: string) => verdictTable(m.content, keyPoints, (p) => localise(p.name, lang), lang));
  return (index: LoadedIndex, m: LoadedGemeente, name: string, preset: boolean, state: ReaderState, lang: string, keyPoints: readonly KeyPoint[]): VerdictScreenModel => {
    const { organisation } = index.index;
    return {
      organisation: organisation && localise(organisation.name, lang),
      contact: contactLink(organisation?.contact),
      gemeente: name,
      table: table(m, keyPoints, lang),
      open: state.openCell || undefined,
      preset,
    };
  };
};
