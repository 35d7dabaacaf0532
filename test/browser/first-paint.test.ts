/**
 * The first thing a reader of English or Arabic sees is in their language: no Dutch first
 * paint while the language's chunk loads, and no layout shift meanwhile. A file of its own:
 * the languages must not have been loaded by an earlier test in this page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { define } from '../../src/define.js';
import { nl } from '../../src/i18n/nl/ui.js';
import { findByRole } from '../harness/helpers.js';

interface Record {
  /** Every `lang` the widget's `.root` had, in order, from its shadow root's first node on. */
  langs: string[];
  /** Every text that entered the shadow root (each added node's whole text, when added). */
  texts: string[];
  /** Where the text after the widget was, on each animation frame. */
  tops: number[];
}

/**
 * Puts an undefined `<tag lang=…>` in a 360 px column with the README's reserved height,
 * then watches its shadow root from the moment it is attached (a MutationObserver sees
 * each node as it is inserted, before any paint) and each frame, while the element upgrades.
 */
async function firstFrames(tag: string, lang: string, heading: string): Promise<Record> {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  box.style.width = '360px';
  box.innerHTML = `<style>${tag} { display: block; min-height: 1400px; }</style>
    <${tag} lang="${lang}" src="/test/fixtures/basic/index.json"><a href="https://example.org/stemhulp">Stemhulp</a></${tag}>
    <p class="after">Tekst na de widget</p>`;
  const el = box.querySelector(tag) as HTMLElement;
  const after = box.querySelector('.after')!;
  const rec: Record = { langs: [], texts: [], tops: [after.getBoundingClientRect().top] };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') rec.langs.push((r.target as HTMLElement).lang);
      for (const n of r.addedNodes) {
        if (n.textContent?.trim()) rec.texts.push(n.textContent);
        if (n instanceof HTMLElement && n.classList.contains('root')) rec.langs.push(n.lang);
      }
    }
  });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this === el) observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    return root;
  };
  let frames = true;
  const frame = () => {
    rec.tops.push(after.getBoundingClientRect().top);
    if (frames) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  try {
    define(tag);
    await findByRole(el as never, 'heading', heading, 4000);
  } finally {
    Element.prototype.attachShadow = attach;
    frames = false;
  }
  observer.disconnect();
  return rec;
}

const dutch = [nl.widgetTitle, nl.intro, nl.keyPointsHeading];

describe("first paint in the reader's language", () => {
  for (const [lang, heading, dir] of [
    ['ar', 'أولوياتنا', 'rtl'],
    ['en', 'Our key points', 'ltr'],
  ] as const) {
    it(`lang="${lang}": no Dutch text ever enters the widget, its first content is ${lang} (${dir}), and nothing below moves`, async () => {
      const tag = `first-paint-${lang}`;
      const rec = await firstFrames(tag, lang, heading);
      const el = document.querySelector(tag)!;
      const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      expect(rec.langs, 'every language the widget showed').to.deep.equal([lang]);
      expect(root.dir).to.equal(dir);
      for (const text of rec.texts) for (const d of dutch) expect(text, 'a text the widget inserted').to.not.contain(d);
      expect(rec.texts.length, 'the observer saw the widget render').to.be.greaterThan(0);
      await waitUntil(() => el.shadowRoot!.querySelector('select'), 'the picker');
      expect(new Set(rec.tops).size, `the text below, per frame: ${rec.tops.join(', ')}`).to.equal(1);
      expect(el.getBoundingClientRect().height).to.be.at.least(1400);
    });
  }
});
