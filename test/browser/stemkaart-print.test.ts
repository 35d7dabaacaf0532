/**
 * `Print je uitslag` (the files keep the old name, stemkaart), printed to PDF by Chromium
 * and read back with poppler: one A4 page with the top party's name and percentage, the
 * answers, where to vote and the organisation; nothing of the host page around the widget;
 * no buttons or disclosures; the card's own language and title, headings from H1; the
 * statements cut at a word; only the parties the reader chose.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { can, onlyIn } from '../harness/engines.js';
import { basicSrc, chooseGemeente, findByRole, getByRole } from '../harness/helpers.js';
import { answerUntilResult, demoSrc, shown, startDemo, widgetIn, type Lang } from '../harness/a11y-helpers.js';
import { statementHeading } from '../harness/helpers.js';

interface Printed {
  pages: number;
  text: string;
  raw: string;
  width: number;
  height: number;
  /** The tagged PDF's structure element types in the order written ("H1", "P", "H2", …). */
  struct: string[];
  /** The catalog's /Lang. */
  lang?: string;
  title?: string;
}

const headings = (pdf: Printed) => pdf.struct.filter((x) => /^H\d$/.test(x));
const cardTitle = { nl: 'Jouw uitslag van de stemhulp', en: 'Your voting aid result', ar: 'نتيجتك في دليل التصويت' };
const printButton = { nl: 'Print je uitslag', en: 'Print your result', ar: 'اطبع نتيجتك' };

/** The statements of the demo gemeente GM9901 in `lang` (Dutch where a translation is missing). */
async function demoStatements(lang: Lang): Promise<string[]> {
  const index = await (await fetch(demoSrc)).json();
  const m = index.municipalities.find((x: { code: string }) => x.code === 'GM9901');
  return m.statements.map((st: { text: string | Record<string, string> }) => (typeof st.text === 'string' ? st.text : (st.text[lang] ?? st.text.nl)));
}

const norm = (s: string) => s.replace(/\s+/g, ' ');
const sentences = (el: StemhulpWidget) => [...el.shadowRoot!.querySelectorAll('[part~="party"] .party-line .visually-hidden')].map((s) => norm(s.textContent!).trim());

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
      await pressPrint(el, 'Print je uitslag');
      expect(el.hasAttribute('data-stemhulp-printing')).to.equal(true);
      const pdf = await executeServerCommand<Printed, { keep: string }>('print-pdf', { keep: `nl-${colorScheme}` });
      const text = norm(pdf.raw);
      expect(pdf.pages, colorScheme).to.equal(1);
      expect([Math.round(pdf.width), Math.round(pdf.height)], 'A4 in points').to.deep.equal([595, 842]);
      expect(text).to.match(new RegExp(`${topName} \\(lijst 1\\) ${topScore}%`));
      for (const part of [
        'Jouw uitslag van de stemhulp',
        'Aadorp · Testverkiezing · 18 maart 2026',
        'Jouw beste overeenkomsten',
        'Oordeel van Testorganisatie',
        'Jouw antwoorden',
        'Eens ★',
        'Stelling over opvang',
        'Oneens',
        'Overgeslagen',
        'example.org/stembureau',
        'stempas',
        'Stemhulp van Testorganisatie · example.org/org',
      ]) {
        expect(text, part).to.include(part);
      }
      for (const absent of [
        'Krantentekst',
        'Kop van de krant',
        'Deel je uitslag',
        'Print je uitslag',
        'Stemkaart',
        'Bekijk de standpunten',
        'Vorige',
        'Hoe werkt dit?',
        '▶',
        '▸',
      ]) {
        expect(text, absent).not.to.include(absent);
      }
      // The organisation's verdict beside the match: Alfa agrees with the advice on s1-s3 of s1-s4, 75%.
      expect(norm(/Partij Alfa.*$/m.exec(pdf.raw)![0])).to.match(/Partij Alfa \(lijst 1\) \d+% 75%/);
      // Gamma has no position on s4: left out of its verdict, which says what it rests on (never scored 0: that would be 75%).
      expect(text).to.match(/Partij Gamma \d+% 100% op 3 van 4 stellingen/);
      // A title of its own, the card's language, headings from the top level.
      expect(pdf.title).to.equal('Jouw uitslag van de stemhulp · Aadorp');
      expect(pdf.lang).to.equal('nl');
      expect(headings(pdf)).to.deep.equal(['H1', 'H2', 'H2', 'H2']);
      // Chromium fires afterprint after printing to PDF, as after the print dialog: the host page is as it was.
      await waitUntil(() => !el.hasAttribute('data-stemhulp-printing'), 'afterprint undoes the marks');
      await el.updateComplete;
      expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
      expect(el.shadowRoot!.querySelector('.stemkaart')).to.equal(null);
    }
  });

  for (const lang of ['nl', 'en', 'ar'] as Lang[]) {
    chromium(`prints in ${lang} on one page with the demo data (long names, five parties, ten statements), as a ${lang} document`, async () => {
      // A Dutch host page: the card's language and title must still be the card's own.
      const host = { lang: document.documentElement.getAttribute('lang'), title: document.title };
      document.documentElement.lang = 'nl';
      document.title = 'Kop van de krant';
      try {
        const el = await widgetIn({ lang, src: demoSrc });
        await shown(el, lang);
        await startDemo(el, lang);
        await answerUntilResult(el, lang);
        const [top] = sentences(el);
        await pressPrint(el, printButton[lang]);
        const pdf = await executeServerCommand<Printed, { keep: string }>('print-pdf', { keep: `demo-${lang}` });
        expect(pdf.pages).to.equal(1);
        expect(pdf.lang, '/Lang').to.equal(lang);
        expect(pdf.title?.replace(/[\u2068\u2069]/g, '')).to.equal(`${cardTitle[lang]} · Voorbeeldstad`);
        expect(headings(pdf)[0]).to.equal('H1');
        expect(
          headings(pdf).filter((h) => !['H1', 'H2'].includes(h)),
          'no deeper levels',
        ).to.deep.equal([]);
        // Cut at a word, never inside one: each "…" follows a whole word of a statement.
        const statementWords = new Set((await demoStatements(lang)).flatMap((st) => st.split(/\s+/)));
        const cuts = [...norm(pdf.raw).matchAll(/(\S+?)\s?…/g)].map((m) => m[1]);
        if (lang !== 'ar') {
          expect(cuts.length, 'some statements are cut').to.be.above(0);
          for (const word of cuts) expect(statementWords.has(word), `"${word}…"`).to.equal(true);
        }
        await waitUntil(() => !el.hasAttribute('data-stemhulp-printing'), 'afterprint undoes the marks');
        expect(document.documentElement.lang, 'the host page keeps its language').to.equal('nl');
        expect(document.title).to.equal('Kop van de krant');
        checkDemo(pdf, top, lang);
      } finally {
        if (host.lang === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.lang = host.lang;
        document.title = host.title;
      }
    });
  }

  chromium('prints only the parties chosen under Kies partijen, and says so', async () => {
    const el = await widgetIn({ lang: 'nl', src: basicSrc });
    await chooseGemeente(el, 'GM0001');
    await press(el, 'Start de stemhulp');
    await findByRole(el, 'heading', statementHeading('Stelling over opvang'));
    for (const a of ['Eens', 'Eens', 'Eens', 'Eens']) await press(el, a);
    await findByRole(el, 'heading', 'Jouw uitslag');
    await press(el, /^Kies partijen/);
    const group = await findByRole(el, 'group', 'Partijen');
    (getByRole(group, 'checkbox', 'Partij Alfa (lijst 1)') as HTMLInputElement).click();
    await waitUntil(() => !el.shadowRoot!.querySelector('li[data-key="p1"]'), 'Alfa out of the ranking');
    await pressPrint(el, 'Print je uitslag');
    const pdf = await executeServerCommand<Printed, { keep: string }>('print-pdf', { keep: 'chosen' });
    const text = norm(pdf.raw);
    expect(text).not.to.contain('Partij Alfa');
    expect(text).to.contain('Partij Beta');
    expect(text).to.contain('Alleen de 2 partijen die je koos, van de 3.');
    await waitUntil(() => !el.hasAttribute('data-stemhulp-printing'), 'afterprint undoes the marks');
  });
});

/** The demo card's top party and its percentage, as the result shows them. */
function checkDemo(pdf: Printed, top: string, lang: Lang) {
  const score = /(\d+)\D*$/.exec(top)?.[1];
  expect(score, top).to.match(/^\d+$/);
  // Without spaces and bidi marks, which pdftotext adds around Arabic runs.
  const bare = (x: string) => x.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const name = top.split(lang === 'ar' ? '،' : ',')[0].replace(/ \((lijst|list|القائمة) \d+\)$/, '');
  if (lang !== 'ar') expect(bare(pdf.raw)).to.include(bare(name));
  // pdftotext gives the words of an Arabic line in visual order: each word is there.
  else for (const word of name.split(' ')) expect(bare(pdf.raw)).to.include(bare(word));
  expect(bare(pdf.raw)).to.include(`${score}%`);
}
