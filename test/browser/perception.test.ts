/** Perception: dark mode, 320 px reflow, text spacing, target size, reduced motion. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { accessibleName, getByRole } from '../harness/helpers.js';
import {
  answerUntilResult,
  checkToggles,
  demoSrc,
  find,
  noHorizontalOverflow,
  press,
  resetMediaAfterEach,
  root,
  shown,
  startDemo,
  widgetIn,
  words,
} from '../harness/a11y-helpers.js';
import { noMediaEmulation, noViewport, onlyIn, skipIn } from '../harness/engines.js';

resetMediaAfterEach();

describe('perception', () => {
  skipIn(['firefox', 'webkit'], noMediaEmulation)('in dark mode the defaults change, and a host colour still wins', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await widgetIn({});
    const dark = getComputedStyle(root(el)).backgroundColor;
    expect(dark).not.to.equal('rgb(255, 255, 255)');
    el.style.setProperty('--stemhulp-color-background', 'rgb(250, 240, 230)');
    expect(getComputedStyle(root(el)).backgroundColor).to.equal('rgb(250, 240, 230)');
  });

  it('shows a pressed Belangrijk, in the statement and in Antwoorden aanpassen, at 4.5:1 for its text and 3:1 for its check, light and dark', async function () {
    this.timeout(20_000);
    const el = await widgetIn({ src: demoSrc });
    await find(el, 'combobox', words.nl.gemeente);
    await startDemo(el, 'nl');
    await press(el, 'button', words.nl.important);
    // Dark by the attribute: the same sheet as the system's dark, and every engine can set it.
    for (const scheme of ['light', 'dark']) {
      el.setAttribute('theme', scheme);
      await el.updateComplete;
      checkToggles(el, scheme);
    }
    el.removeAttribute('theme');
    await answerUntilResult(el, 'nl');
    await press(el, 'button', 'Antwoorden aanpassen');
    await waitUntil(() => root(el).querySelector('.tune-item .toggle'), 'the tuning tool is shown', { timeout: 4000 });
    // The second statement's: the first is pressed already, from the quiz.
    root(el).querySelectorAll<HTMLElement>('.tune-item .toggle')[1].click();
    await el.updateComplete;
    for (const scheme of ['light', 'dark']) {
      el.setAttribute('theme', scheme);
      await el.updateComplete;
      checkToggles(el, scheme);
    }
  });

  skipIn('webkit', noViewport)('reflows at 320 CSS px with no horizontal scrolling, in every view', async function () {
    this.timeout(20_000);
    await setViewport({ width: 320, height: 640 });
    for (const lang of ['nl', 'ar'] as const) {
      const el = await widgetIn({ lang, src: demoSrc, languages: 'nl en ar' });
      await shown(el, lang);
      await find(el, 'combobox', words[lang].gemeente);
      noHorizontalOverflow(el);
      await startDemo(el, lang);
      noHorizontalOverflow(el);
      await answerUntilResult(el, lang);
      for (const s of el.shadowRoot!.querySelectorAll<HTMLElement>('summary')) s.click();
      await el.updateComplete;
      noHorizontalOverflow(el);
    }
  });

  skipIn('webkit', noViewport)('clips nothing with the WCAG 1.4.12 text spacing override, at 320 px', async function () {
    this.timeout(20_000);
    await setViewport({ width: 320, height: 640 });
    const el = await widgetIn({ src: demoSrc });
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`);
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    const check = () => {
      noHorizontalOverflow(el);
      for (const c of root(el).querySelectorAll<HTMLElement>('button, select, summary, p, h2, h3, h4, li, label, dt, dd')) {
        if (c.closest('.visually-hidden') || !c.getClientRects().length) continue;
        expect(c.scrollWidth, `${c.tagName} "${c.textContent!.trim().slice(0, 30)}" width`).to.be.at.most(c.clientWidth + 1);
        expect(c.scrollHeight, `${c.tagName} "${c.textContent!.trim().slice(0, 30)}" height`).to.be.at.most(c.clientHeight + 1);
      }
    };
    await find(el, 'combobox', 'Gemeente');
    check();
    await startDemo(el, 'nl');
    check();
    await answerUntilResult(el, 'nl');
    for (const s of el.shadowRoot!.querySelectorAll<HTMLElement>('summary')) s.click();
    await el.updateComplete;
    check();
  });

  skipIn('webkit', noViewport)('gives every control a target of at least 24 by 24 px', async function () {
    this.timeout(20_000);
    await setViewport({ width: 320, height: 640 });
    const el = await widgetIn({ src: demoSrc, languages: 'nl en ar' });
    const check = () => {
      for (const c of root(el).querySelectorAll<HTMLElement>('button, select, summary, [role="button"]')) {
        if (!c.getClientRects().length) continue;
        const r = c.getBoundingClientRect();
        expect(r.width, `${accessibleName(c)} width`).to.be.at.least(24);
        expect(r.height, `${accessibleName(c)} height`).to.be.at.least(24);
      }
    };
    await find(el, 'combobox', 'Gemeente');
    check();
    await startDemo(el, 'nl');
    check();
    await answerUntilResult(el, 'nl');
    check();
  });

  skipIn(['firefox', 'webkit'], noMediaEmulation)('runs no animation or transition with prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await widgetIn({ src: demoSrc });
    await startDemo(el, 'nl');
    await press(el, 'button', 'Eens');
    expect(root(el).getAnimations({ subtree: true })).to.have.length(0);
    for (const c of root(el).querySelectorAll('*')) {
      const s = getComputedStyle(c);
      expect(parseFloat(s.transitionDuration) + parseFloat(s.animationDuration)).to.equal(0);
    }
  });

  onlyIn('chromium', 'forced-colors emulation is CDP-only')('keeps the chosen answer, Belangrijk and the bars visible in forced-colors mode', async () => {
    await executeServerCommand('forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await widgetIn({ src: demoSrc });
      await startDemo(el, 'nl');
      await press(el, 'button', /^Belangrijk/);
      await press(el, 'button', 'Eens');
      await press(el, 'button', 'Vorige');
      const bg = (name: string | RegExp) => getComputedStyle(getByRole(el, 'button', name)).backgroundColor;
      expect(bg('Eens'), 'chosen answer differs from the others').not.to.equal(bg('Oneens'));
      expect(bg(/^Belangrijk/)).not.to.equal(bg('Oneens'));
      const bar = el.shadowRoot!.querySelector('progress.bar')!;
      expect(getComputedStyle(bar).borderTopStyle, 'bar outlined').to.equal('solid');
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});
