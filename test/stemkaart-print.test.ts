/**
 * `Print je stemkaart`, printed to PDF by Chromium and read back with poppler: one A4
 * page with the top party's name and percentage, the answers, where to vote and the
 * organisation; nothing of the host page around the widget; no buttons or disclosures.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../src/stemhulp-widget.js';
import { can, onlyIn } from './engines.js';
import { chooseGemeente, findByRole } from './helpers.js';
import { answerUntilResult, demoSrc, shown, startDemo, widgetIn, type Lang } from './a11y-helpers.js';
import { statementHeading } from './helpers.js';

interface Printed {
  pages: number;
  text: string;
  raw: string;
  width: number;
  height: number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ');
const sentences = (el: StemhulpWidget) =>
  [...el.shadowRoot!.querySelectorAll('[part~="party"] .party-line .visually-hidden')].map((s) => norm(s.textContent!).trim());

/** Presses the button with print() held back, so that the page can be printed to PDF in its printing state. */
async function pressPrint(el: StemhulpWidget, name: string) {
  let printed = 0;
  const original = window.print;
  window.print = () => void printed++;
  try {
    (await findByRole(el, 'button', name, 5000)).click();
    await waitUntil(() => printed === 1, 'print() called');
  } finally {
    window.print = original;
  }
  await el.updateComplete;
}

async function press(el: StemhulpWidget, name: string | RegExp) {
  (await findByRole(el, 'button', name, 5000)).click();
  await el.updateComplete;
}

describe('stemkaart (print to PDF)', function () {
  this.timeout(30_000);
  afterEach(async () => {
    if (can.emulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  const chromium = onlyIn('chromium', 'printing to PDF needs the DevTools protocol (page.pdf)');

  chromium('is one A4 page with the result, the answers, where to vote and the organisation, and nothing of the host page', async () => {
    const page = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 1fr 300px; gap: 2em">
      <main>
        <h1>Kop van de krant</h1>
        ${Array.from({ length: 60 }, () => html`<p>Krantentekst die niet op de stemkaart hoort.</p>`)}
      </main>
      <aside style="position: sticky; top: 0; max-height: 400px; overflow: auto">
        <stemhulp-widget src="/test/fixtures/basic/index.json"></stemhulp-widget>
      </aside>
    </div>`);
    const el = page.querySelector('stemhulp-widget') as StemhulpWidget;
    await chooseGemeente(el, 'GM0001');
    await press(el, 'Start de stemhulp');
    await findByRole(el, 'heading', statementHeading('Stelling over opvang'));
    await press(el, /^Belangrijk/);
    for (const a of ['Eens', 'Oneens', 'Geen van beide', 'Sla over']) await press(el, a);
    await findByRole(el, 'heading', 'Jouw uitslag');
    const [top] = sentences(el);
    const [, topName, topScore] = /^(.+?) \(lijst \d+\), (\d+) procent/.exec(top)!;
    const sheetsBefore = document.adoptedStyleSheets.length;

    for (const colorScheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme });
      await pressPrint(el, 'Print je stemkaart');
      expect(el.hasAttribute('data-stemhulp-printing')).to.equal(true);
      const pdf = await executeServerCommand<Printed, { keep: string }>('print-pdf', { keep: `nl-${colorScheme}` });
      const text = norm(pdf.raw);
      expect(pdf.pages, colorScheme).to.equal(1);
      expect([Math.round(pdf.width), Math.round(pdf.height)], 'A4 in points').to.deep.equal([595, 842]);
      expect(text).to.match(new RegExp(`${topName} \\(lijst 1\\) ${topScore}%`));
      for (const part of ['Stemkaart', 'Aadorp · Testverkiezing · 18 maart 2026', 'Jouw beste overeenkomsten', 'Oordeel van Testorganisatie', 'Jouw antwoorden', 'Eens ★', 'Stelling over opvang', 'Oneens', 'Overgeslagen', 'example.org/stembureau', 'stempas', 'Stemhulp van Testorganisatie · example.org/org']) {
        expect(text, part).to.include(part);
      }
      for (const absent of ['Krantentekst', 'Kop van de krant', 'Deel je uitslag', 'Print je stemkaart', 'Bekijk de standpunten', 'Vorige', 'Hoe werkt dit?', '▶', '▸']) {
        expect(text, absent).not.to.include(absent);
      }
      // The organisation's verdict beside the match: Alfa agrees with the advice on s1-s3 of s1-s4, 75%.
      expect(norm(/Partij Alfa.*$/m.exec(pdf.raw)![0])).to.match(/Partij Alfa \(lijst 1\) \d+% 75%/);
      // Chromium fires afterprint after printing to PDF, as after the print dialog: the host page is as it was.
      await waitUntil(() => !el.hasAttribute('data-stemhulp-printing'), 'afterprint undoes the marks');
      await el.updateComplete;
      expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
      expect(el.shadowRoot!.querySelector('.stemkaart')).to.equal(null);
    }
  });

  for (const lang of ['nl', 'en', 'ar'] as Lang[]) {
    chromium(`prints in ${lang} on one page with the demo data (long names, five parties, ten statements)`, async () => {
      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      await startDemo(el, lang);
      await answerUntilResult(el, lang);
      const [top] = sentences(el);
      await pressPrint(el, { nl: 'Print je stemkaart', en: 'Print your voting card', ar: 'اطبع بطاقة التذكير' }[lang]);
      const pdf = await executeServerCommand<Printed, { keep: string }>('print-pdf', { keep: `demo-${lang}` });
      expect(pdf.pages).to.equal(1);
      const score = /(\d+)\D*$/.exec(top)?.[1];
      expect(score, top).to.match(/^\d+$/);
      // Without spaces and bidi marks, which pdftotext adds around Arabic runs.
      const bare = (x: string) => x.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
      const name = top.split(lang === 'ar' ? '،' : ',')[0].replace(/ \((lijst|list|القائمة) \d+\)$/, '');
      if (lang !== 'ar') expect(bare(pdf.raw)).to.include(bare(name));
      // pdftotext gives the words of an Arabic line in visual order: each word is there.
      else for (const word of name.split(' ')) expect(bare(pdf.raw)).to.include(bare(word));
      expect(bare(pdf.raw)).to.include(`${score}%`);
    });
  }
});
