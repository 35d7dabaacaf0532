import { html } from 'lit';
import type { MunicipalityEntry } from '../data/types.js';
import type { Strings } from '../locales/index.js';
import { localise } from '../data/text.js';

export interface StartProps {
  /** Gemeenten sorted by displayed name; empty while the index loads. */
  municipalities: readonly MunicipalityEntry[];
  chosen: string;
  /** The site preset the gemeente: no picker. */
  preset: MunicipalityEntry | undefined;
  onChoose: (code: string) => void;
  onStart: () => void;
}

/**
 * The gemeente picker. A native select: with 342 gemeenten typing jumps to the name,
 * it works with every screen reader and on every phone, and costs no bytes.
 */
export function startView(p: StartProps, t: Strings, lang: string) {
  if (p.preset) {
    return html`<button type="button" class="primary" part="start" @click=${p.onStart}>
      ${t.startFor(localise(p.preset.name, lang))}
    </button>`;
  }
  return html`<form
    class="picker"
    @submit=${(e: Event) => {
      e.preventDefault();
      p.onStart();
    }}
  >
    <label for="gemeente">${t.municipality}</label>
    <div class="row">
      <select
        id="gemeente"
        part="picker"
        required
        .value=${p.chosen}
        @change=${(e: Event) => p.onChoose((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!p.chosen}>${t.chooseMunicipality}</option>
        ${p.municipalities.map(
          (m) => html`<option value=${m.code} ?selected=${m.code === p.chosen}>${localise(m.name, lang)}</option>`,
        )}
      </select>
      <button type="submit" class="primary" part="start">${t.start}</button>
    </div>
  </form>`;
}
