import { html, nothing } from 'lit';
import { glossaryTranslation } from '../../i18n/index.js';
import type { InterfaceWord, Strings } from '../../i18n/types.js';
import type { Action } from '../../state/state.js';

/** What *Moeilijke woorden* needs of the element. */
export interface WordsProps {
  /** The open explanations (the reader state's `openTerms`). */
  open: ReadonlySet<string>;
  dispatch: (action: Action) => void;
  /**
   * A word's explanation. It comes from the quiz chunk, which holds the Dutch glossary, and is
   * fetched the first time a reader opens a word before that chunk is there: so the main file
   * carries only the words' names, never their explanations.
   */
  explain: (id: InterfaceWord) => unknown;
}

/**
 * The interface's own hard words (src/i18n/nl/glossary.ts), where the interface uses them:
 * "Moeilijke woorden:" and a button per word, as under a statement, each opening its
 * explanation in a region below, named by the word. A word's name is its id in Dutch, else
 * the translation in the language's chunk (loaded before anything is drawn in it), marked
 * as Dutch where that has none yet. `where` keeps two lists' ids apart.
 */
export function wordsView(ids: readonly InterfaceWord[], where: string, p: WordsProps, t: Strings, lang: string) {
  const tr = glossaryTranslation(lang);
  const boxes = ids.map((id) => {
    const box = `w-${where}-${id}`;
    const open = p.open.has(box);
    return [
      html`<button type="button" class="link" id="${box}-b" lang=${tr?.[id] ? nothing : 'nl'} aria-expanded=${open} aria-controls=${box}
        @click=${() => p.dispatch({ type: 'toggle-term', term: box })}>${tr?.[id]?.term ?? id}</button>`,
      html`<div class="term-box" id=${box} role="region" aria-labelledby="${box}-b" ?hidden=${!open}>${open ? p.explain(id) : nothing}</div>`,
    ];
  });
  return html`<p class="terms">${t.hardWords}: ${boxes.map(([b], i) => (i ? html`, ${b}` : b))}</p>
    ${boxes.map(([, box]) => box)}`;
}
