import { html } from 'lit';
import { glossaryTranslation } from '../../i18n/index.js';
import type { InterfaceWord, Strings } from '../../i18n/types.js';

/**
 * One of the interface's own hard words (src/i18n/nl/glossary.ts) where the main file uses it,
 * under *Onze speerpunten*: a disclosure, "Moeilijke woorden: speerpunt", with the word's
 * explanation inside. The explanation comes from the quiz chunk, which holds the Dutch
 * glossary (`explanation`, empty until it is there), and `onToggle` fetches that chunk the
 * first time the reader opens it before it came: the main file carries only the word's name
 * (its id in Dutch, else its translation, which comes with the language's chunk).
 */
export const wordDisclosure = (id: InterfaceWord, t: Strings, lang: string, explanation: unknown, onToggle: () => void) =>
  html`<details class="terms" @toggle=${onToggle}>
    <summary>${t.hardWords}: ${glossaryTranslation(lang)?.[id].term ?? id}</summary>
    ${explanation}
  </details>`;
