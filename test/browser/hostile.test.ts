/**
 * Hostile data (test/fixtures/hostile/, written by make.mjs there): every text field holds
 * markup, a script, a right-to-left override, emoji and a 4,000-character word; links
 * are javascript:, data: and relative; keys are __proto__ and constructor.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { chooseGemeente, click, findByRole, getByRole, visibleText } from '../harness/helpers.js';
import { engine } from '../harness/engines.js';

const src = '/test/fixtures/hostile/index.json';

// The widget itself is the fixture: for a plain wrapper element fixture() waits for an
// animation frame, which never comes while the runner keeps this page in the background.
const make = () => fixture<StemhulpWidget>(html`<stemhulp-widget style="width: 360px" src=${src}></stemhulp-widget>`);

/** Opens every disclosure in the widget as a reader would, so hidden text is rendered and laid out too. */
async function openAll(el: StemhulpWidget) {
  el.shadowRoot!.querySelectorAll<HTMLElement>('details:not([open]) > summary').forEach((s) => s.click());
  await el.updateComplete;
}

/** Nothing in the widget sticks out to the right of its 360 px column, nor scrolls sideways. */
function expectNoOverflow(el: StemhulpWidget, view: string) {
  const right = el.getBoundingClientRect().right;
  expect(el.getBoundingClientRect().width, view).to.equal(360);
  const root = el.shadowRoot!.querySelector('.root')!;
  expect(root.scrollWidth, `${view}: .root scrolls sideways`).to.be.at.most(root.clientWidth);
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    // Visually hidden text (an accessible name's tail) is clipped to 1 px: it cannot stick out.
    if (node.closest('.visually-hidden')) continue;
    const r = node.getBoundingClientRect();
    if (!r.width) continue;
    expect(r.right, `${view}: <${node.localName} class="${node.className}"> overflows`).to.be.at.most(right + 0.5);
  }
}

function expectNoElementsFromData(el: StemhulpWidget) {
  expect(el.shadowRoot!.querySelectorAll('img, script, iframe, object, embed')).to.have.length(0);
  expect((window as any).__pwned).to.equal(undefined);
}

function expectOnlySafeLinks(el: StemhulpWidget) {
  for (const a of el.shadowRoot!.querySelectorAll('a')) {
    expect(a.getAttribute('href'), a.textContent!).to.match(/^https:\/\/example\.org\//);
  }
}

/** Characters of `part`, inside a text node of `scope`, are laid out left to right. */
function readsLeftToRight(scope: Element, part: string) {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  let node: Text | null;
  while ((node = walker.nextNode() as Text | null)) {
    const at = node.data.indexOf(part);
    if (at < 0) continue;
    const range = document.createRange();
    const lefts = [...part].map((_, i) => {
      range.setStart(node!, at + i);
      range.setEnd(node!, at + i + 1);
      return range.getBoundingClientRect().left;
    });
    return lefts.every((x, i) => i === 0 || x > lefts[i - 1]);
  }
  throw new Error(`"${part}" not found`);
}

const proto = Object.prototype as Record<string, unknown>;

describe('hostile data', function () {
  // Real network and layout in a page that may run in the background (timers slowed): room for CI.
  // WebKit lays out the 4,000-character words several times slower: more room there.
  this.timeout(engine === 'webkit' ? 60_000 : 20_000);
  afterEach(() => {
    expect(proto.polluted, 'Object.prototype polluted').to.equal(undefined);
  });

  it('home: speerpunten and picker render data as text, wrap long words, follow no bad links', async () => {
    const el = await make();
    await findByRole(el, 'combobox', 'Gemeente');
    await openAll(el);
    const text = visibleText(el);
    expect(text).to.contain('Titel opvang <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
    expect(text).to.contain('🗳️👩🏽‍⚖️🇳🇱');
    expect(text).to.contain('Lange' + 'woord'.repeat(799));
    expect(text).to.contain('Tweede alinea.');
    expectNoElementsFromData(el);
    expectOnlySafeLinks(el);
    expectNoOverflow(el, 'home');
    // The gemeente names, 4,000-character words included, do not widen the picker.
    const select = getByRole(el, 'combobox', 'Gemeente') as HTMLSelectElement;
    expect(select.options[1].textContent).to.contain('<script>');
    expect(select.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    // A right-to-left override in the organisation's name does not turn the UI text around it.
    expect(text).to.contain('Aanbevelingen van');
  });

  it('quiz: statement, speerpunt and explanation', async () => {
    const el = await make();
    await chooseGemeente(el, 'GM0301');
    await click(el, 'button', 'Start de stemhulp');
    await findByRole(el, 'heading', /Stelling 1 <img/);
    await openAll(el);
    expect(visibleText(el)).to.contain('Uitleg 1 <img src=x');
    expectNoElementsFromData(el);
    expectNoOverflow(el, 'quiz');
    // The override in the speerpunt label must not reverse the progress or the buttons.
    expect(readsLeftToRight(el.shadowRoot!.querySelector('.quiz')!, 'Stelling 1 van 4')).to.equal(true);
  });

  it('result: parties, comparison, verdict, how it works, next steps, data warnings', async () => {
    const el = await make();
    await chooseGemeente(el, 'GM0301');
    await click(el, 'button', 'Start de stemhulp');
    for (const answer of ['Eens', 'Eens', 'Oneens', 'Eens']) await click(el, 'button', answer);
    await findByRole(el, 'heading', 'Jouw uitslag');
    await openAll(el);
    expect(visibleText(el)).to.contain('Partij Twee 😀 <img src=x');
    expect(visibleText(el)).to.contain('Toelichting <img src=x');
    expectNoElementsFromData(el);
    // javascript:, data: and relative URLs (party site, sources, flyer, polling station) are dropped.
    expectOnlySafeLinks(el);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(2);
    expectNoOverflow(el, 'result');
    // Bidi overrides in a party's name or a speerpunt title stay inside that name.
    const first = el.shadowRoot!.querySelector('ol.parties > li')!;
    expect(readsLeftToRight(first, 'lijst 1')).to.equal(true);
    expect(readsLeftToRight(first.querySelector('.scores')!, '100%')).to.equal(true);
  });

  it('__proto__ and constructor as statement ids and keys change nothing', async () => {
    const run = async (code: string) => {
      const el = await make();
      await chooseGemeente(el, code);
      await click(el, 'button', 'Start de stemhulp');
      for (const answer of ['Eens', 'Eens', 'Oneens', 'Eens']) await click(el, 'button', answer);
      await findByRole(el, 'heading', 'Jouw uitslag');
      await openAll(el);
      const parties = [...el.shadowRoot!.querySelectorAll('ol.parties > li')];
      return parties.map((li) => [
        li.querySelector('.score')!.textContent,
        // Party Een has no position on the second statement ("constructor" in the hostile file).
        [...li.querySelectorAll('.comparison div:not(.advice) > dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim().split(' ')[0]),
      ]);
    };
    const plain = await run('GM0302');
    const hostile = await run('GM0301');
    expect(plain[0][1]).to.deep.equal(['Eens', 'Eens', 'Eens', 'Geen', 'Oneens', 'Oneens', 'Eens', 'Eens']);
    expect(hostile).to.deep.equal(plain);
  });
});
