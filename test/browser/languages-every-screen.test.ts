/**
 * Every screen a reader can reach, in every language of the registry (src/i18n/index.ts):
 * a language added there is tested here without a line of this file changed (issue 26).
 * On each screen: (a) no Dutch interface text is left (the strings of src/i18n/nl/* of two
 * words or more, test/harness/languages.ts), apart from the data's own texts; (b) the
 * widget says the language and its direction, and a part in another language is data
 * marked as such; (c) axe finds nothing; (d) no character is drawn as a missing glyph
 * (test/harness/glyphs.ts, whose own check is the first describe below). And the dates the
 * data gives are shown Gregorian, in Latin digits, without a Dutch month name.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import type { Index } from '../../src/core/types.js';
import { isRtl } from '../../src/core/lang.js';
import { localise } from '../../src/core/text.js';
import { words } from '../../src/i18n/tools.js';
import { read as nlRead } from '../../src/i18n/nl/read.js';
import type { Parts } from '../../src/i18n/part-types.js';
import { formStrings } from '../../src/i18n/form.js';
import { nl } from '../../src/i18n/nl/ui.js';
import { demoSrc, find, frameAccessible, press, root, shown, widgetIn } from '../harness/a11y-helpers.js';
import { allByRole, findByRole, getByRole, queryByRole } from '../harness/helpers.js';
import { isMissing, missingGlyphs } from '../harness/glyphs.js';
import { can } from '../harness/engines.js';
import { dataTexts, dutchExplanations, dutchIn, fold, isData, localeOf, readerText, registered, type AllStrings } from '../harness/languages.js';

const faultsSrc = '/test/fixtures/faults/index.json';
const formSrc = '/test/fixtures/form/index.json';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the missing-glyph check', () => {
  const fonts = ['normal 400 40px sans-serif', 'normal 700 40px serif', 'italic 400 40px "Noto Sans", sans-serif', 'normal 400 40px system-ui, sans-serif'];

  it('reports characters no font has: private use, unassigned, noncharacters, in every font and language', () => {
    const none = ['\uE123', '\uF8F0', '\u0378', '\uFDD0', '\u{F0000}', '\u{10FFFC}'];
    const missed = fonts.flatMap((f) =>
      ['', 'ti', 'fa', ...registered].flatMap((lang) => none.filter((c) => !isMissing(c, f, lang)).map((c) => `U+${c.codePointAt(0)!.toString(16)} ${f} ${lang}`)),
    );
    expect(missed).to.deep.equal([]);
  });

  it('does not report letters of the scripts the widget is written in (Latin, Arabic, Persian, Cyrillic, Ethiopic), nor a drawn box', () => {
    const letters = [...'AaÿïéŁ€%ءبیپچژگ۱٪ґєїЖሰትኣጀ፡።□', '\u0651'];
    const reported = fonts.flatMap((f) => ['', 'ti', 'fa', 'uk', ...registered].flatMap((lang) => letters.filter((c) => isMissing(c, f, lang)).map((c) => `${c} ${f} ${lang}`)));
    expect(reported).to.deep.equal([]);
  });

  it('finds the one missing character in a page part, with its code', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p lang="ti">ሰላም \uE123 ok</p><p lang="fa" dir="rtl">سلام ۱۲</p><p hidden>\uE124</p>';
    document.body.append(div);
    try {
      expect(missingGlyphs(div).map((m) => m.code)).to.deep.equal(['U+E123']);
    } finally {
      div.remove();
    }
  });
});

/** Chooses a gemeente in the picker labelled `label` (the language's word for it). */
async function choose(el: StemhulpWidget, label: string, code: string) {
  const select = (await find(el, 'combobox', label)) as HTMLSelectElement;
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('the Dutch-text check', () => {
  it('finds the Dutch interface of a Dutch widget, but not its data', async () => {
    const data = await dataTexts(demoSrc);
    const el = await widgetIn({ lang: 'nl', src: demoSrc });
    await find(el, 'combobox', nl.gemeente);
    await choose(el, nl.gemeente, 'GM9901');
    const found = dutchIn(readerText(el.shadowRoot!), data);
    expect(found).to.include.members([nl.keyPointsHeading, nl.chooseGemeente, nl.voteCheck, nl.verdictOpen, nl.start]);
  });

  it('finds a sentence around a name or a number, and leaves the data alone', () => {
    expect(dutchIn('Stelling 3 van 10', [])).to.include('Stelling … van');
    expect(dutchIn('x De gegevens voor Verweggistan konden niet worden geladen. y', [])).to.include('De gegevens voor … konden niet worden geladen.');
    expect(dutchIn('Wat vinden de partijen?', ['Wat vinden de partijen?']), 'a data text that says what the interface says').to.deep.equal([]);
    expect(dutchIn('Eens', []), 'one word').to.deep.equal([]);
  });
});

/** A sentence written by `sentence` with anything of up to 60 characters for its argument (a name isolated with FSI … PDI, a date). */
const sentenceRe = (sentence: (hole: string) => string) =>
  new RegExp(
    sentence('\u0001')
      .split('\u0001')
      .map((p) => escape(fold(p)))
      .join('\\s*(.{1,60}?)\\s*'),
    'u',
  );

/**
 * The date in a sentence written by `sentence` (a string function whose argument is the
 * date). Where nothing follows the date in the sentence, it ends at its first number of
 * four digits (the year, in any calendar and digits) and what sticks to it.
 */
function dateIn(text: string, sentence: (date: string) => string) {
  const [before, after] = sentence('\u0001')
    .split('\u0001')
    .map((p) => escape(fold(p)));
  const m = new RegExp(`${before}\\s*(${after ? `.{4,40}?)\\s*${after}` : '.{0,30}?\\p{Nd}{4}\\S*)'}`, 'u').exec(text);
  return m?.[1];
}

const dutchMonths = /januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december/i;
const englishMonths = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * A date of the data as shown in `lang`: the Gregorian year and day in Latin digits; no
 * Dutch month, nor (outside English) an English one: what an engine writes for a language
 * its Intl does not have (Chromium has no ti and no so) is en-US.
 */
function expectGregorian(shown: string | undefined, what: string, day: string, lang?: string) {
  expect(shown, `${what}: the date shown`).to.be.a('string');
  expect(shown!, what).to.match(/\b2026\b/);
  // The day as a word (18 maart) or, where the engine has no dates in the language, as on a Dutch letter (02-02-2026).
  expect(shown!, what).to.match(new RegExp(`\\b0?${day}\\b`));
  expect(shown!, `${what}: digits other than 0–9`).not.to.match(/[^\P{Nd}0-9]/u);
  expect(shown!, `${what}: another calendar's year`).not.to.match(/\b(140[345]|2018|2019|5786|1447)\b/);
  expect(shown!, `${what}: a Dutch month`).not.to.match(dutchMonths);
  if (lang && lang !== 'en') expect(shown!, `${what}: an English month (this engine's Intl has no ${lang}?)`).not.to.match(englishMonths);
}

const withHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

for (const lang of registered) {
  const dir = isRtl(lang) ? 'rtl' : 'ltr';

  describe(`${lang}: every screen in ${lang}, ${dir}, axe clean, no missing glyph`, function () {
    // Eleven screens, each checked by axe, on a shared two-core machine.
    this.timeout(120_000);
    let s: AllStrings;
    let share: NonNullable<Awaited<ReturnType<typeof localeOf>>['extras']>;
    /** The language's parts chunk: the words of *Mag ik stemmen?*, the card, kiosk mode and *Lees voor*. */
    let parts: Parts;
    let data: string[];
    let index: Index;

    before(async () => {
      const l = await localeOf(lang);
      s = l.strings;
      share = l.extras!;
      parts = await words[lang]();
      data = [...(await dataTexts(demoSrc)), ...(await dataTexts(faultsSrc, { files: false })), ...(await dataTexts(formSrc))].sort((a, b) => b.length - a.length);
      index = await (await fetch(demoSrc)).json();
    });
    afterEach(() => withHash(''));

    /** The widget as it is now: language, direction, other languages only on data, no Dutch, no missing glyph, axe. */
    async function check(el: StemhulpWidget, what: string) {
      await el.updateComplete;
      const r = root(el);
      expect([r.lang, r.dir, getComputedStyle(r).direction], `${what}: lang, dir, direction`).to.deep.equal([lang, dir, dir]);
      // A part marked in another language is the data's Dutch (no translation in the data),
      // or the browser's own message (English in every engine) under Details of an error, or
      // a hard word of Dutch data explained by the Dutch glossary: the widget explains a word
      // in the language of the text it stands in (src/ui/quiz/quiz.ts), so a statement the
      // data has only in Dutch gets the Dutch explanation, marked as Dutch.
      const marked = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[lang]')].filter((e) => e !== r && e.getAttribute('lang') !== lang && e.getClientRects().length);
      const explained = (e: HTMLElement) => e.lang === 'nl' && !!e.closest('.term-box') && dutchExplanations.some((x) => fold(e.innerText).includes(x));
      const wrong = marked
        .filter((e) => !(e.lang === 'nl' && isData(e.innerText, data)) && !explained(e) && !(e.lang === 'en' && e.closest('.error details')))
        .map((e) => `${e.lang}: ${e.innerText.slice(0, 80)}`);
      expect(wrong, `${what}: parts in another language that are not data`).to.deep.equal([]);
      const dataHere = [...marked.filter(explained).map((e) => fold(e.innerText)), ...data].sort((a, b) => b.length - a.length);
      expect(dutchIn(readerText(el.shadowRoot!), dataHere), `${what}: Dutch interface text`).to.deep.equal([]);
      expect(missingGlyphs(el.shadowRoot!), `${what}: characters no font draws`).to.deep.equal([]);
      await expect(el, what).to.be.accessible();
    }

    /** Opens every closed disclosure in `part` (comparisons, Hoe werkt dit?, the tools, Lees meer). */
    async function openAll(el: StemhulpWidget, part: string) {
      for (const summary of el.shadowRoot!.querySelectorAll<HTMLElement>(`${part} details:not([open]) > summary`)) summary.click();
      await el.updateComplete;
    }

    it('start with the speerpunten, Mag ik stemmen?, the verdict, a statement with Moeilijke woorden, the result with compare, Hoe werkt dit? and every tool, print card, share, kiosk', async () => {
      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      await find(el, 'combobox', s.gemeente);
      await openAll(el, '.key-points');
      await check(el, 'start');

      // Mag ik stemmen? with every question answered that applies.
      await choose(el, s.gemeente, 'GM9901');
      (await find(el, 'button', s.voteCheck)).click();
      await findByRole(el, 'group', undefined, 8000);
      expect(readerText(el.shadowRoot!)).to.contain(fold(parts.vote.intro));
      for (let i = 0; i < 6 && !el.shadowRoot!.querySelector('.vote-outcome[role="status"]')?.textContent?.trim(); i++) {
        const open = allByRole(el, 'group').find((g) => !g.querySelector('input:checked'));
        if (!open) break;
        // The last choice of each question: "not sure", "another country", so every question shows.
        const radios = allByRole(open, 'radio');
        radios[radios.length - 1].click();
        await el.updateComplete;
      }
      expect(el.shadowRoot!.querySelector('.vote-outcome[role="status"]')!.textContent, 'an outcome').to.match(/\p{L}/u);
      await check(el, 'Mag ik stemmen?');

      // The verdict, with its disclosures open (corrections, what a verdict rests on).
      (await find(el, 'button', s.verdictOpen)).click();
      const name = localise(index.municipalities.find((m) => m.code === 'GM9901')!.name, lang);
      await find(el, 'heading', s.verdict.heading(name), 8000);
      await openAll(el, '.verdict');
      await check(el, 'the verdict');

      // On to the quiz: a statement with its explanation and a hard word open.
      getByRole(el, 'button', new RegExp(`^${escape(s.start)}`)).click();
      await waitUntil(() => el.shadowRoot!.querySelector('#statement-text'), 'the first statement');
      await openAll(el, '.quiz');
      // The hard words are marked once the glossary is matched (after the statement is drawn).
      await waitUntil(() => el.shadowRoot!.querySelector('.terms [role="button"]'), `a hard word (${s.hardWords}) in the first statement`);
      const word = el.shadowRoot!.querySelector<HTMLElement>('.terms [role="button"]');
      word!.click();
      await el.updateComplete;
      await waitUntil(() => word!.getAttribute('aria-expanded') === 'true', 'the word explained');
      await check(el, 'a statement with Meer uitleg and Moeilijke woorden open');

      // Every statement answered, every kind of answer.
      const answers = [s.agree, s.disagree, s.neutral, s.skip];
      const result = () => el.shadowRoot!.querySelector('#result-heading');
      for (let i = 0; i < 30 && !result(); i++) {
        const answer = answers[i % 4];
        if (!queryByRole(el, 'button', answer)) await waitUntil(() => result() || queryByRole(el, 'button', answer), 'the next statement or the result');
        if (!result()) await press(el, 'button', answer);
      }
      await find(el, 'heading', s.resultHeading, 8000);
      await waitUntil(() => el.shadowRoot!.querySelector('.how'), 'the whole result');
      await check(el, 'the result');

      // Compare, Hoe werkt dit?, Kies partijen, Antwoorden aanpassen, Naast elkaar: all open.
      await openAll(el, '.result');
      await waitUntil(() => el.shadowRoot!.querySelector('.tool-parties input[type="checkbox"]') && el.shadowRoot!.querySelector('.tool-side input[type="checkbox"]'), 'the tools');
      for (const box of [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.tool-side input[type="checkbox"]')].slice(0, 2)) box.click();
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('.tool-side table'), 'two parties side by side');
      await check(el, 'the result with every comparison and tool open');

      // Closed again: axe then reads the result once more, not every comparison (seconds in WebKit).
      for (const summary of el.shadowRoot!.querySelectorAll<HTMLElement>('.result details[open] > summary')) summary.click();
      await el.updateComplete;
      await waitUntil(() => !el.shadowRoot!.querySelector('.result details[open]'), 'the disclosures closed');

      // Share (the link copied, as on a computer), then the print card as it is printed.
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
      await press(el, 'button', share.share);
      await waitUntil(() => el.shadowRoot!.querySelector('.share-status')!.textContent, 'the link copied');
      expect(el.shadowRoot!.querySelector('.share-status')!.textContent).to.equal(share.copied);
      await check(el, 'the link shared');
      // print() held back until the widget has called it, not only until the card is drawn: it
      // calls print() once the render that draws the card has settled, a few microtasks later.
      // Put back before that, the real print() runs, and in headless Firefox it never returns
      // (the page stops, with every timer, until the runner gives up on it).
      let printed = 0;
      const print = window.print;
      window.print = () => void printed++;
      try {
        await press(el, 'button', share.print);
        await waitUntil(() => printed && el.shadowRoot!.querySelector('.stemkaart'), 'print() called, with the card drawn');
      } finally {
        window.print = print;
      }
      expect(printed, 'print() called once').to.equal(1);
      // The card is shown in print only: its words are checked where it is, whatever the medium;
      // printed (where the engine can emulate print media) it is checked whole, glyphs and axe too.
      const card = fold(el.shadowRoot!.querySelector('.stemkaart')!.textContent!);
      expect(card).to.contain(fold(parts.card.answers));
      expect(dutchIn(card, data), 'the print card: Dutch interface text').to.deep.equal([]);
      if (can.emulateMedia) {
        await emulateMedia({ media: 'print' });
        try {
          expect(readerText(el.shadowRoot!), 'printed').to.contain(fold(parts.card.answers));
          await check(el, 'the print card, printed');
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      } else await check(el, 'the result with the print card (not shown on screen)');
      window.dispatchEvent(new Event('afterprint'));

      // Kiosk mode: after a second untouched, the question.
      el.setAttribute('kiosk', '1');
      await el.updateComplete;
      await find(el, 'dialog', parts.kiosk.question, 10_000);
      await check(el, 'the kiosk question');
    });

    it('Lees voor: its button where a voice speaks the language, none where none does', async () => {
      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      await find(el, 'combobox', s.gemeente);
      const voice = (window.speechSynthesis?.getVoices() ?? []).some((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
      const name = parts.read.read;
      if (voice) {
        await find(el, 'button', name, 8000);
        await check(el, 'Lees voor');
      } else {
        // Headless engines have no voices: no button, in this language or Dutch.
        expect(queryByRole(el, 'button', name)).to.equal(undefined);
        expect(queryByRole(el, 'button', nlRead.read)).to.equal(undefined);
      }
    });

    it('errors: the data that does not load, and a gemeente that does not', async () => {
      const failing = await widgetIn({ lang, src: '/__test/status/500' });
      await shown(failing, lang);
      await find(failing, 'alert', undefined, 8000);
      await openAll(failing, '.error');
      expect(readerText(failing.shadowRoot!)).to.contain(fold(s.errorKind.http));
      await check(failing, 'the data not loaded');
      failing.remove();

      const el = await widgetIn({ lang, src: faultsSrc });
      await shown(el, lang);
      await choose(el, s.gemeente, 'GM0103');
      await press(el, 'button', new RegExp(`^${escape(s.start)}`));
      await find(el, 'alert', undefined, 8000);
      await waitUntil(() => sentenceRe(s.errorGemeente).test(readerText(el.shadowRoot!)), 'the gemeente’s error');
      await openAll(el, '.error');
      await check(el, 'a gemeente not loaded');
    });

    it('the party form, dist/partijformulier.html, with the language in its link', async () => {
      const box = document.createElement('div');
      const frame = document.createElement('iframe');
      frame.title = 'Partijformulier';
      frame.style.cssText = 'width: 700px; height: 700px; border: 0';
      frame.src = `/dist/partijformulier.html#gegevens=${encodeURIComponent(formSrc)}&gemeente=GM0101&partij=p1&code=ABCD2345EFGH&lang=${lang}`;
      box.append(frame);
      document.body.append(box);
      try {
        await waitUntil(() => frame.contentDocument?.querySelector('.statement'), 'the form', { timeout: 15_000 });
        const doc = frame.contentDocument!;
        const f = formStrings[lang];
        // An answer and a refused source, so their messages show too.
        (doc.querySelector<HTMLInputElement>('.statement input[type="radio"]') as HTMLInputElement).click();
        const src = doc.querySelector<HTMLInputElement>('.statement input[type="url"]')!;
        src.value = 'ftp://example.org';
        src.dispatchEvent(new Event('input'));
        src.dispatchEvent(new Event('change'));
        await waitUntil(() => src.getAttribute('aria-invalid') === 'true', 'the source refused');
        expect([doc.documentElement.lang, doc.documentElement.dir || 'ltr', getComputedStyle(doc.body).direction], 'lang, dir, direction').to.deep.equal([lang, dir, dir]);
        expect(readerText(doc.body)).to.contain(fold(f.sourceInvalid));
        const marked = [...doc.body.querySelectorAll<HTMLElement>('[lang]')].filter((e) => e.lang !== lang && e.getClientRects().length);
        expect(
          marked.filter((e) => !(e.lang === 'nl' && isData(e.innerText, data))).map((e) => `${e.lang}: ${e.innerText.slice(0, 80)}`),
          'parts in another language that are not data',
        ).to.deep.equal([]);
        expect(dutchIn(readerText(doc.body), data), 'Dutch interface text').to.deep.equal([]);
        expect(missingGlyphs(doc.body), 'characters no font draws').to.deep.equal([]);
        await frameAccessible(frame);
      } finally {
        box.remove();
      }
    });

    it('the dates of the data: Gregorian, 2026, in Latin digits, no Dutch (nor English) month', async () => {
      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      await choose(el, s.gemeente, 'GM9901');
      (await find(el, 'button', s.voteCheck)).click();
      await findByRole(el, 'group', undefined, 8000);
      const v = parts.vote;
      const text = readerText(el.shadowRoot!);
      // election.date 2026-03-18 in the first question, election.nominationDate 2026-02-02 in the second.
      expectGregorian(
        dateIn(text, (d) => v.age(d)),
        'Mag ik stemmen?, the election day',
        '18',
        lang,
      );
      expectGregorian(
        dateIn(text, (d) => v.lives(localise(index.municipalities.find((m) => m.code === 'GM9901')!.name, lang), d)),
        'Mag ik stemmen?, the nomination day',
        '2',
        lang,
      );
      (await find(el, 'button', s.verdictOpen)).click();
      await waitUntil(() => el.shadowRoot!.querySelector('.verdict'), 'the verdict');
      // The gemeente's `updated` (2026-03-03) under the verdict table.
      expectGregorian(
        dateIn(readerText(el.shadowRoot!), (d) => s.verdict.updated(d)),
        'the verdict, updated',
        '3',
        lang,
      );
      el.remove();

      // The result's next steps name the election and its day (a shared result shows them at once).
      withHash('#stemhulp=1.GM9901.s1-A_s2-d_s3-n_s4-s');
      const shared = await widgetIn({ lang, src: demoSrc });
      await shown(shared, lang);
      await waitUntil(() => shared.shadowRoot!.querySelector('.result .how'), 'the shared result', { timeout: 15_000 });
      const election = localise(index.election!.name, lang);
      expectGregorian(
        dateIn(readerText(shared.shadowRoot!), (d) => s.electionOn(election, d)),
        'the result, the election day',
        '18',
        lang,
      );
    });
  });
}

describe('dates per engine: Intl with the Gregorian calendar asked for', () => {
  it('writes 18 March 2026 with 2026 and Latin digits in every registered language', () => {
    const day = new Date('2026-03-18T00:00:00Z');
    for (const lang of registered) {
      const shown = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn', calendar: 'gregory' }).format(day);
      // What the widget will ask once its dates say 'gregory' (fa's default is the Persian
      // calendar). Whether the engine has the language at all is the widget's test above.
      expectGregorian(shown, lang, '18');
    }
  });
});
