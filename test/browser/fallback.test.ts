import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { define } from '../../src/define.js';

// Layout shift is measured by where the text after the widget is, before and after the
// upgrade: a layout-shift PerformanceObserver reports nothing in this headless runner, not
// even for the control case below, so it could not fail.

async function page(tag: string, css: string) {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  box.style.width = '360px';
  box.innerHTML = `<style>${css}</style>
    <${tag} src="/test/fixtures/basic/index.json"><a href="https://example.org/stemhulp">Doe de stemhulp op onze website</a></${tag}>
    <p class="after">Tekst na de widget</p>`;
  const after = box.querySelector('.after')!;
  return { box, link: box.querySelector('a')!, top: () => after.getBoundingClientRect().top };
}

async function upgrade(box: HTMLElement, tag: string) {
  define(tag);
  const el = box.querySelector(tag)!;
  // Both moments a reader sees: the first render (loading), and the loaded picker.
  await waitUntil(() => el.shadowRoot?.querySelector('.root'), 'the first render');
  const whileLoading = (box.querySelector('.after') as HTMLElement).getBoundingClientRect().top;
  await waitUntil(() => el.shadowRoot?.querySelector('select'), 'the picker');
  return whileLoading;
}

describe('no-JS fallback', () => {
  it('shows the light-DOM link until the element is defined, then the widget, and nothing below moves', async () => {
    // The reservation the README recommends for a 360 px column.
    const { box, link, top } = await page('fallback-stemhulp', 'fallback-stemhulp { display: block; min-height: 1400px; }');
    expect(link.getClientRects().length, 'the fallback link shows before the upgrade').to.be.greaterThan(0);
    const before = top();
    const whileLoading = await upgrade(box, 'fallback-stemhulp');
    expect(link.getClientRects().length, 'the fallback is hidden once the widget shows').to.equal(0);
    expect(whileLoading).to.equal(before);
    expect(top()).to.equal(before);
  });

  it('(control) without the reservation the same upgrade moves the text below', async () => {
    const { box, top } = await page('fallback-stemhulp-bare', '');
    const before = top();
    await upgrade(box, 'fallback-stemhulp-bare');
    expect(top()).to.be.greaterThan(before + 500);
  });
});
