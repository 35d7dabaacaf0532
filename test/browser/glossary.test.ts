/** The glossary's matching (src/core/glossary.ts), pure; and the bundled glossary's words in every language. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { active, demoSrc, find, press, shown, startDemo, widgetIn, words, type Lang } from '../harness/a11y-helpers.js';
import { accessibleName, chooseGemeente, getByRole, spyOn } from '../harness/helpers.js';
import { adversarial } from '../../bench/adversarial.mjs';
import { glossaryNl } from '../../src/i18n/nl/glossary.js';
import type { GlossaryEntry } from '../../src/core/types.js';
import { glossaryFor, markTerms, own, type Piece } from '../../src/core/glossary.js';
import { glossary as ar } from '../../src/i18n/ar/glossary.js';
import { glossary as en } from '../../src/i18n/en/glossary.js';
import { statementHeading } from '../harness/helpers.js';

const entry = (term: GlossaryEntry['term'], explanation: GlossaryEntry['explanation'], also?: GlossaryEntry['also']): GlossaryEntry => ({ term, explanation, also });
/** The marked words of `text`, in order. */
const marks = (text: string, lists: GlossaryEntry[][], lang = 'nl') =>
  markTerms(text, glossaryFor(lists, lang))
    .filter((p): p is Exclude<Piece, string> => typeof p !== 'string')
    .map((p) => p.text);

const azc = entry('azc', 'Asielzoekerscentrum.', ["azc's", 'asielzoekerscentrum']);

describe('glossary matching', () => {
  it('marks a whole word, ignoring case, and keeps every other character', () => {
    const g = glossaryFor([[azc]], 'nl');
    const pieces = markTerms('Het AZC blijft open.', g);
    expect(pieces.map((p) => (typeof p === 'string' ? p : `[${p.text}]`)).join('')).to.equal('Het [AZC] blijft open.');
    expect(marks('Azcentrum en razcx', [[azc]]), 'inside another word').to.deep.equal([]);
    expect(marks('azc', [[azc]]), 'the whole text').to.deep.equal(['azc']);
  });

  it('marks only the first use per text, also when a later one is another form', () => {
    expect(marks('Het azc en nog een azc; de azc’s.', [[azc]])).to.deep.equal(['azc']);
    expect(marks('Eerst een asielzoekerscentrum, dan het azc.', [[azc]])).to.deep.equal(['asielzoekerscentrum']);
  });

  it('shares "first use" across the paragraphs of one explanation when given the same set', () => {
    const g = glossaryFor([[azc]], 'nl');
    const seen = new Set<never>();
    expect(markTerms('Een azc.', g, seen)).to.have.length(3);
    expect(markTerms('Nog een azc.', g, seen)).to.deep.equal(['Nog een azc.']);
  });

  it('prefers the longest form at a place, whatever the apostrophe', () => {
    expect(marks("De azc's en", [[azc]])).to.deep.equal(["azc's"]);
    expect(marks('De azc’s en', [[azc]])).to.deep.equal(['azc’s']);
    expect(marks("De azc'sje", [[azc]]), 'the longer form is not a whole word here, the shorter is').to.deep.equal(['azc']);
    expect(marks('𝐀azc, 𝐀 azc', [[azc]]), 'a letter outside the BMP before it').to.deep.equal(['azc']);
  });

  it('matches multi-word terms across any run of spaces, and regex characters literally', () => {
    const coa = entry('Centraal Orgaan opvang asielzoekers', 'Het COA.');
    expect(marks('Het Centraal  Orgaan\nopvang asielzoekers regelt', [[coa]])).to.deep.equal(['Centraal  Orgaan\nopvang asielzoekers']);
    const plus = entry('C++ (taal)', 'Een taal.');
    expect(marks('Leer C++ (taal) of C+', [[plus]])).to.deep.equal(['C++ (taal)']);
  });

  it('matches in the language shown only; a term without text in that language is not marked', () => {
    const t = entry({ nl: 'statushouder', en: 'status holder' }, { nl: 'Uitleg.', en: 'Explanation.' });
    expect(marks('A status holder and a statushouder', [[t]], 'en')).to.deep.equal(['status holder']);
    expect(marks('Een statushouder', [[t]], 'nl')).to.deep.equal(['statushouder']);
    expect(marks('Een statushouder', [[entry({ en: 'statushouder' }, 'x')]], 'nl'), 'only an English entry').to.deep.equal([]);
    expect(marks('A statushouder', [[entry('statushouder', 'x')]], 'en'), 'a plain string is Dutch').to.deep.equal([]);
    expect(marks('A status holder', [[t]], 'en-GB'), 'base language').to.deep.equal(['status holder']);
  });

  it('gives the explanation in the language shown, else by the format fallback, with its own tag', () => {
    const t = entry({ nl: 'azc', en: 'azc' }, { nl: 'Dutch text' });
    const g = glossaryFor([[t]], 'en');
    const [, mark] = markTerms('The azc', g) as [string, Exclude<Piece, string>];
    expect(mark.term).to.deep.include({ term: 'azc', explanation: 'Dutch text', explanationLang: 'nl' });
  });

  it('a form two lists share belongs to the first list (the gemeente before the index before the bundled)', () => {
    const g = glossaryFor([[entry('azc', 'Van de gemeente.')], [entry('azc', 'Van de index.')]], 'nl');
    expect(g.byForm.get('azc')!.explanation).to.equal('Van de gemeente.');
  });

  it('whole words in Arabic: a vowel sign is part of the word, a prefixed form is its own form', () => {
    const t = entry({ ar: 'طالب اللجوء' }, { ar: 'شرح' }, [{ ar: 'لطالبي اللجوء' }]);
    expect(marks('موقع لطالبي اللجوء في حي', [[t]], 'ar')).to.deep.equal(['لطالبي اللجوء']);
    expect(marks('هذا طالب اللجوءً', [[t]], 'ar'), 'followed by a vowel sign').to.deep.equal([]);
  });

  it('an empty glossary or a language with no terms leaves the text whole', () => {
    expect(markTerms('Een azc', glossaryFor([], 'nl'))).to.deep.equal(['Een azc']);
    expect(markTerms('Ein azc', glossaryFor([[azc]], 'de'))).to.deep.equal(['Ein azc']);
  });

  it("a glossary past the format's limits never becomes one giant pattern: the text stays whole, nothing throws", () => {
    // Issue 23: 200 terms like "a a … 123b" once threw "Regular expression too large".
    const long = (i: number) => `${'a '.repeat(2500)}${i}b`;
    const huge = Array.from({ length: 200 }, (_, i) => entry(long(i), 'x', [long(i + 200)]));
    const text = `${'a '.repeat(3000)}7b`;
    expect(markTerms(text, glossaryFor([huge], 'nl'))).to.deep.equal([text]);
    // Past 20 other forms, and past 100 characters, a form is not looked for (the validator drops such entries with a warning).
    const many = entry(
      'a',
      'x',
      Array.from({ length: 30 }, (_, i) => `b${i}`),
    );
    expect(marks('b19 b20', [[many]]), 'the 20th form').to.deep.equal(['b19']);
    expect(marks('b20 b29', [[many]])).to.deep.equal([]);
    expect(marks(`${'c'.repeat(100)} en ${'d'.repeat(101)}`, [[entry('c'.repeat(100), 'x'), entry('d'.repeat(101), 'x')]])).to.deep.equal(['c'.repeat(100)]);
  });

  it('marking costs lookups in proportion to the text: a walk from each word is at most one form long', () => {
    // The worst the format allows: 200 terms of 20 other forms, each "a a a … a" up to 100 characters.
    const form = (i: number, j: number) => `${'a '.repeat(40 + (j % 9))}x${i}y${j}`.slice(0, 100);
    const lists = [
      Array.from({ length: 200 }, (_, i) =>
        entry(
          form(i, 0),
          'x',
          Array.from({ length: 20 }, (_, j) => form(i, j + 1)),
        ),
      ),
    ];
    const g = glossaryFor(lists, 'nl');
    const count = (text: string) => {
      let n = 0;
      const next = { get: (k: string) => (n++, g.next.get(k)), size: g.next.size } as unknown as typeof g.next;
      markTerms(text, { ...g, next });
      return n;
    };
    const small = count('ab ab a '.repeat(500));
    const big = count('ab ab a '.repeat(2000));
    // 'ab ab a ' is 6 tokens; a walk goes at most as far as the longest form (100 characters, 100 tokens).
    expect(big, 'lookups').to.be.at.most(2000 * 6 * 100);
    expect(big / small, 'four times the text, about four times the lookups').to.be.within(3.5, 4.5);
    const aaa = count('a '.repeat(5000));
    expect(aaa, "a text of the forms' own prefix").to.be.at.most(10_000 * 100);
  });

  it('own() never falls back', () => {
    expect(own({ nl: 'a', en: 'b' }, 'en-US')).to.equal('b');
    expect(own({ nl: 'a' }, 'ar')).to.equal(undefined);
    expect(own('a', 'nl-BE')).to.equal('a');
  });
});

describe('the bundled glossary', () => {
  it('has every word in Dutch, English and Arabic, each explanation within the format limit', () => {
    for (const [id, nl] of Object.entries(glossaryNl)) {
      for (const t of [nl, en[id], ar[id]]) {
        expect(t, id).to.exist;
        expect(t.term.trim(), id).to.not.equal('');
        expect(t.explanation.length, `${id}: ${t.explanation}`).to.be.within(20, 1000);
      }
    }
    expect(Object.keys(en)).to.have.members(Object.keys(glossaryNl));
    expect(Object.keys(ar)).to.have.members(Object.keys(glossaryNl));
  });

  it('covers the words the issue names, in the bundled speerpunten and demo statements', () => {
    const lists = [Object.values(glossaryNl).map((t) => entry(t.term, t.explanation, t.also))];
    expect(marks('Het azc, de statushouder, inburgering, noodopvang en het COA.', lists)).to.deep.equal(['azc', 'statushouder', 'inburgering', 'noodopvang', 'COA']);
  });
});

describe('hard words in the widget', function () {
  this.timeout(20_000);

  /** The statement `n` (1-based) of Voorbeeldstad in the demo data. */
  async function atStatement(lang: Lang, n: number) {
    const el = await widgetIn({ lang, src: demoSrc });
    await shown(el, lang);
    await startDemo(el, lang);
    for (let i = 1; i < n; i++) await press(el, 'button', words[lang].answers[3]);
    return el;
  }
  const heading = (el: StemhulpWidget) => el.shadowRoot!.querySelector<HTMLElement>('#statement-text')!;
  const region = (el: StemhulpWidget, button: HTMLElement) => el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;

  it('the first use of a term in the statement is marked, with a button below it that opens its explanation in place, and closes it', async () => {
    const el = await atStatement('nl', 5);
    const azc = getByRole(el, 'button', 'azc');
    // Outside the heading (issue 21): a screen reader reads the heading whole, with its progress.
    expect(heading(el).contains(azc), 'outside the statement').to.equal(false);
    expect(heading(el).nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Moeilijke woorden: Statushouders, azc');
    expect(
      [...heading(el).querySelectorAll('.term')].map((m) => m.textContent),
      'the words marked in the statement',
    ).to.deep.equal(['Statushouders', 'azc']);
    expect(heading(el).querySelector('[role="button"], [tabindex]'), 'nothing to stop at inside the heading').to.equal(null);
    expect(accessibleName(heading(el)), 'the statement, then its progress').to.match(/langer in het azc blijven\. Stelling 5 van 10$/);
    expect(azc.getAttribute('aria-expanded')).to.equal('false');
    const box = region(el, azc);
    expect(box.getAttribute('role')).to.equal('region');
    expect(box.hidden, 'closed at first').to.equal(true);
    await press(el, 'button', 'azc');
    expect(azc.getAttribute('aria-expanded')).to.equal('true');
    expect(box.hidden).to.equal(false);
    expect(accessibleName(box), 'the region is named by its word').to.equal('azc');
    expect(box.textContent).to.match(/azc: Asielzoekerscentrum: een plek waar asielzoekers wonen/);
    // Right below the statement and its line of hard words, among the explanations of its words.
    let next = heading(el).nextElementSibling!.nextElementSibling;
    while (next && next !== box && next.classList.contains('term-box')) next = next.nextElementSibling;
    expect(next, 'right below the statement').to.equal(box);
    await press(el, 'button', 'azc');
    expect(azc.getAttribute('aria-expanded')).to.equal('false');
    expect(box.hidden).to.equal(true);
  });

  it('opens by keyboard: Tab to the word, Enter', async () => {
    const el = await atStatement('nl', 5);
    heading(el).focus();
    for (let i = 0; i < 5 && accessibleName(active(el)!) !== 'Statushouders'; i++) await sendKeys({ press: 'Tab' });
    expect(accessibleName(active(el)!)).to.equal('Statushouders');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(region(el, active(el)!).textContent).to.contain('verblijfsvergunning');
  });

  it("marks once per statement and once per explanation, with the data's own entries beside the bundled ones", async () => {
    const el = await atStatement('nl', 6);
    const inHeading = [...el.shadowRoot!.querySelectorAll('.quiz .terms [role="button"]')].map((b) => b.textContent);
    expect(inHeading, 'Statushouders twice in the statement, marked once').to.deep.equal(['Statushouders']);
    el.shadowRoot!.querySelector<HTMLElement>('.explanation summary')!.click();
    await el.updateComplete;
    const inExplanation = [...el.shadowRoot!.querySelectorAll('.explanation [role="button"].term')].map((b) => b.textContent);
    expect(inExplanation, 'the index glossary (gemengd wonen), then the bundled one').to.deep.equal(['gemengd wonen', 'statushouders']);
    await press(el, 'button', 'gemengd wonen');
    expect(el.shadowRoot!.querySelector('.explanation .term-box:not([hidden])')!.textContent).to.contain('in dezelfde straat');
    await expect(el).to.be.accessible();
  });

  it('in English and Arabic, the words and explanations of that language', async () => {
    const en = await atStatement('en', 5);
    await press(en, 'button', 'azc');
    expect(en.shadowRoot!.querySelector('.term-box:not([hidden])')!.textContent).to.contain('a place where asylum seekers live');
    const ar = await atStatement('ar', 4);
    const marked = [...ar.shadowRoot!.querySelectorAll('.quiz .terms [role="button"]')].map((b) => b.textContent);
    expect(marked).to.deep.equal(['مؤسسات الإسكان', 'لحاملي تصريح الإقامة']);
    await press(ar, 'button', 'لحاملي تصريح الإقامة');
    expect(ar.shadowRoot!.querySelector('.term-box:not([hidden])')!.textContent).to.contain('لاجئ حصل على تصريح إقامة');
    await expect(ar).to.be.accessible();
  });
});

describe('hard words in text shown in another language than the widget', () => {
  it('a Dutch statement in an English widget is matched against Dutch terms, its explanation marked as Dutch; a gemeente entry wins', async () => {
    const el = await widgetIn({ lang: 'en', src: '/test/fixtures/glossary/index.json' });
    await shown(el, 'en');
    await chooseGemeente(el, 'GM9991');
    await press(el, 'button', 'Start the voting aid');
    await find(el, 'heading', statementHeading('Het azc in de ward blijft open.'));
    const marked = [...el.shadowRoot!.querySelectorAll('#statement-text .term')].map((b) => b.textContent);
    expect(marked, 'the English-only term is not looked for in Dutch text').to.deep.equal(['azc']);
    await press(el, 'button', 'azc');
    const box = el.shadowRoot!.querySelector('.term-box:not([hidden]) p')!;
    expect(box.textContent).to.equal('azc: Uitleg van de gemeente (fictieve voorbeelddata).');
    expect(box.getAttribute('lang')).to.equal('nl');
  });
});

describe('a glossary built to freeze the page (issue 23)', function () {
  this.timeout(30_000);
  const heading = (el: StemhulpWidget) => el.shadowRoot!.querySelector<HTMLElement>('#statement-text')!;

  it('a 1 MiB file of hard words past every limit: Start works, the statement is drawn, and *Belangrijk* does not mark it again', async () => {
    const k = `glossary-forms-${Date.now()}`;
    await fetch(`/__test/store/${k}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(adversarial('glossaryForms', 1024 * 1024)) });
    const warn = spyOn(console, 'warn');
    const el = await widgetIn({ lang: 'nl', src: `/__test/stored/${k}` });
    await shown(el, 'nl');
    await chooseGemeente(el, 'GM0001');
    warn.restore();
    expect(JSON.stringify(warn.calls), 'the data author is told').to.contain('expected at most 20 other forms, found 52428; the rest ignored');
    await press(el, 'button', words.nl.start);
    await waitUntil(() => el.shadowRoot!.querySelector('#statement-text, [role="alert"]'), 'the statement', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent, 'no error').to.equal(undefined);
    // The statement's own words (its heading also ends in the progress, for screen readers).
    expect(heading(el).querySelector('#statement-words')!.textContent!.trim()).to.equal('ab '.repeat(1666).trim());
    // Marked once per text: pressing Belangrijk draws the statement again without matching it again.
    const exec = spyOn(RegExp.prototype, 'exec');
    await press(el, 'button', words.nl.important);
    exec.restore();
    expect(getByRole(el, 'button', words.nl.important).getAttribute('aria-pressed')).to.equal('true');
    // Matching it again would be one exec per word (1,666 and more); what remains is the render's own
    // patterns (language tags, the screen's texts: 113 in Firefox with seven languages), not the statement's.
    expect(exec.calls.length, 'pattern matches while redrawing a statement of 1,666 words').to.be.below(400);
  });
});
