/** Shared by the tests of acting on the result: the Tuindorp fixture and reading the ranking. */
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { getByRole } from './helpers.js';
import { find, press, widgetIn } from './a11y-helpers.js';
import { statementHeading } from './helpers.js';

export const resultsSrc = '/test/fixtures/results/index.json';

/** The ranking as shown: [name, percentage, place line] per item, in order. */
export function ranking(el: StemhulpWidget) {
  return [...el.shadowRoot!.querySelectorAll('ol.parties > li')].map((li) => [
    li.querySelector('.name')!.textContent!.replace(/\s+/g, ' ').trim(),
    li.querySelector('.score')!.textContent!.trim(),
    li.querySelector('.rank')!.textContent!.replace(/\s+/g, ' ').trim(),
  ]);
}

/** Text a sighted reader sees in a cell: without the words only for screen readers. */
export function seen(node: Node): string {
  const own = (n: Node): string =>
    n.nodeType === Node.TEXT_NODE ? n.textContent! : (n as Element).classList?.contains('visually-hidden') ? '' : [...n.childNodes].map(own).join('');
  return own(node).replace(/\s+/g, ' ').trim();
}

export const names = (el: StemhulpWidget) => ranking(el).map((r) => r[0]);
export const live = (el: StemhulpWidget) => el.shadowRoot!.querySelector('#result-live')!.textContent!.trim();

/** Tuindorp, answering every statement with `answers[i]` (default Eens), to the result. */
export async function tuindorp(answers: string[] = Array(6).fill('Eens')) {
  const el = await widgetIn({ src: resultsSrc });
  await find(el, 'combobox', 'Gemeente');
  const select = getByRole(el, 'combobox', 'Gemeente') as HTMLSelectElement;
  select.value = 'GM0901';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await press(el, 'button', 'Start de stemhulp');
  await find(el, 'heading', statementHeading('De gemeente opent een kleine opvang in een woonwijk.'));
  for (const a of answers) await press(el, 'button', a);
  await find(el, 'heading', 'Jouw uitslag');
  // A long result comes in slices: the whole of it once the last is drawn.
  await el.updateComplete;
  return el;
}
