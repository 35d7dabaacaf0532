/**
 * What a screen reader says on one walk (start, a gemeente, every statement answered, the
 * result) in Tigrinya and Persian (issue 26), with @guidepup/virtual-screen-reader as in
 * screen-reader.test.ts: the transcript is in the language (no Dutch interface text, the
 * data's own texts apart) and is kept in test/generated/transcripts/<lang>.<engine>.txt
 * for people to read. Until ti and fa are in the registry (src/i18n/index.ts), the walk
 * runs in English and Arabic in their place.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { waitUntil } from '../harness/wait.js';
import type { Index, Party, Statement } from '../../src/core/types.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { engine } from '../harness/engines.js';
import { demoSrc, find, root, shown, widgetIn } from '../harness/a11y-helpers.js';
import { dataTexts, dutchIn, fold, localeOf, registered } from '../harness/languages.js';

const wanted = ['ti', 'fa'].filter((l) => registered.includes(l));
/** ti and fa once registered; English and Arabic (left to right, right to left) in the place of those not yet there. */
const walked = [...wanted, ...['en', 'ar'].filter((l) => registered.includes(l))].slice(0, 2);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matches = (phrase: string, want: string | RegExp) => (typeof want === 'string' ? phrase === want : want.test(phrase));

/** "Next item" until the screen reader says `want`; fails with the last phrases heard. */
async function nextUntil(want: string | RegExp, max = 400): Promise<string> {
  for (let i = 0; i < max; i++) {
    await virtual.next();
    const phrase = await virtual.lastSpokenPhrase();
    if (matches(phrase, want)) return phrase;
  }
  throw new Error(`never heard ${String(want)}; the last phrases: ${JSON.stringify((await virtual.spokenPhraseLog()).slice(-12))}`);
}

/** Activates the item under the cursor and waits until the screen reader says `then` (where focus went). */
async function activate(el: StemhulpWidget, then: string | RegExp) {
  await virtual.act();
  await el.updateComplete;
  try {
    await waitUntil(async () => matches(await virtual.lastSpokenPhrase(), then), '', { timeout: 4000 });
  } catch {
    throw new Error(`after activating, expected to hear ${String(then)}; heard ${JSON.stringify((await virtual.spokenPhraseLog()).slice(-6))}`);
  }
}

describe('a screen reader’s transcript of one walk', function () {
  this.timeout(90_000);
  afterEach(async () => {
    await virtual.stop();
  });

  it('walks ti and fa when registered, else en and ar in their place', () => {
    expect(walked).to.have.length(2);
    expect(walked).to.include.members(wanted);
  });

  for (const lang of walked) {
    it(`${lang}: start, a gemeente, every statement, the result, all said in ${lang}`, async () => {
      const { strings: t } = await localeOf(lang);
      const data = await dataTexts(demoSrc);
      const index: Index = await (await fetch(demoSrc)).json();
      const { statements, parties } = index.municipalities.find((m) => m.code === 'GM9901') as unknown as { statements: Statement[]; parties: Party[] };
      const sentence = new RegExp(
        `^${escape(fold(t.matchSentence('\u0001', 42)))
          .replace('\u0001', '.+')
          .replace('42', '\\d{1,3}')}$`,
      );
      const answers = [t.agree, t.disagree, t.neutral, t.agree, t.skip];

      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      const select = (await find(el, 'combobox', t.gemeente)) as HTMLSelectElement;
      await virtual.start({ container: root(el) });
      await nextUntil(/^combobox, /);
      // A list box is chosen from by the platform's own control, which the virtual screen reader has not.
      select.value = 'GM9901';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      await nextUntil(`button, ${t.start}`);
      // Each statement is said with its progress as the heading focus lands on.
      const heading = (i: number) => new RegExp(`^heading, .* ${escape(t.progress(i + 1, statements.length))}, level 3$`);
      await activate(el, heading(0));
      for (let i = 0; i < statements.length; i++) {
        await nextUntil(`button, ${answers[i % answers.length]}, not pressed`);
        await activate(el, i + 1 < statements.length ? heading(i + 1) : `heading, ${t.resultHeading}, level 3`);
      }
      // The result as it is read on: the introduction, every party's sentence, a few items after.
      let said = 0;
      for (let i = 0; i < 300 && said < parties.length; i++) {
        await virtual.next();
        if (sentence.test(fold(await virtual.lastSpokenPhrase()))) said++;
      }
      expect(said, 'a sentence per party').to.equal(parties.length);
      for (let i = 0; i < 12; i++) await virtual.next();

      const log = await virtual.spokenPhraseLog();
      const transcript = log.join('\n');
      const saved = await executeServerCommand<string, { path: string; text: string }>('save-artifact', {
        path: `transcripts/${lang}.${engine}.txt`,
        text: `# What a screen reader says on one walk (test/browser/languages-transcript.test.ts), ${lang}, ${engine}\n${transcript}\n`,
      });
      expect(saved).to.equal(`test/generated/transcripts/${lang}.${engine}.txt`);

      expect(dutchIn(transcript, data), 'Dutch interface text heard').to.deep.equal([]);
      const heard = fold(transcript);
      for (const said of [t.gemeente, t.start, t.progress(1, statements.length), t.agree, t.resultHeading, t.notAdvice]) expect(heard, 'heard').to.contain(fold(said));
    });
  }
});
