import { baseLanguage } from '../core/lang.js';
import type { GlossaryEntry } from '../core/types.js';
import { translation } from './index.js';
import { glossaryNl } from './nl/glossary.js';

// The bundled glossary as the quiz shows it: the Dutch words (nl/glossary.ts, so they travel
// in the quiz chunk) with those of the reader's language once its chunk is there.

const cache = new Map<string, GlossaryEntry[]>();

/** The bundled glossary with, beside the Dutch, the translation for `lang` when its chunk is there. */
export function bundledGlossary(lang: string): readonly GlossaryEntry[] {
  const tr = translation(lang)?.glossary;
  const l = baseLanguage(lang);
  const key = tr ? l : 'nl';
  let list = cache.get(key);
  if (!list) {
    list = Object.entries(glossaryNl).map(([id, nl]) => {
      const t = tr?.[id];
      return {
        term: t ? { nl: nl.term, [l]: t.term } : nl.term,
        explanation: t ? { nl: nl.explanation, [l]: t.explanation } : nl.explanation,
        also: [...(nl.also ?? []), ...(t?.also ?? []).map((f) => ({ [l]: f }))],
      };
    });
    cache.set(key, list);
  }
  return list;
}
