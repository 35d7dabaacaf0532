/**
 * Real gemeente house styles, from their published token packages (devDependencies), as
 * the demo pages `demo/huisstijl-*.html` load them: the widget takes the house font and
 * colours, and its text stays at 4.5:1 and its controls at 3:1 on what they stand on.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { answerUntilResult, checkToggles, contrast, demoSrc, find, press, root, startDemo, toRgb } from '../harness/a11y-helpers.js';
import { getByRole } from '../harness/helpers.js';

interface House {
  page: string;
  /** The house's font, the start of its font-family token. */
  font: RegExp;
  /** Token names of the house's text colour and primary button colour. */
  text: string;
  button: string;
  /** The house button colour as text on a card was below 4.5:1 before cards used the text colour. */
  accentFailsOnCard: boolean;
}

const houses: House[] = [
  {
    page: 'huisstijl-utrecht.html',
    font: /^"?Noto Sans Variable/,
    text: '--utrecht-document-color',
    button: '--utrecht-button-primary-action-background-color',
    accentFailsOnCard: false,
  },
  { page: 'huisstijl-denhaag.html', font: /^"?TheSans/, text: '--utrecht-document-color', button: '--utrecht-button-primary-action-background-color', accentFailsOnCard: true },
  { page: 'huisstijl-rotterdam.html', font: /^"?Bolder/, text: '--utrecht-document-color', button: '--utrecht-button-primary-action-background-color', accentFailsOnCard: true },
  { page: 'huisstijl-amsterdam.html', font: /^'?"?Amsterdam Sans/, text: '--ams-color-text', button: '--ams-button-primary-background-color', accentFailsOnCard: false },
];

/** The demo page's token stylesheets and body class, put on this test page; undone by the returned function. */
async function wearHouseStyle(page: string) {
  const url = new URL(`/demo/${page}`, location.href);
  const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[data-house]')].map((l) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL(l.getAttribute('href')!, url).href });
    document.head.append(link);
    return new Promise<HTMLLinkElement>((resolve, reject) => {
      link.onload = () => resolve(link);
      link.onerror = () => reject(new Error(`${page}: could not load ${link.href}`));
    });
  });
  const added = await Promise.all(links);
  return { bodyClass: doc.body.className, remove: () => added.forEach((l) => l.remove()) };
}

/** A house token's colour as the page computes it. */
function tokenColour(host: Element, name: string) {
  const value = getComputedStyle(host).getPropertyValue(name).trim();
  expect(value, `${name} is set by the house style`).to.not.equal('');
  return toRgb(value);
}

const colour = (el: Element, prop: 'color' | 'backgroundColor' | 'borderTopColor' | 'outlineColor') => toRgb(getComputedStyle(el)[prop]);
const bgOf = (el: StemhulpWidget) => colour(root(el), 'backgroundColor');

/** Every text link and disclosure against what it stands on (its card, or the widget's background). */
function checkLinks(el: StemhulpWidget, scheme: string) {
  for (const c of root(el).querySelectorAll<HTMLElement>('a[href], summary, button.link, .term')) {
    if (!c.getClientRects().length) continue;
    const surface = c.closest('.card, .comparison > li, .error');
    const under = surface ? colour(surface, 'backgroundColor') : bgOf(el);
    expect(contrast(colour(c, 'color'), under), `${scheme}: "${c.textContent!.trim().slice(0, 30)}" text`).to.be.at.least(4.5);
  }
}

/** Buttons: their text on their fill, their border and the focus ring against the background. */
function checkControls(el: StemhulpWidget, scheme: string) {
  const bg = bgOf(el);
  for (const b of root(el).querySelectorAll<HTMLElement>('button:not(.link):not(.toggle)')) {
    if (!b.getClientRects().length) continue;
    const name = `${scheme}: button "${b.textContent!.trim().slice(0, 20)}"`;
    expect(contrast(colour(b, 'color'), colour(b, 'backgroundColor')), `${name} text`).to.be.at.least(4.5);
    expect(contrast(colour(b, 'borderTopColor'), bg), `${name} border`).to.be.at.least(3);
  }
  const probe = root(el).querySelector<HTMLElement>('button')!;
  probe.focus();
  expect(contrast(colour(probe, 'outlineColor'), bg), `${scheme}: focus ring`).to.be.at.least(3);
}

/**
 * Light and dark, by the theme attribute: the same sheets as the reader's system setting
 * (test/browser/theme.test.ts), and every engine can do it, where only Chromium emulates the media query.
 */
async function inBothSchemes(el: StemhulpWidget, check: (scheme: string) => void | Promise<void>) {
  for (const scheme of ['light', 'dark'] as const) {
    el.setAttribute('theme', scheme);
    await el.updateComplete;
    await check(scheme);
  }
  el.removeAttribute('theme');
}

for (const house of houses) {
  describe(`house style ${house.page}`, function () {
    this.timeout(30_000);
    let style: Awaited<ReturnType<typeof wearHouseStyle>>;
    let el: StemhulpWidget;

    beforeEach(async () => {
      style = await wearHouseStyle(house.page);
      const wrapper = fixtureSync<HTMLDivElement>(html`<div class=${style.bodyClass}><stemhulp-widget src=${demoSrc}></stemhulp-widget></div>`);
      el = wrapper.querySelector('stemhulp-widget')!;
      await el.updateComplete;
    });
    afterEach(() => style.remove());

    it('takes the house font and, in light, its text and button colours', async () => {
      expect(getComputedStyle(root(el)).fontFamily).to.match(house.font);
      expect(colour(root(el), 'color')).to.equal(tokenColour(el, house.text));
      await startDemo(el, 'nl');
      await press(el, 'button', 'Eens');
      await press(el, 'button', 'Vorige');
      expect(colour(getByRole(el, 'button', 'Eens'), 'backgroundColor'), 'the chosen answer in the house button colour').to.equal(tokenColour(el, house.button));
    });

    it('"Lees meer" on the cards is readable in light and dark, whatever the house accent does there', async () => {
      const more = await find(el, 'button', /^Lees meer/);
      const card = more.closest('.card')!;
      await inBothSchemes(el, (scheme) => {
        expect(contrast(colour(more, 'color'), colour(card, 'backgroundColor')), `${scheme} Lees meer`).to.be.at.least(4.5);
      });
      // The reason cards do not use the accent: with this house it would fail there.
      const accentOnCard = contrast(tokenColour(el, house.button), colour(card, 'backgroundColor'));
      expect(accentOnCard < 4.5, `house accent on a card: ${accentOnCard.toFixed(2)}:1`).to.equal(house.accentFailsOnCard);
    });

    it('passes axe (contrast included) and the contrast checks on every view, light and dark', async function () {
      // Three views and the tuning tool, each in two schemes with axe: WebKit on a busy machine took over 30 s.
      this.timeout(60_000);
      await find(el, 'combobox', 'Gemeente');
      for (const s of el.shadowRoot!.querySelectorAll<HTMLElement>('.card summary')) s.click();
      await inBothSchemes(el, async (scheme) => {
        await expect(el, `${scheme} home`).to.be.accessible();
        checkLinks(el, scheme);
        checkControls(el, scheme);
      });
      await startDemo(el, 'nl');
      el.shadowRoot!.querySelector<HTMLElement>('.explanation summary')?.click();
      await press(el, 'button', /^Belangrijk/);
      await inBothSchemes(el, async (scheme) => {
        await expect(el, `${scheme} statement`).to.be.accessible();
        checkLinks(el, scheme);
        checkControls(el, scheme);
        checkToggles(el, scheme);
      });
      await answerUntilResult(el, 'nl');
      el.shadowRoot!.querySelector<HTMLElement>('.party summary')!.click();
      el.shadowRoot!.querySelector<HTMLElement>('.how summary')!.click();
      await el.updateComplete;
      await inBothSchemes(el, async (scheme) => {
        await expect(el, `${scheme} result`).to.be.accessible();
        checkLinks(el, scheme);
        checkControls(el, scheme);
      });
      // Antwoorden aanpassen, with one Belangrijk pressed there (issue 21: 2.6:1 light, 1.65:1 dark before).
      await press(el, 'button', 'Antwoorden aanpassen');
      await waitUntil(() => root(el).querySelector('.tune-item .toggle'), 'the tuning tool is shown', { timeout: 4000 });
      // The second statement's: the first is pressed already, from the quiz.
      root(el).querySelectorAll<HTMLElement>('.tune-item .toggle')[1].click();
      await el.updateComplete;
      await inBothSchemes(el, (scheme) => checkToggles(el, scheme));
    });
  });
}
