/**
 * What a screen reader says: @guidepup/virtual-screen-reader (its browser bundle) walks
 * the widget item by item, as a reader with a screen reader's "next item" and "activate"
 * would, in Dutch and Arabic, and the spoken phrases are asserted: the picker, each
 * statement with its progress, Belangrijk and the chosen answer with their pressed state,
 * each result sentence (against scores computed here from the data), a comparison, and
 * the verdict table with every number named by its party and column.
 * The virtual screen reader derives speech from the accessibility tree as the spec
 * defines it, not from NVDA, JAWS or VoiceOver (see README, Accessibility).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
// The browser bundle: the package's main entry needs Node's module resolution of CommonJS dependencies.
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { glossaryNl } from '../../src/i18n/nl/glossary.js';
import { localise } from '../../src/core/text.js';
import { longDate } from '../../src/ui/common/given-by.js';
import type { Answer, Index, Party, Statement } from '../../src/core/types.js';
import { strings as ar } from '../../src/i18n/ar/ui.js';
import { glossary as glossaryAr } from '../../src/i18n/ar/glossary.js';
import { nl } from '../../src/i18n/nl/ui.js';
import { nlResult } from '../../src/i18n/nl/result.js';
import { nlVerdict } from '../../src/i18n/nl/verdict.js';
import { matchParties, type UserAnswer } from '../../src/core/match.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { demoSrc, find, root, shown, widgetIn } from '../harness/a11y-helpers.js';
import { chooseGemeente } from '../harness/helpers.js';

const locales = { nl: { ...nl, ...nlResult, ...nlVerdict }, ar } as const;
type Lang = keyof typeof locales;

/** The answers given, statement by statement: every kind, and a skip. */
const given: (Answer | 'skip')[] = ['agree', 'disagree', 'neutral', 'agree', 'skip', 'disagree', 'agree', 'agree', 'neutral', 'disagree'];

const matches = (phrase: string, want: string | RegExp) => (typeof want === 'string' ? phrase === want : want.test(phrase));

/** "Next item" until the screen reader says `want`; fails with the last phrases heard. */
async function nextUntil(want: string | RegExp, max = 400): Promise<string> {
  for (let i = 0; i < max; i++) {
    await virtual.next();
    const phrase = await virtual.lastSpokenPhrase();
    if (matches(phrase, want)) return phrase;
  }
  const log = await virtual.spokenPhraseLog();
  throw new Error(`never heard ${String(want)}; the last phrases: ${JSON.stringify(log.slice(-12))}`);
}

/** Activates the item under the screen reader's cursor and waits until it says `then` (focus moved there). */
async function activate(el: StemhulpWidget, then: string | RegExp) {
  await virtual.act();
  await el.updateComplete;
  try {
    await waitUntil(async () => matches(await virtual.lastSpokenPhrase(), then), '', { timeout: 4000 });
  } catch {
    throw new Error(`after activating, expected to hear ${String(then)}; heard ${JSON.stringify((await virtual.spokenPhraseLog()).slice(-6))}`);
  }
}

/** The next `n` phrases. */
async function heard(n: number) {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    await virtual.next();
    out.push(await virtual.lastSpokenPhrase());
  }
  return out;
}

/** What is said when the cursor comes to the current item again (its state after a change). */
async function again() {
  await virtual.previous();
  await virtual.next();
  return virtual.lastSpokenPhrase();
}

describe('what a screen reader says', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await virtual.stop();
  });

  for (const lang of ['nl', 'ar'] as const satisfies readonly Lang[]) {
    it(`${lang}: picker, statements with Belangrijk, result sentences, a comparison`, async () => {
      const t = locales[lang];
      const answerWord = { agree: t.agree, neutral: t.neutral, disagree: t.disagree, skip: t.skip };
      const data: Index = await (await fetch(demoSrc)).json();
      const gemeente = data.municipalities.find((m) => m.code === 'GM9901')!;
      const { statements, parties } = gemeente as unknown as { statements: Statement[]; parties: Party[] };
      const text = (s: (typeof statements)[number]) => localise(s.text, lang);

      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      await find(el, 'combobox', t.gemeente);
      await virtual.start({ container: root(el) });

      // The picker: a required list, named by its label.
      expect(await nextUntil(/^combobox, /)).to.equal(`combobox, ${t.gemeente}, has popup listbox, not expanded, required`);
      await chooseGemeente(el, 'GM9901');
      await nextUntil(`button, ${t.start}`);
      // The statement and its progress as one name (issue 21), the hard words' buttons after it.
      const statementHeard = (i: number) => `heading, ${text(statements[i])} ${t.progress(i + 1, statements.length)}, level 3`;
      await activate(el, statementHeard(0));

      // A hard word in the statement: a collapsed button; activated, it is expanded and its explanation follows as a region.
      const word = { nl: 'asielzoekers', ar: 'لطالبي اللجوء' }[lang];
      await nextUntil(`button, ${word}, 1 control, not expanded`);
      await virtual.act();
      await el.updateComplete;
      expect(await again()).to.equal(`button, ${word}, 1 control, expanded`);
      expect(await nextUntil(/^region, /)).to.equal(`region, ${word}`);
      const entry = { nl: glossaryNl, ar: glossaryAr }[lang].asielzoeker;
      expect((await heard(4)).join(' ')).to.equal(`paragraph ${entry.term} : ${entry.explanation}`);

      // Belangrijk: a toggle whose pressed state is said.
      const important = `button, ${t.important} (${t.importantHint})`;
      await nextUntil(`${important}, not pressed`);
      await virtual.act();
      await el.updateComplete;
      expect(await again()).to.equal(`${important}, pressed`);

      // Each statement is said with its progress as soon as the previous one is answered.
      for (let i = 0; i < statements.length; i++) {
        await nextUntil(`button, ${answerWord[given[i]]}, not pressed`);
        await activate(el, i + 1 < statements.length ? statementHeard(i + 1) : `heading, ${t.resultHeading}, level 3`);
        if (i === 0) {
          // Back to the first statement: the chosen answer and Belangrijk are said as pressed.
          await nextUntil(`button, ${t.previous}`);
          await activate(el, statementHeard(0));
          await nextUntil(`${important}, pressed`);
          await nextUntil(`button, ${t.agree}, pressed`);
          await activate(el, statementHeard(1));
        }
      }

      // The result: one sentence per party, with the score computed here from the same answers.
      const answers = new Map<string, UserAnswer>(statements.map((s, i) => [s.id, { answer: given[i], important: i === 0 }]));
      const results = matchParties(statements, parties, answers, (p) => localise(p.name, lang), lang)!;
      for (const { party, score } of results) {
        const name = localise(party.name, lang) + (party.list ? ` (${t.listNumber(party.list)})` : '');
        await nextUntil(t.matchSentence(name, score));
      }

      // A comparison, opened from the screen reader: the statement, then the reader's answer and the party's position.
      const first = results[0].party;
      await virtual.stop();
      await virtual.start({ container: root(el) });
      // The hidden party name is absolutely positioned, so a space comes before its colon; speech ignores it.
      await nextUntil(`${t.compare} : ${localise(first.name, lang)}`);
      await virtual.act();
      await el.updateComplete;
      await nextUntil(text(statements[0]));
      // The reader's answer (with Belangrijk) and the party's position, each a term with its definition.
      await nextUntil('term');
      const position = first.positions[statements[0].id];
      const expected = [
        t.you,
        'end of term',
        'definition',
        t.agree,
        '(',
        t.important.toLowerCase(),
        ')',
        'end of definition',
        'term',
        first.shortName ?? localise(first.name, lang),
        'end of term',
        'definition',
        position ? answerWord[position.position] : t.unknownPosition,
        // Who gave it (issue 25), as its own line after the position.
        ...(position?.by === 'party' ? [t.verdict.byParty(position.date && longDate(position.date, lang))] : []),
        ...(position?.by === 'organisation' ? [t.verdict.byOrganisation(localise(data.organisation!.name, lang))] : []),
        ...(position?.explanation ? [localise(position.explanation, lang)] : []),
        'end of definition',
      ];
      expect(await heard(expected.length)).to.deep.equal(expected);
    });

    it(`${lang}: the verdict table, each number read with its party and its column`, async () => {
      const t = locales[lang];
      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      await find(el, 'combobox', t.gemeente);
      await chooseGemeente(el, 'GM9901');
      await virtual.start({ container: root(el) });
      await nextUntil(`button, ${t.verdictOpen}`);
      const name = localise(((await (await fetch(demoSrc)).json()) as Index).municipalities.find((m) => m.code === 'GM9901')!.name, lang);
      await activate(el, `heading, ${t.verdict.heading(name)}, level 3`);
      const organisation = el.shadowRoot!.querySelector('table caption')!.textContent!;
      expect(await nextUntil(/^table, /)).to.equal(`table, ${organisation.trim()}`);

      // The column headers first, as shown, from Partij to Totaal.
      await nextUntil(/^row, /);
      const columns: string[] = [];
      // (A header's own text, isolated in a <bdi>, is heard again after it: only the headers count here.)
      for (let [phrase] = await heard(1); !phrase.startsWith('end of row'); [phrase] = await heard(1))
        if (phrase.startsWith('columnheader, ')) columns.push(phrase.slice('columnheader, '.length));
      const shownColumns = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
      expect(columns).to.deep.equal(shownColumns);
      expect(columns[0]).to.equal(t.verdict.party);
      expect(columns.at(-1)).to.equal(t.verdict.total);

      // Then each party's row: its header, then every number named with the party and the column it is in.
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr.verdict-row')];
      expect(rows.length).to.be.greaterThan(1);
      for (const row of rows) {
        const party = row.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim();
        await nextUntil(`rowheader, ${party}`);
        const partyName = party.replace(/\s*\([^)]*\)$/, '');
        for (const column of columns.slice(1)) {
          // The cell is named by its content: the hidden "party, column:" and the number.
          const cell = await nextUntil(/^cell, /);
          const named = cell.startsWith(`cell, ${t.verdict.cell(partyName, column)} `) || cell === `cell, ${t.verdict.none}`;
          expect(named, `${party} / ${column}: ${cell}`).to.equal(true);
        }
      }
    });
  }
});
