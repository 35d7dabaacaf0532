/**
 * A layout that holds on every page (issue 21, points 4 and 5).
 *
 * Point 4: no party name, and no word in the tables and cards beside them, breaks
 * inside itself, at any width of the widget from 320 to 1400 px, at 100 %, 150 % and 200 %
 * text size, in nl, en and ar; "(lijst 1)" stays on one line; and nothing runs off the widget
 * where it cannot be scrolled to (a right-to-left table past the left edge of a left-to-right
 * page is out of reach). Views: the verdict table, the result list, the chart's table, and
 * Partijen naast elkaar (with short names on the demo data, with full bracketed names on
 * Tuindorp's).
 *
 * The widget lays out by its own width (container queries), so the width is set on a
 * wrapper, not on the window: that also works in WebKit, whose window cannot be narrower
 * than about 450 px. Text-only zoom (Firefox's "Zoom text only") scales every font size, the
 * widget's 16 px base included, and leaves px lengths alone; no engine's automation can
 * set it, so it is emulated the way a page would scale the widget: `--stemhulp-font-size`
 * at 24 px and 32 px, which scales the base and every em (container queries in em too).
 */
import { waitUntil } from '../harness/wait.js';
import { expect } from '@open-wc/testing';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { answerUntilResult, demoSrc, find, press, shown, widgetIn, words, type Lang } from '../harness/a11y-helpers.js';
import { allByRole, chooseGemeente, getByRole } from '../harness/helpers.js';
import { resultsSrc } from '../harness/results-helpers.js';

// The problem ranges of issue 21: phones, 640-900+ px (a news column), and the wide end.
const widths = [320, 360, 400, 480, 560, 640, 700, 760, 820, 880, 940, 1040, 1200, 1400];
const textSizes = [16, 24, 32];
const langs: Lang[] = ['nl', 'en', 'ar'];

const verdictButton = { nl: 'Bekijk het oordeel per partij', en: 'See the verdict per party', ar: 'اطّلع على التقييم لكل حزب' };
const sideBySide = { nl: 'Partijen naast elkaar', en: 'Parties side by side', ar: 'الأحزاب جنبًا إلى جنب' };
const keyPoints = { nl: 'Onze speerpunten', en: 'Our key points', ar: 'أولوياتنا' };
const readMore = { nl: 'Lees meer', en: 'Read more', ar: 'اقرأ المزيد' };
const sideLegend = { nl: 'Kies maximaal drie partijen', en: 'Choose up to three parties', ar: 'اختر ثلاثة أحزاب كحد أقصى' };

/**
 * Hidden from sight (screen-reader text, a table's header row clipped away in the card
 * layout) or an SVG label (never wrapped); remembered per element for one layout in `seen`.
 */
function unseen(node: Element, scope: Element, seen: Map<Element, boolean>): boolean {
  const known = seen.get(node);
  if (known !== undefined) return known;
  const s = getComputedStyle(node);
  const hidden =
    node.localName === 'svg' ||
    !node.getClientRects().length ||
    s.clipPath !== 'none' ||
    s.visibility === 'hidden' ||
    (node !== scope && !!node.parentElement && unseen(node.parentElement, scope, seen));
  seen.set(node, hidden);
  return hidden;
}

/** The lines a range of text lies on (rects of one line share their top, within a pixel or two). */
function lines(range: Range | Element) {
  const tops: number[] = [];
  for (const r of range.getClientRects()) if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < 3)) tops.push(r.top);
  return tops.length;
}

/** Where the views show a party's name: row headers, the result list, column headers side by side, the checkboxes. */
const partyNames = '.verdict-row > th, .chart-table tbody th, .party-line .name, .sbs thead th, .check-row';

/** How wide a range of text is laid out whole: its pieces on every line together. */
const width = (range: Range) => [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);

/** Inside a wrapper that scrolls sideways: a reader can bring it into view there. */
function scrolls(node: Element, root: Element) {
  for (let e: Element | null = node; e && e !== root; e = e.parentElement) if (/auto|scroll/.test(getComputedStyle(e).overflowX)) return e;
  return undefined;
}

/**
 * What is wrong with the text under `scope` as laid out now: each word split over two
 * lines, each "(…)" of a name (class `list` or `nobr`) split, each word outside the widget
 * and not in a wrapper that scrolls sideways, each such wrapper outside the widget. A word
 * is a run of non-space characters in one text node, up to and with a hyphen. Only a word
 * wider than the widget's whole content box may break (it must, or stick out): at 320 px
 * and 200 % text that is the demo organisation's 20-letter name in a caption, and
 * "asielzoekerscentra" in a speerpunt's title. A party's name never breaks inside a word.
 */
function problems(el: StemhulpWidget, scope: Element, where: string) {
  const root = el.shadowRoot!.querySelector('.root')!;
  const box = root.getBoundingClientRect();
  const outside = (r: DOMRect) => r.left < box.left - 1 || r.right > box.right + 1;
  // The longest line the widget has: its content box.
  const pad = getComputedStyle(root);
  const line = root.clientWidth - parseFloat(pad.paddingLeft) - parseFloat(pad.paddingRight);
  const found: string[] = [];
  const wrappers = new Set<Element>();
  const seen = new Map<Element, boolean>();
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim() || unseen(node.parentElement!, scope, seen)) continue;
    const wrapper = scrolls(node.parentElement!, root);
    const isName = !!node.parentElement!.closest(partyNames);
    if (wrapper) wrappers.add(wrapper);
    // A compound may break after its hyphen, as any text does; "(Groen-Sociaal)" in a name is kept whole by its nobr span, checked below.
    for (const m of node.data.matchAll(/[^\s-]+-?|-/g)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      if (lines(range) > 1 && (isName || width(range) < line))
        found.push(
          `${where}: "${m[0]}" broken inside (${Math.round(width(range))} px on lines of ${Math.round(line)} px, in <${node.parentElement!.localName} class="${node.parentElement!.className}">)`,
        );
      if (!wrapper && outside(range.getBoundingClientRect())) found.push(`${where}: "${m[0]}" outside the widget`);
    }
  }
  for (const w of wrappers) if (outside(w.getBoundingClientRect())) found.push(`${where}: .${w.className} outside the widget`);
  for (const group of scope.querySelectorAll('.list, .nobr')) {
    if (!unseen(group, scope, seen) && lines(group) > 1) found.push(`${where}: "${group.textContent!.trim()}" split`);
  }
  return found;
}

/** `problems` of every `selector` at every width and text size; the widget back at 16 px and full width after. */
function sweep(el: StemhulpWidget, lang: string, selector: string) {
  const wrapper = el.parentElement!;
  const found: string[] = [];
  for (const size of textSizes) {
    el.style.setProperty('--stemhulp-font-size', `${size}px`);
    for (const width of widths) {
      wrapper.style.inlineSize = `${width}px`;
      const scopes = el.shadowRoot!.querySelectorAll(selector);
      expect(scopes.length, `${selector} shown`).to.be.above(0);
      for (const scope of scopes) found.push(...problems(el, scope, `${lang} ${width} px ${size} px ${selector}`));
    }
  }
  el.style.removeProperty('--stemhulp-font-size');
  wrapper.style.removeProperty('inline-size');
  return found;
}

async function demo(lang: Lang) {
  const el = await widgetIn({ lang, src: demoSrc });
  await shown(el, lang);
  await chooseGemeente(el, 'GM9901');
  return el;
}

/** Opens Partijen naast elkaar and picks the first three parties. */
async function sideBySideOfThree(el: StemhulpWidget, lang: Lang) {
  await press(el, 'button', sideBySide[lang]);
  const group = await find(el, 'group', sideLegend[lang]);
  for (const box of [...group.querySelectorAll('input')].slice(0, 3)) {
    box.click();
    await el.updateComplete;
  }
  await find(el, 'table');
}

describe('no word breaks inside itself, at 320–1400 px and 100–200 % text', () => {
  for (const lang of langs) {
    it(`the verdict table, in ${lang}`, async function () {
      this.timeout(180_000);
      const el = await demo(lang);
      await press(el, 'button', verdictButton[lang]);
      await find(el, 'table');
      expect(sweep(el, lang, '.verdict-table')).to.deep.equal([]);
    });

    it(`the result list, the chart's table and Partijen naast elkaar, in ${lang}`, async function () {
      this.timeout(180_000);
      const el = await demo(lang);
      await press(el, 'button', words[lang].start);
      await answerUntilResult(el, lang);
      const found = sweep(el, lang, 'ol.parties .party-line');
      found.push(...sweep(el, lang, '.chart-table'));
      await sideBySideOfThree(el, lang);
      found.push(...sweep(el, lang, '.tool-side'));
      expect(found).to.deep.equal([]);
    });

    it(`Partijen naast elkaar with full names and list numbers (no short names), in ${lang}`, async function () {
      this.timeout(180_000);
      const el = await widgetIn({ lang, src: resultsSrc });
      await shown(el, lang);
      await chooseGemeente(el, 'GM0901');
      await press(el, 'button', words[lang].start);
      await answerUntilResult(el, lang);
      const found = sweep(el, lang, 'ol.parties .party-line');
      await sideBySideOfThree(el, lang);
      found.push(...sweep(el, lang, '.tool-side'));
      expect(found).to.deep.equal([]);
    });
  }
});

/**
 * Point 5: the speerpunten are cards two by two from 560 px; opening one card's Lees meer
 * must not stretch the card beside it into an empty block. The width is the wrapper's, so
 * this runs in WebKit too.
 */
describe('Lees meer on a speerpunt card', () => {
  for (const lang of langs) {
    it(`opens in its own card: the card beside it keeps its height, in ${lang}`, async function () {
      this.timeout(20_000);
      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      el.parentElement!.style.inlineSize = '960px';
      const heading = await find(el, 'heading', keyPoints[lang]);
      const [first, second] = allByRole(heading.closest('section')!, 'listitem');
      expect(Math.abs(first.getBoundingClientRect().top - second.getBoundingClientRect().top), 'the two cards side by side').to.be.below(1);
      const before = second.getBoundingClientRect().height;
      const grows = first.getBoundingClientRect().height;
      getByRole(first, 'button', new RegExp(`^${readMore[lang]}`)).click();
      await el.updateComplete;
      expect(first.querySelector('details')!.open).to.equal(true);
      // The Dutch full text comes in its own chunk, asked for as the cards were drawn.
      await waitUntil(() => first.getBoundingClientRect().height > grows + 20, 'the opened card grew');
      expect(second.getBoundingClientRect().height, 'the card beside it').to.be.closeTo(before, 0.5);
    });
  }
});
