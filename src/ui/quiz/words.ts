import { html, nothing } from 'lit';
import { explainedWord } from '../../i18n/glossary.js';
import { glossaryTranslation } from '../../i18n/index.js';
import type { InterfaceWord, Strings } from '../../i18n/types.js';
import type { Action } from '../../state/state.js';

/** What *Moeilijke woorden* needs of the element. */
export interface WordsProps {
  /** The open explanations (the reader state's `openTerms`). */
  open: ReadonlySet<string>;
  dispatch: (action: Action) => void;
}

/**
 * The interface's own hard words (src/i18n/nl/glossary.ts) in a list, as in *Hoe werkt dit?*:
 * "Moeilijke woorden:" and a button per word, as under a statement, each opening its
 * explanation in a region below, named by the word. In the quiz chunk, beside the Dutch
 * glossary: the result draws it from here (src/ui/result/result.ts, `words`). A word's name
 * is its id in Dutch, else its translation, marked as Dutch where there is none yet. `where`
 * keeps two lists' ids apart.
 */
export function wordsView(ids: readonly InterfaceWord[], where: string, p: WordsProps, t: Strings, lang: string) {
  const tr = glossaryTranslation(lang);
  const boxes = ids.map((id) => {
    const box = `w-${where}-${id}`;
    const open = p.open.has(box);
    return [
      html`<button type="button" class="link" id="${box}-b" lang=${tr?.[id] ? nothing : 'nl'} aria-expanded=${open} aria-controls=${box}
        @click=${() => p.dispatch({ type: 'toggle-term', term: box })}>${tr?.[id]?.term ?? id}</button>`,
      html`<div class="term-box" id=${box} role="region" aria-labelledby="${box}-b" ?hidden=${!open}>${open ? wordExplained(id, lang) : nothing}</div>`,
    ];
  });
  return html`<p class="terms">${t.hardWords}: ${boxes.map(([b], i) => (i ? html`, ${b}` : b))}</p>
    ${boxes.map(([, box]) => box)}`;
}

/** One of the interface's words explained, in the language shown where it has the word, else in Dutch. */
export function wordExplained(id: InterfaceWord, lang: string) {
  const w = explainedWord(id, lang);
  return html`<p lang=${w.lang === lang ? nothing : w.lang}><b>${w.term}</b>: ${w.explanation}</p>`;
}
