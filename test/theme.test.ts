/** `theme="light | dark | auto"`: a site keeps the widget in one colour scheme. */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../src/stemhulp-widget.js';
import { resetMediaAfterEach, root, toRgb } from './a11y-helpers.js';

resetMediaAfterEach();

async function widgetWithTheme(theme?: string) {
  const el = fixtureSync<StemhulpWidget>(html`<stemhulp-widget></stemhulp-widget>`);
  if (theme !== undefined) el.setAttribute('theme', theme);
  await el.updateComplete;
  return el;
}

const background = (el: StemhulpWidget) => toRgb(getComputedStyle(root(el)).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';

describe('theme', () => {
  it('auto (and no attribute, or a value it does not know) follows the reader\'s system', async () => {
    for (const theme of [undefined, 'auto', 'sepia']) {
      const el = await widgetWithTheme(theme);
      await emulateMedia({ colorScheme: 'light' });
      expect(background(el), `${theme} in light`).to.equal(WHITE);
      await emulateMedia({ colorScheme: 'dark' });
      expect(background(el), `${theme} in dark`).to.not.equal(WHITE);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    }
  });

  it('light stays light when the system asks for dark, with light native controls', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await widgetWithTheme('light');
    expect(background(el)).to.equal(WHITE);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
  });

  it('dark stays dark when the system asks for light; case does not matter', async () => {
    await emulateMedia({ colorScheme: 'light' });
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
