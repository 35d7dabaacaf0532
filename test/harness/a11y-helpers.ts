/** Shared set-up for the accessibility and language tests: widgets in a page, walks, measurements. */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { can } from './engines.js';
import { chooseGemeente, findByRole, getByRole, queryByRole } from './helpers.js';

export const demoSrc = '/demo/data/index.json';

export const root = (el: StemhulpWidget) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;
export const active = (el: StemhulpWidget) => el.shadowRoot!.activeElement as HTMLElement | null;

/** A widget inside a wrapper with `lang` (or none), as a CMS page would have it. */
export async function widgetIn(opts: { lang?: string; wrapperLang?: string; src?: string; languages?: string }) {
  // fixtureSync: fixture() would wait for an animation frame, which never comes while the
  // runner keeps this page in the background next to another test file.
  const wrapper = fixtureSync<HTMLDivElement>(html`<div lang=${ifDefined(opts.wrapperLang)}>
    <stemhulp-widget></stemhulp-widget>
    <button type="button" id="after">Na de widget</button>
  </div>`);
  const el = wrapper.querySelector('stemhulp-widget') as StemhulpWidget;
  if (opts.lang) el.setAttribute('lang', opts.lang);
  if (opts.languages) el.setAttribute('languages', opts.languages);
  if (opts.src) el.setAttribute('src', opts.src);
  await el.updateComplete;
  return el;
}

/**
 * Like findByRole, but looks first: a test page running in the background has its timers
 * throttled to one a second, so every needless poll costs a second on a busy machine.
 */
export async function find(el: StemhulpWidget, role: string, name?: string | RegExp, timeout = 4000) {
  return queryByRole(el, role, name) ?? findByRole(el, role, name, timeout);
}

/** Clicks a control that is on screen now, and waits for the widget to render. */
export async function press(el: StemhulpWidget, role: string, name: string | RegExp) {
  getByRole(el, role, name).click();
  await el.updateComplete;
}

/**
 * Waits until focus in the widget is on the element with that id: focus follows a screen
 * once it is drawn, which for a lazy screen (the result) may be after its chunk arrives, so
 * a test never assumes it is there after one update (a loaded machine delays the chunk).
 */
export async function focusOn(el: StemhulpWidget, id: string, timeout = 8000) {
  if (active(el)?.id !== id) await waitUntil(() => active(el)?.id === id, `focus on #${id} (is on ${active(el)?.id || active(el)?.tagName || 'nothing'})`, { timeout });
  return active(el)!;
}

/** Waits until the widget shows the language (its chunk may still be loading). */
export async function shown(el: StemhulpWidget, lang: string) {
  if (root(el)?.lang !== lang) await waitUntil(() => root(el)?.lang === lang, `widget shows ${lang}`, { timeout: 4000 });
  await el.updateComplete;
}

export const words = {
  nl: { important: /^Belangrijk/, start: 'Start de stemhulp', gemeente: 'Gemeente', answers: ['Eens', 'Oneens', 'Geen van beide', 'Sla over'], result: 'Jouw uitslag' },
  en: { important: /^Important/, start: 'Start the voting aid', gemeente: 'Municipality', answers: ['Agree', 'Disagree', 'Neither', 'Skip'], result: 'Your result' },
  ar: { important: /^مهم/, start: 'ابدأ دليل التصويت', gemeente: 'البلدية', answers: ['أوافق', 'لا أوافق', 'محايد', 'تخطَّ'], result: 'نتيجتك' },
} as const;
export type Lang = keyof typeof words;

/** Picks Voorbeeldstad (inline data, 10 statements) in the demo data and starts. */
export async function startDemo(el: StemhulpWidget, lang: Lang) {
  await chooseGemeente(el, 'GM9901');
  await press(el, 'button', words[lang].start);
  // The gemeente's data, then the quiz view (its chunk is fetched on the start screen).
  const statement = () => el.shadowRoot!.querySelector('#statement-text');
  if (!statement()) await waitUntil(statement, 'the first statement', { timeout: 4000 });
  expect(statement()).to.exist;
}

export async function answerUntilResult(el: StemhulpWidget, lang: Lang) {
  const result = () => el.shadowRoot!.querySelector('#result-heading');
  for (let i = 0; i < 30 && !result(); i++) {
    const answer = words[lang].answers[i % 4];
    // After the last answer the result view may still be arriving (its chunk, prefetched at the first statement).
    if (!queryByRole(el, 'button', answer)) await waitUntil(() => result() || queryByRole(el, 'button', answer), 'the next statement or the result', { timeout: 4000 });
    if (result()) break;
    await press(el, 'button', answer);
  }
  expect(el.shadowRoot!.querySelector('#result-heading')).to.exist;
  // A long result comes in slices: the whole of it once the last is drawn.
  await el.updateComplete;
}

let paint: CanvasRenderingContext2D | undefined;

/**
 * Any CSS colour as `rgb(r, g, b)` in sRGB: computed colours from color-mix() come as
 * `color(srgb 0.95 …)` (and differently per engine); a canvas speaks them all.
 */
export function toRgb(colour: string) {
  paint ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = colour;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b] = paint.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

/** WCAG relative-luminance contrast of two CSS colours (opaque). */
export function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = toRgb(c)
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Nothing in the widget sticks out sideways, and the page does not scroll sideways. */
export function noHorizontalOverflow(el: StemhulpWidget) {
  const r = root(el);
  expect(r.scrollWidth, 'widget scroll width').to.be.at.most(r.clientWidth);
  expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(window.innerWidth);
  const box = r.getBoundingClientRect();
  // What sits inside a region that scrolls sideways (the side-by-side table's wrapper, a
  // focusable region) is reached by scrolling it: there the region itself must fit, not its
  // content. Issue 21: a table too wide for a phone scrolls rather than break words.
  const scrolls = (e: Element) => e !== r && /auto|scroll/.test(getComputedStyle(e).overflowX);
  for (const child of r.querySelectorAll<HTMLElement>('*')) {
    if (child.closest('.visually-hidden') || !child.getClientRects().length) continue;
    let up = child.parentElement;
    while (up && up !== r && !scrolls(up)) up = up.parentElement;
    if (up && up !== r) continue;
    const c = child.getBoundingClientRect();
    expect(c.left, `${child.tagName}.${child.className} left`).to.be.at.least(box.left - 0.5);
    expect(c.right, `${child.tagName}.${child.className} right`).to.be.at.most(box.right + 0.5);
  }
}

/**
 * Media and viewport back to the defaults after each test, so no test inherits another's
 * (in the engines that can emulate them at all: the others never leave the defaults).
 */
export function resetMediaAfterEach() {
  afterEach(async () => {
    if (can.emulateMedia) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    if (can.setViewport) await setViewport({ width: 800, height: 600 });
  });
}

/**
 * axe on every view (picker and speerpunten, statement with explanation, result with a
 * comparison open, an error with details) in one language and colour scheme. Light is the
 * engine's own default; dark needs media emulation.
 */
export async function axeEveryView(lang: Lang, colorScheme: 'light' | 'dark') {
  const axeNow = async (el: StemhulpWidget) => {
    if (colorScheme === 'dark') await emulateMedia({ colorScheme });
    await expect(el, colorScheme).to.be.accessible();
  };
  const el = await widgetIn({ lang, src: demoSrc, languages: 'nl en ar' });
  await shown(el, lang);
  await find(el, 'combobox', words[lang].gemeente);
  await axeNow(el);
  await startDemo(el, lang);
  el.shadowRoot!.querySelector<HTMLElement>('.explanation summary')?.click();
  await press(el, 'button', words[lang].important);
  await axeNow(el);
  await answerUntilResult(el, lang);
  el.shadowRoot!.querySelector<HTMLElement>('.party summary')!.click();
  el.shadowRoot!.querySelector<HTMLElement>('.how summary')!.click();
  await axeNow(el);
  // An error view, in the same language.
  const failing = await widgetIn({ lang, src: '/__test/status/500' });
  await shown(failing, lang);
  await find(failing, 'alert', undefined, 4000);
  // Details shows once its words (the details chunk) are there.
  await waitUntil(() => failing.shadowRoot!.querySelector('.error summary'), 'Details under the error');
  failing.shadowRoot!.querySelector<HTMLElement>('.error summary')!.click();
  await axeNow(failing);
}

/** The colour a box shows: its own background, else that of the nearest ancestor (across the shadow boundary) that has one. */
export function backdrop(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined) ?? null) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return toRgb(bg);
  }
  return 'rgb(255, 255, 255)';
}

/**
 * The `Belangrijk` toggles shown (the statement's, and each of `Antwoorden aanpassen`):
 * their text at 4.5:1 on their fill, and when pressed the filled check box, the indicator
 * of the state, at 3:1 against that fill (WCAG 1.4.3 and 1.4.11).
 */
export function checkToggles(el: StemhulpWidget, scheme: string) {
  const toggles = [...root(el).querySelectorAll<HTMLElement>('button.toggle')].filter((b) => b.getClientRects().length);
  expect(toggles.filter((b) => b.getAttribute('aria-pressed') === 'true').length, `${scheme}: pressed toggles shown`).to.be.greaterThan(0);
  for (const b of toggles) {
    const name = `${scheme}: ${b.closest('.tune-item') ? 'tuning' : 'statement'} toggle, ${b.getAttribute('aria-pressed') === 'true' ? '' : 'not '}pressed`;
    const fill = backdrop(b);
    expect(contrast(getComputedStyle(b).color, fill), `${name}: text`).to.be.at.least(4.5);
    if (b.getAttribute('aria-pressed') === 'true') {
      expect(contrast(backdrop(b.querySelector('.check')!), fill), `${name}: filled check`).to.be.at.least(3);
    }
  }
}

/**
 * axe on a page in a frame (the party form), through `to.be.accessible()` on the box around
 * the frame: axe checks a frame's document where axe runs inside it too (its own frame
 * messaging), so the same axe-core is put into the frame first (a script from the page's
 * origin, as its CSP allows), and its own run inside must find the page's main landmark.
 */
export async function frameAccessible(frame: HTMLIFrameElement) {
  const win = frame.contentWindow as Window & { axe?: { run: (c: Document) => Promise<{ passes: { id: string }[] }> } };
  if (!win.axe) {
    const doc = frame.contentDocument!;
    const s = doc.createElement('script');
    s.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      s.onload = resolve;
      s.onerror = () => reject(new Error('axe-core could not be loaded into the frame'));
      doc.head.append(s);
    });
  }
  const inside = await win.axe!.run(frame.contentDocument!);
  expect(inside.passes.map((p) => p.id)).to.include('landmark-one-main');
  await expect(frame.parentElement!).to.be.accessible();
}
