/**
 * *Mag ik stemmen?* on the start screen: its own chunk, fetched only when opened; each
 * outcome with the dates from the data; the link to `links.voting` (or the advice to ask
 * the gemeente); keyboard only; axe in nl and ar; the answers forgotten on closing and
 * never in a share link.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { accessibleName, allByRole, chooseGemeente, findByRole, getByRole, queryByRole } from '../harness/helpers.js';
import { statementHeading } from '../harness/helpers.js';
import { active } from '../harness/a11y-helpers.js';

const SRC = '/test/fixtures/vote/index.json';
const BARE = '/test/fixtures/vote/bare.json';

async function widget(src = SRC, lang = 'nl') {
  const el = await fixture<StemhulpWidget>(html`<stemhulp-widget lang=${lang} src=${src}></stemhulp-widget>`);
  await chooseGemeente(el, 'GM0001');
  return el;
}

/** Opens *Mag ik stemmen?* (or its Arabic) and waits for its first question. */
async function open(el: StemhulpWidget, name = 'Mag ik stemmen?') {
  (await findByRole(el, 'button', name, 5000)).click();
  await findByRole(el, 'group', undefined, 5000);
  await el.updateComplete;
}

/** Chooses `answer` in the question named `question`, as a tap would. */
async function choose(el: StemhulpWidget, question: string, answer: string) {
  const group = await findByRole(el, 'group', question, 3000);
  getByRole(group, 'radio', answer).click();
  await el.updateComplete;
}

const outcome = (el: StemhulpWidget) => el.shadowRoot!.querySelector('.vote-outcome[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

const Q = {
  age: 'Ben je op 18 maart 2026 18 jaar of ouder?',
  lives: 'Woon je op 2 februari 2026 in Voorbeeldstad?',
  nationality: 'Welke nationaliteit heb je?',
  residence: 'Woon je op 2 februari 2026 al vijf jaar of langer in Nederland met een verblijfsvergunning?',
};

/** Answers all questions that apply; `residence` only for another nationality. */
async function answer(el: StemhulpWidget, a: { age: string; lives: string; nationality: string; residence?: string }) {
  await choose(el, Q.age, a.age);
  await choose(el, Q.lives, a.lives);
  await choose(el, Q.nationality, a.nationality);
  if (a.residence) await choose(el, Q.residence, a.residence);
}

const EU = 'Van een ander land in de Europese Unie';
const OTHER = 'Van een ander land, of geen nationaliteit';

describe('Mag ik stemmen?', function () {
  this.timeout(60_000);

  it('is a closed disclosure once a gemeente is chosen; its chunk is fetched only when it opens; axe clean closed and open', async () => {
    const el = await fixture<StemhulpWidget>(html`<stemhulp-widget src=${SRC}></stemhulp-widget>`);
    await findByRole(el, 'combobox', 'Gemeente', 5000);
    expect(queryByRole(el, 'button', 'Mag ik stemmen?'), 'before a gemeente').to.equal(undefined);
    await chooseGemeente(el, 'GM0001');
    const summary = await findByRole(el, 'button', 'Mag ik stemmen?');
    const fetched = () => performance.getEntriesByType('resource').some((e) => /\/chunks\/vote\.|stemhulp-widget-vote-/.test(e.name));
    expect(fetched(), 'vote chunk before opening').to.equal(false);
    expect(queryByRole(el, 'group'), 'no question while closed').to.equal(undefined);
    await expect(el, 'closed').to.be.accessible();
    summary.click();
    await findByRole(el, 'group', Q.age, 5000);
    expect(fetched(), 'vote chunk after opening').to.equal(true);
    // Only the questions that apply: the residence question waits for another nationality.
    expect(allByRole(el, 'group').map(accessibleName)).to.deep.equal([Q.age, Q.lives, Q.nationality]);
    expect(outcome(el)).to.equal('');
    await expect(el, 'open').to.be.accessible();
    await answer(el, { age: 'Ja', lives: 'Ja', nationality: OTHER, residence: 'Nee' });
    await expect(el, 'with an outcome').to.be.accessible();
  });

  it('a citizen of another EU country, 18 or older, living there: yes, with the election date', async () => {
    const el = await widget();
    await open(el);
    await answer(el, { age: 'Ja', lives: 'Ja', nationality: EU });
    expect(queryByRole(el, 'group', Q.residence), 'no residence question for an EU citizen').to.equal(undefined);
    expect(outcome(el)).to.equal('Ja, je mag op 18 maart 2026 stemmen in Voorbeeldstad. Je krijgt je stempas thuis, uiterlijk twee weken voor de verkiezing.');
    expect(getByRole(el, 'link', 'Lees wie mag stemmen').getAttribute('href')).to.equal('https://example.org/mag-ik-stemmen');
    expect(el.shadowRoot!.querySelector('.vote-check')!.textContent).to.include('Dit is een hulp, geen besluit.');
  });

  it('another nationality with five years or more with a permit: yes', async () => {
    const el = await widget();
    await open(el);
    await answer(el, { age: 'Ja', lives: 'Ja', nationality: OTHER, residence: 'Ja' });
    expect(outcome(el)).to.match(/^Ja, je mag op 18 maart 2026 stemmen in Voorbeeldstad\./);
  });

  it('three years with a permit, or in the asylum procedure (the help says so): not yet, with the nomination date', async () => {
    const el = await widget();
    await open(el);
    await choose(el, Q.nationality, OTHER);
    const residence = getByRole(el, 'group', Q.residence);
    // The help text is the group's description, read with the question.
    const help = el.shadowRoot!.getElementById(residence.getAttribute('aria-describedby')!)!.textContent!;
    expect(help).to.include('Ben je nog in de asielprocedure, zonder status? Die tijd telt niet.');
    expect(help).to.include('Kies dan Nee.');
    await answer(el, { age: 'Ja', lives: 'Ja', nationality: OTHER, residence: 'Nee' });
    expect(outcome(el)).to.equal('Nee, je mag nog niet stemmen. Je woont op 2 februari 2026 nog geen vijf jaar in Nederland met een verblijfsvergunning.');
  });

  it('under 18 on election day: not yet, said at once, with the election date', async () => {
    const el = await widget();
    await open(el);
    await choose(el, Q.age, 'Nee');
    expect(outcome(el)).to.equal('Nee, je mag nog niet stemmen. Je bent op 18 maart 2026 nog geen 18 jaar.');
  });

  it('not living in this gemeente: not here, ask where you live', async () => {
    const el = await widget();
    await open(el);
    await answer(el, { age: 'Ja', lives: 'Nee', nationality: 'Nederlands' });
    expect(outcome(el)).to.equal('Je mag niet stemmen in Voorbeeldstad. Je stemt in de gemeente waar je woont. Vraag het aan die gemeente.');
  });

  it('Weet ik niet: not sure, ask the gemeente, with the link to links.voting', async () => {
    const el = await widget();
    await open(el);
    await answer(el, { age: 'Ja', lives: 'Ja', nationality: OTHER, residence: 'Weet ik niet' });
    expect(outcome(el)).to.equal('Dat weten we niet zeker. Vraag het aan de gemeente Voorbeeldstad.');
    expect(getByRole(el, 'link', 'Lees wie mag stemmen').getAttribute('href')).to.equal('https://example.org/mag-ik-stemmen');
  });

  it('without nominationDate and links.voting: no date invented, no link, ask the gemeente', async () => {
    const el = await widget(BARE);
    await open(el);
    const residence = 'Woon je ruim zes weken voor de verkiezing al vijf jaar of langer in Nederland met een verblijfsvergunning?';
    await choose(el, 'Woon je ruim zes weken voor de verkiezing in Voorbeeldstad?', 'Ja');
    await choose(el, Q.nationality, OTHER);
    await choose(el, residence, 'Nee');
    expect(outcome(el)).to.equal('Nee, je mag nog niet stemmen. Je woont ruim zes weken voor de verkiezing nog geen vijf jaar in Nederland met een verblijfsvergunning.');
    expect(allByRole(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.vote-check')!.textContent).to.include('Meer weten? Vraag het aan je gemeente.');
  });

  it('closing forgets the answers', async () => {
    const el = await widget();
    await open(el);
    await choose(el, Q.age, 'Nee');
    const summary = getByRole(el, 'button', 'Mag ik stemmen?');
    const details = summary.parentElement as HTMLDetailsElement;
    summary.click();
    await waitUntil(() => !details.open, 'closed');
    // The toggle event comes a task after the click.
    const checked = () => el.shadowRoot!.querySelectorAll('input[type="radio"]:checked').length;
    expect(checked(), 'chosen before closing').to.equal(1);
    await waitUntil(() => checked() === 0, 'answers cleared on closing');
    summary.click();
    await waitUntil(() => details.open, 'open again');
    await findByRole(el, 'group', Q.age);
    await el.updateComplete;
    expect(checked(), 'chosen after opening again').to.equal(0);
    expect(outcome(el)).to.equal('');
  });

  it('works by keyboard only: open, answer, read the outcome, reach the link', async () => {
    const el = await widget();
    const summary = await findByRole(el, 'button', 'Mag ik stemmen?');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await findByRole(el, 'group', Q.age, 5000);
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(accessibleName(active(el)!), 'first answer').to.equal('Ja');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.closest('fieldset')!.querySelector('legend')!.textContent, 'second question').to.equal(Q.lives);
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(accessibleName(active(el)!), 'nationality').to.equal('Nederlands');
    // Arrow keys move within a question and choose.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => outcome(el).startsWith('Ja, je mag'), 'outcome after the keyboard answers');
    expect(accessibleName(active(el)!)).to.equal(EU);
    await sendKeys({ press: 'Tab' });
    expect(accessibleName(active(el)!), 'the link after the questions').to.equal('Lees wie mag stemmen');
  });

  it('in kiosk mode an answer in the check counts as someone there: the widget asks Ben je er nog? (and would clear it)', async () => {
    const el = await fixture<StemhulpWidget>(html`<stemhulp-widget kiosk="1" gemeente="GM0001" src=${SRC}></stemhulp-widget>`);
    await open(el);
    await choose(el, Q.age, 'Nee');
    // The preset gemeente alone is pristine: without the answer nobody would be asked, and the next person would find it.
    await findByRole(el, 'dialog', 'Ben je er nog?', 10_000);
  });

  it('nothing of it is in the share link, and the quiz is untouched by it', async () => {
    const el = await widget();
    await open(el);
    await answer(el, { age: 'Nee', lives: 'Ja', nationality: OTHER, residence: 'Weet ik niet' });
    getByRole(el, 'button', 'Start de stemhulp').click();
    await findByRole(el, 'heading', statementHeading('Stelling over opvang'), 5000);
    getByRole(el, 'button', 'Eens').click();
    await el.updateComplete;
    (await findByRole(el, 'button', 'Oneens')).click();
    await findByRole(el, 'heading', 'Jouw uitslag', 8000);
    const written: string[] = [];
    const nav = navigator as unknown as Record<string, unknown>;
    const own = { clipboard: Object.getOwnPropertyDescriptor(navigator, 'clipboard'), share: Object.getOwnPropertyDescriptor(navigator, 'share') };
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void written.push(s) } });
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    try {
      (await findByRole(el, 'button', 'Deel je uitslag', 8000)).click();
      await waitUntil(() => written.length, 'the link handed over');
    } finally {
      for (const k of ['clipboard', 'share'] as const) {
        if (own[k]) Object.defineProperty(navigator, k, own[k]!);
        else delete nav[k];
      }
    }
    // The gemeente and the two answers, nothing more.
    expect(written[0].split('#')[1]).to.equal('stemhulp=1.GM0001.a-a_b-d');
  });

  it('in Arabic: right to left, its own words, the dates in Arabic, axe clean', async () => {
    const el = await widget(SRC, 'ar');
    await open(el, 'هل يحق لي التصويت؟');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    const age = allByRole(el, 'group').map(accessibleName)[0];
    expect(age).to.include('هل يكون عمرك 18 سنة أو أكثر في');
    // The month in Arabic, the digits Latin, as on the ballot.
    expect(age).to.match(/18 مارس 2026/);
    await choose(el, age, 'لا');
    expect(outcome(el)).to.match(/^لا، لا يحق لك التصويت بعد\. في 18 مارس 2026/);
    await expect(el, 'ar').to.be.accessible();
  });
});
