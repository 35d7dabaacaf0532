/**
 * The words of the parts few readers open (the tools, kiosk mode, the card, *Mag ik
 * stemmen?*): Dutch in each part's chunk, every other language in a chunk of its own
 * (src/i18n/<lang>/parts.ts), fetched only when a part is opened in that language (issue 26:
 * a language a reader does not choose costs that reader nothing). The built chunks are
 * checked for the same in bundle-size.test.ts.
 */
import { expect } from '@open-wc/testing';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { words as card } from '../../src/i18n/card.js';
import { words as kiosk } from '../../src/i18n/kiosk.js';
import { words as read } from '../../src/i18n/read.js';
import { words as tools } from '../../src/i18n/tools.js';
import { words as vote } from '../../src/i18n/vote.js';
import { strings as ar } from '../../src/i18n/ar/ui.js';
import { waitUntil } from '../harness/wait.js';
import { find, press } from '../harness/a11y-helpers.js';
import { queryByRole, spyOn } from '../harness/helpers.js';
import { tuindorp } from '../harness/results-helpers.js';

/** Every parts file or part's words of a language other than Dutch the page has requested (unbundled here: /src/i18n/<lang>/<part>.…), as `en/tools`. */
const otherWords = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/i18n\/((?!nl\/)[\w-]+\/(?:parts|tools|kiosk|card|vote|read))\.\w+$/.exec(new URL(e.name).pathname)?.[1])
    .filter(Boolean);

async function openParties(el: StemhulpWidget, summary: RegExp, legend: string) {
  await press(el, 'button', summary);
  return find(el, 'group', legend);
}

// In this order, on one page: nothing of English or Arabic is loaded before the first test.
describe('the parts in a language of their own', function () {
  this.timeout(30_000);

  it("a Dutch reader who opens the tools downloads no other language's words", async () => {
    const el = await tuindorp();
    await openParties(el, /^Kies partijen/, 'Partijen');
    await press(el, 'button', 'Partijen naast elkaar');
    await find(el, 'group', 'Kies maximaal drie partijen');
    expect(otherWords()).to.deep.equal([]);
  });

  it("an open tool changes language in place, once the new language's parts chunk is there", async () => {
    const el = await tuindorp();
    const group = await openParties(el, /^Kies partijen/, 'Partijen');
    el.lang = 'en';
    await find(el, 'heading', 'Your result', 10_000);
    // Never English around Dutch tools: the language changed once its parts were there too, the tool still open.
    expect(queryByRole(el, 'group', 'Parties')).to.equal(group);
    expect(otherWords()).to.have.members(['en/parts', 'en/tools', 'en/kiosk', 'en/card', 'en/vote', 'en/read']);
  });

  it("a parts chunk that fails leaves the part in Dutch, with a console warning; the rest is in the reader's language", async () => {
    // Every part's table of the parts chunks (each part chunk has one; a widget asks the last drawn's) fails for Arabic.
    const tables = [tools, kiosk, card, vote, read];
    const real = tools.ar;
    const failure = new TypeError(`Failed to fetch dynamically imported module: ${location.origin}/dist/stemhulp-widget-ar-parts-Ab12Cd34.js`);
    for (const t of tables) t.ar = () => Promise.reject(failure);
    const warn = spyOn(console, 'warn');
    try {
      const el = await tuindorp();
      await openParties(el, /^Kies partijen/, 'Partijen');
      el.lang = 'ar';
      await find(el, 'heading', ar.resultHeading, 10_000);
      expect(queryByRole(el, 'group', 'Partijen')).to.exist;
      await waitUntil(() => warn.calls.some(([m, e]) => /could not load the ar-parts translation; showing Dutch/.test(String(m)) && e === failure), 'the warning');
      expect(otherWords().filter((p) => p!.startsWith('ar/'))).to.deep.equal([]);
    } finally {
      warn.restore();
      for (const t of tables) t.ar = real;
    }
  });
});
