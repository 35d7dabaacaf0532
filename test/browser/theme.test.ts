/** `theme="light | dark | auto"`: a site keeps the widget in one colour scheme. */
import { waitUntil } from '../harness/wait.js';
import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { resetMediaAfterEach, root, toRgb } from '../harness/a11y-helpers.js';
import { noMediaEmulation, onlyIn } from '../harness/engines.js';

resetMediaAfterEach();

async function widgetWithTheme(theme?: string) {
  const el = fixtureSync<StemhulpWidget>(html`<stemhulp-widget></stemhulp-widget>`);
  if (theme !== undefined) el.setAttribute('theme', theme);
  await el.updateComplete;
  return el;
}

const background = (el: StemhulpWidget) => toRgb(getComputedStyle(root(el)).backgroundColor);
/** Every colour the widget draws with, as computed on its box. */
const colours = (el: StemhulpWidget) => {
  const s = getComputedStyle(root(el));
  return [s.color, s.backgroundColor, s.borderTopColor, getComputedStyle(el).colorScheme];
};
const WHITE = 'rgb(255, 255, 255)';
const systemIsLight = () => expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the engine starts in light').to.equal(false);

describe('theme', () => {
  it('auto, no attribute and a value it does not know are light while the system is', async () => {
    systemIsLight();
    for (const theme of [undefined, 'auto', 'sepia']) {
      const el = await widgetWithTheme(theme);
      expect(background(el), String(theme)).to.equal(WHITE);
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    }
  });

  onlyIn('chromium', noMediaEmulation)('auto, no attribute and a value it does not know turn dark with the system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    for (const theme of [undefined, 'auto', 'sepia']) {
      const el = await widgetWithTheme(theme);
      expect(background(el), String(theme)).to.not.equal(WHITE);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    }
  });

  onlyIn('chromium', noMediaEmulation)('light stays light when the system asks for dark, with light native controls', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await widgetWithTheme('light');
    expect(background(el)).to.equal(WHITE);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
  });

  onlyIn('chromium', noMediaEmulation)('dark is exactly the dark of a dark system (so other engines can test dark by the attribute)', async () => {
    const fixed = colours(await widgetWithTheme('dark'));
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours(await widgetWithTheme())).to.deep.equal(fixed);
  });

  it('dark stays dark when the system asks for light; case does not matter', async () => {
    systemIsLight();
    const el = await widgetWithTheme('Dark');
    expect(background(el)).to.not.equal(WHITE);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  it('the property reflects to the attribute, so setting it in script works too', async () => {
    const el = await widgetWithTheme();
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(background(el)).to.not.equal(WHITE);
  });

  it('a host colour still wins in a fixed theme', async () => {
    const el = await widgetWithTheme('dark');
    el.style.setProperty('--stemhulp-color-background', 'rgb(250, 240, 230)');
    expect(background(el)).to.equal('rgb(250, 240, 230)');
  });
});

describe('theme on the iframe route', () => {
  it('embed.html passes theme from its link to the widget, and nothing that is not a theme', async () => {
    for (const [query, expected] of [
      ['theme=dark', 'dark'],
      ['theme=LIGHT', 'LIGHT'],
      ['theme=red;x', null],
    ] as const) {
      const frame = fixtureSync<HTMLIFrameElement>(html`<iframe title="stemhulp" src=${`/dist/embed.html?${query}`}></iframe>`);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      // embed.html reads embed.config.json beside it before it makes the widget (issue 22).
      await waitUntil(() => frame.contentDocument!.querySelector('stemhulp-widget'), 'the widget in the frame');
      const el = frame.contentDocument!.querySelector('stemhulp-widget')!;
      expect(el.getAttribute('theme'), query).to.equal(expected);
    }
  });
});
