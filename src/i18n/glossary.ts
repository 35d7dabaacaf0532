import { baseLanguage } from '../core/lang.js';
import type { GlossaryEntry } from '../core/types.js';
import type { InterfaceWord } from './types.js';
import { glossaryTranslation } from './index.js';
import { glossaryNl, interfaceWords } from './nl/glossary.js';

// The bundled glossary as the quiz shows it: the Dutch words (nl/glossary.ts, so they travel
// in the quiz chunk) with those of the reader's language once its chunk is there. The
// interface's own words are left out: they are explained where the interface uses them
// (`explainedWord`), not marked in the data's texts.

const cache = new Map<string, GlossaryEntry[]>();

/** The bundled glossary with, beside the Dutch, the translation for `lang` when its chunk is there. */
export function bundledGlossary(lang: string): readonly GlossaryEntry[] {
  const tr = glossaryTranslation(lang);
  const l = baseLanguage(lang);
  const key = tr ? l : 'nl';
  let list = cache.get(key);
  if (!list) {
    list = Object.entries(glossaryNl)
      .filter(([id]) => !interfaceWords.has(id))
      .map(([id, nl]) => {
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

/**
 * One of the interface's own words explained, for the main file's *Moeilijke woorden*
 * (src/ui/common/words.ts): in the reader's language where its chunk has it, else in Dutch.
 */
export function explainedWord(id: InterfaceWord, lang: string): { term: string; explanation: string; lang: string } {
  const t = glossaryTranslation(lang)?.[id];
  return t ? { ...t, lang } : { ...glossaryNl[id], lang: 'nl' };
}
