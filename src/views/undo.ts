import { html } from 'lit';
import type { Strings } from '../locales/index.js';

/**
 * After `Opnieuw beginnen`: the answers are gone, and for a while `Ongedaan maken`
 * brings them back. The button gets focus, and its description says what happened.
 */
export function undoNotice(t: Strings, onUndo: () => void) {
  return html`<div class="undo" part="undo">
    <p id="undo-text">${t.cleared}</p>
    <button type="button" class="secondary" id="undo" aria-describedby="undo-text" @click=${onUndo}>${t.undo}</button>
  </div>`;
}
