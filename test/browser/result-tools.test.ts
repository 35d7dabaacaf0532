/**
 * Acting on the result (issue 12, part 1), as a reader does it: choose parties, change
 * answers in place, ties and cautions, side by side, all parties per statement, undo.
 * Fixture: test/fixtures/results (Tuindorp, six statements, five parties; hand-computed below).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { accessibleName, allByRole, getByRole, queryByRole, visibleText } from '../harness/helpers.js';
import { active, find, press, resetMediaAfterEach } from '../harness/a11y-helpers.js';
import { live, names, ranking, seen, tuindorp } from '../harness/results-helpers.js';
import { noMediaEmulation, onlyIn } from '../harness/engines.js';
import { statementHeading } from '../harness/helpers.js';

resetMediaAfterEach();

/** The group of tuning buttons of statement `n` (1-based) under "Antwoorden aanpassen". */
function tuneGroup(el: StemhulpWidget, n: number) {
  return el.shadowRoot!.querySelectorAll<HTMLElement>('.tune-answers')[n - 1];
}
const buttonIn = (group: Element, name: string | RegExp) =>
  [...group.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof name === 'string' ? accessibleName(b) === name : name.test(accessibleName(b))))!;

/** Opens a tool of the result and waits for its contents (the tools chunk loads on first use). */
async function openTool(el: StemhulpWidget, summary: string | RegExp, inside: [string, string | RegExp]) {
  if (!queryByRole(el, ...inside)) await press(el, 'button', summary);
  return find(el, ...inside);
}
const openTune = (el: StemhulpWidget) => openTool(el, 'Antwoorden aanpassen', ['group', 'Werkgevers krijgen hulp bij het aannemen van statushouders.']);
const openParties = (el: StemhulpWidget) => openTool(el, /^Kies partijen/, ['group', 'Partijen']);
const checkboxes = (group: Element) => allByRole(group, 'checkbox') as HTMLInputElement[];

describe('ties and cautions', () => {
  it('gives equal scores one place and says gelijk; the next place is skipped', async () => {
    // All Eens: Alfa 12/12 = 100; Beta and Gamma 10/12 = 83; Lokaal 3/12 = 25; Delta 2/12 = 17.
    const el = await tuindorp();
    expect(ranking(el)).to.deep.equal([
      ['Partij Alfa (lijst 1)', '100%', 'Plaats 1'],
      ['Partij Beta (Groen-Sociaal) (lijst 2)', '83%', 'Plaats 2 · gelijk'],
      ['Partij Gamma (lijst 3)', '83%', 'Plaats 2 · gelijk'],
      ['Lokaal Belang Tuindorp (lijst 4)', '25%', 'Plaats 4'],
      ['Partij Delta', '17%', 'Plaats 5'],
    ]);
    // Alfa leads by exactly one statement (2 points): no caution.
    expect(visibleText(el)).not.to.contain('te klein om veel te betekenen');
    expect(visibleText(el)).not.to.contain('zegt de uitslag weinig');
  });

  it('says the difference is too small when the top two are less than a statement apart', async () => {
    // s6 Geen van beide: Alfa, Beta and Gamma all 11/12 = 92.
    const el = await tuindorp(['Eens', 'Eens', 'Eens', 'Eens', 'Eens', 'Geen van beide']);
    expect(
      ranking(el)
        .slice(0, 3)
        .map((r) => r[1]),
    ).to.deep.equal(['92%', '92%', '92%']);
    expect(visibleText(el)).to.contain('Dat verschil is te klein om veel te betekenen.');
  });

  it('says the result means little with fewer than a third answered', async () => {
    const el = await tuindorp(['Eens', 'Sla over', 'Sla over', 'Sla over', 'Sla over', 'Sla over']);
    expect(visibleText(el)).to.contain('Je hebt 1 van de 6 stellingen beantwoord. Met zo weinig antwoorden zegt de uitslag weinig.');
  });
});

describe('Partijen: choosing parties', () => {
  it('lists every party as a checked checkbox named by its name; unchecking takes it out of the ranking', async () => {
    const el = await tuindorp();
    const group = await openParties(el);
    const boxes = checkboxes(group);
    expect(boxes.map(accessibleName)).to.deep.equal([
      'Partij Alfa (lijst 1)',
      'Partij Beta (Groen-Sociaal) (lijst 2)',
      'Partij Gamma (lijst 3)',
      'Lokaal Belang Tuindorp (lijst 4)',
      'Partij Delta',
    ]);
    expect(boxes.every((b) => b.checked)).to.equal(true);

    boxes[0].focus();
    boxes[0].click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Partij Beta (Groen-Sociaal) (lijst 2)', 'Partij Gamma (lijst 3)', 'Lokaal Belang Tuindorp (lijst 4)', 'Partij Delta']);
    // Beta and Gamma now share place 1; the ranking is narrowed, not re-scored.
    expect(ranking(el)[0]).to.deep.equal(['Partij Beta (Groen-Sociaal) (lijst 2)', '83%', 'Plaats 1 · gelijk']);
    expect(live(el)).to.equal(
      'Partij Alfa (lijst 1) staat niet meer in de uitslag; bovenaan staan nu Partij Beta (Groen-Sociaal) (lijst 2) en Partij Gamma (lijst 3) gelijk met 83 procent.',
    );
    expect(active(el)).to.equal(boxes[0]);
    expect(visibleText(el)).to.contain('Kies partijen (4 van 5 gekozen)');

    // The choice survives tuning and a trip back into the quiz.
    await openTune(el);
    buttonIn(tuneGroup(el, 6), 'Oneens').click();
    await el.updateComplete;
    expect(names(el)).not.to.include('Partij Alfa (lijst 1)');
    await press(el, 'button', 'Vorige');
    await press(el, 'button', 'Naar de uitslag');
    expect(names(el)).not.to.include('Partij Alfa (lijst 1)');

    // Checked again, it is back in its place.
    const again = getByRole(await openParties(el), 'checkbox', 'Partij Alfa (lijst 1)') as HTMLInputElement;
    expect(again.checked).to.equal(false);
    again.click();
    await el.updateComplete;
    expect(names(el)).to.include('Partij Alfa (lijst 1)');
    expect(live(el)).to.match(/^Partij Alfa \(lijst 1\) staat weer in de uitslag;/);
  });

  it('says so when no party is chosen', async () => {
    const el = await tuindorp();
    for (const box of checkboxes(await openParties(el))) box.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    expect(visibleText(el)).to.contain('Je hebt geen partij gekozen.');
  });
});

describe('Antwoorden aanpassen: tuning on the result', () => {
  it('changes an answer in place: percentages and order follow, one sentence is said, focus stays', async () => {
    const el = await tuindorp();
    await openTune(el);
    const group = tuneGroup(el, 6);
    expect(accessibleName(group)).to.equal('Werkgevers krijgen hulp bij het aannemen van statushouders.');
    expect(buttonIn(group, 'Eens').getAttribute('aria-pressed')).to.equal('true');
    const oneens = buttonIn(group, 'Oneens');
    oneens.focus();
    oneens.click();
    await el.updateComplete;
    // s6 Oneens: Beta and Gamma 12/12 = 100; Alfa 10/12 = 83.
    expect(ranking(el).slice(0, 3)).to.deep.equal([
      ['Partij Beta (Groen-Sociaal) (lijst 2)', '100%', 'Plaats 1 · gelijk'],
      ['Partij Gamma (lijst 3)', '100%', 'Plaats 1 · gelijk'],
      ['Partij Alfa (lijst 1)', '83%', 'Plaats 3'],
    ]);
    expect(live(el)).to.equal('Stelling 6: je antwoord is nu oneens; bovenaan staan nu Partij Beta (Groen-Sociaal) (lijst 2) en Partij Gamma (lijst 3) gelijk met 100 procent.');
    expect(active(el)).to.equal(oneens);
    expect(oneens.getAttribute('aria-pressed')).to.equal('true');
    expect(buttonIn(group, 'Eens').getAttribute('aria-pressed')).to.equal('false');
  });

  it('toggles Belangrijk in place and the percentages follow', async () => {
    const el = await tuindorp();
    await openTune(el);
    const toggle = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tune-item .toggle')[5];
    expect(accessibleName(toggle)).to.equal('Belangrijk');
    toggle.focus();
    toggle.click();
    await el.updateComplete;
    // s6 weighs 2: max 14. Alfa 14/14 = 100; Beta and Gamma 10/14 = 71; Lokaal 4/14 = 29; Delta 2/14 = 14.
    expect(ranking(el).map((r) => r[1])).to.deep.equal(['100%', '71%', '71%', '29%', '14%']);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(live(el)).to.equal('Stelling 6 telt nu dubbel; bovenaan staat nu Partij Alfa (lijst 1) met 100 procent.');
    expect(active(el)).to.equal(toggle);
  });

  it('keeps Antwoorden aanpassen when every answer is skipped there, so the result can come back', async () => {
    const el = await tuindorp(['Eens', 'Sla over', 'Sla over', 'Sla over', 'Sla over', 'Sla over']);
    await openTune(el);
    buttonIn(tuneGroup(el, 1), 'Sla over').click();
    await el.updateComplete;
    await find(el, 'status', /^Je hebt alle stellingen overgeslagen\./);
    expect(live(el)).to.equal('Stelling 1: je antwoord is nu overgeslagen; er is geen uitslag.');
    buttonIn(tuneGroup(el, 2), 'Eens').click();
    await el.updateComplete;
    expect(ranking(el)[0]).to.deep.equal(['Partij Alfa (lijst 1)', '100%', 'Plaats 1 · gelijk']);
  });

  onlyIn('chromium', noMediaEmulation)('moves the re-ranked items only when reduced motion is not asked for', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      await emulateMedia({ reducedMotion });
      const el = await tuindorp();
      await openTune(el);
      buttonIn(tuneGroup(el, 6), 'Oneens').click();
      await el.updateComplete;
      const moving = el.shadowRoot!.getAnimations().length;
      if (reducedMotion === 'reduce') expect(moving, reducedMotion).to.equal(0);
      else expect(moving, reducedMotion).to.be.greaterThan(0);
    }
  });
});

describe('parties side by side and per statement', () => {
  it('puts up to three chosen parties beside the reader, statement by statement', async () => {
    const el = await tuindorp(['Eens', 'Oneens', 'Eens', 'Sla over', 'Eens', 'Eens']);
    const fieldset = await openTool(el, 'Partijen naast elkaar', ['group', 'Kies maximaal drie partijen']);
    expect(visibleText(el)).to.contain('Kies hierboven een, twee of drie partijen.');
    const box = (name: string) => getByRole(fieldset, 'checkbox', name) as HTMLInputElement;
    for (const n of ['Lokaal Belang Tuindorp (lijst 4)', 'Partij Alfa (lijst 1)', 'Partij Delta']) {
      box(n).click();
      await el.updateComplete;
    }
    expect(box('Partij Beta (Groen-Sociaal) (lijst 2)').disabled).to.equal(true);
    expect(visibleText(el)).to.contain('Je hebt drie partijen gekozen.');
    const table = getByRole(el, 'table', 'Jouw antwoorden naast die van Lokaal Belang Tuindorp (lijst 4), Partij Alfa (lijst 1) en Partij Delta');
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    expect(heads).to.deep.equal(['Jij', 'Lokaal Belang Tuindorp (lijst 4)', 'Partij Alfa (lijst 1)', 'Partij Delta']);
    const cells = [...table.querySelectorAll('tbody tr:nth-child(2)')].map((tr) => [...tr.querySelectorAll('td')].map(seen));
    expect(cells).to.deep.equal([
      ['Eens', 'Oneens', 'Eens ✓', 'Eens ✓'],
      ['Oneens', 'Oneens ✓', 'Eens', 'Onbekend'],
      ['Eens', 'Oneens', 'Eens ✓', 'Onbekend'],
      ['Overgeslagen', 'Geen van beide', 'Eens', 'Onbekend'],
      ['Eens', 'Geen van beide', 'Eens ✓', 'Onbekend'],
      ['Eens', 'Geen van beide', 'Eens ✓', 'Onbekend'],
    ]);
    // Each cell is tied to its statement and its party for screen readers.
    const td = table.querySelector('tbody tr:nth-child(2) td:nth-child(3)')!;
    const [statement, party] = td
      .getAttribute('headers')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent!);
    expect(statement).to.contain('De gemeente opent een kleine opvang');
    expect(party).to.contain('Partij Alfa');
    expect(td.textContent).to.contain('zelfde als jij');

    // Unchecking one frees a place.
    const delta = box('Partij Delta');
    delta.focus();
    delta.click();
    await el.updateComplete;
    expect(box('Partij Beta (Groen-Sociaal) (lijst 2)').disabled).to.equal(false);
    expect(active(el)).to.equal(delta);
    expect(table.querySelectorAll('thead th')).to.have.length(3);
  });

  it('says in the live region that the limit of three is reached, each time it is reached (WCAG 4.1.3)', async () => {
    const el = await tuindorp();
    const fieldset = await openTool(el, 'Partijen naast elkaar', ['group', 'Kies maximaal drie partijen']);
    const box = (name: string) => getByRole(fieldset, 'checkbox', name) as HTMLInputElement;
    const full = 'Je hebt drie partijen gekozen. Haal er een weg om een andere te kiezen.';
    // The region is there before anything is said in it (a region inserted with its words is often not read).
    expect(el.shadowRoot!.querySelector('#result-live')?.getAttribute('role')).to.equal('status');
    for (const n of ['Partij Alfa (lijst 1)', 'Partij Gamma (lijst 3)']) {
      box(n).click();
      await el.updateComplete;
    }
    expect(live(el)).not.to.equal(full);
    box('Partij Delta').click();
    await el.updateComplete;
    expect(live(el)).to.equal(full);
    // Taken out and another chosen: reached again, and said again (the region was emptied in between).
    box('Partij Delta').click();
    await el.updateComplete;
    expect(live(el)).to.equal('');
    box('Partij Beta (Groen-Sociaal) (lijst 2)').click();
    await el.updateComplete;
    expect(live(el)).to.equal(full);
  });

  it('shows every party on one statement under Eens, Geen van beide, Oneens and Onbekend', async () => {
    const el = await tuindorp();
    await openTune(el);
    await press(el, 'button', 'Wat vinden de partijen? (Stelling 2)');
    const item = el.shadowRoot!.querySelectorAll('.tune-item')[1];
    const groups = [...item.querySelectorAll('.stances > div')].map((d) => [
      d.querySelector('dt')!.textContent!.replace(/\s+/g, ' ').trim(),
      [...d.querySelectorAll('dd li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()).join(' | ') || d.querySelector('dd')!.textContent!.trim(),
    ]);
    expect(groups).to.deep.equal([
      ['Eens (3)', 'Partij Alfa (lijst 1) | Partij Beta (Groen-Sociaal) (lijst 2) | Partij Gamma (lijst 3)'],
      ['Geen van beide (0)', 'Geen partij'],
      ['Oneens (1)', 'Lokaal Belang Tuindorp (lijst 4)'],
      ['Onbekend (1)', 'Partij Delta'],
    ]);
  });
});

describe('Vorige, Antwoorden aanpassen and Opnieuw beginnen on the result', () => {
  it('Vorige goes back to the last statement; Antwoorden aanpassen stays on the result', async () => {
    const el = await tuindorp();
    await openTune(el);
    expect(queryByRole(el, 'heading', 'Jouw uitslag')).to.exist;
    expect(allByRole(el, 'group').length).to.be.at.least(6);
    await press(el, 'button', 'Vorige');
    expect(visibleText(el)).to.contain('Stelling 6 van 6');
  });

  it('Opnieuw beginnen can be undone with Ongedaan maken, back to the same result', async () => {
    const el = await tuindorp();
    checkboxes(await openParties(el))[0].click();
    await el.updateComplete;
    const before = ranking(el);
    await press(el, 'button', 'Opnieuw beginnen');
    expect(queryByRole(el, 'heading', 'Jouw uitslag')).to.equal(undefined);
    const undo = getByRole(el, 'button', 'Ongedaan maken');
    expect(active(el)).to.equal(undo);
    expect(el.shadowRoot!.getElementById(undo.getAttribute('aria-describedby')!)!.textContent).to.equal('Je antwoorden zijn gewist.');
    undo.click();
    await el.updateComplete;
    await find(el, 'heading', 'Jouw uitslag');
    expect(ranking(el)).to.deep.equal(before);
    expect(active(el)?.id).to.equal('result-heading');
  });

  it('Ongedaan maken stays with no time limit, until the reader does something else', async () => {
    const el = await tuindorp();
    // Timers of half a minute or more are kept, not run: the test runs them when it likes.
    const later: (() => void)[] = [];
    const real = window.setTimeout;
    window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => ((ms ?? 0) >= 30_000 ? (later.push(fn), 0) : real(fn, ms, ...rest))) as typeof window.setTimeout;
    try {
      await press(el, 'button', 'Opnieuw beginnen');
    } finally {
      window.setTimeout = real;
    }
    // Any time later (once it was gone after a minute, unannounced).
    for (const fn of later) fn();
    await el.updateComplete;
    expect(queryByRole(el, 'button', 'Ongedaan maken'), 'after a minute').to.exist;
    // The reader does something else: here, opening the organisation's verdict and coming back.
    await press(el, 'button', 'Bekijk het oordeel per partij');
    await find(el, 'button', 'Vorige');
    await press(el, 'button', 'Vorige');
    await find(el, 'button', 'Start de stemhulp');
    expect(queryByRole(el, 'button', 'Ongedaan maken')).to.equal(undefined);
  });

  it('starting again drops the undo: the answers are really gone', async () => {
    const el = await tuindorp();
    await press(el, 'button', 'Opnieuw beginnen');
    await press(el, 'button', 'Start de stemhulp');
    await find(el, 'heading', statementHeading('De gemeente opent een kleine opvang in een woonwijk.'));
    expect(getByRole(el, 'button', 'Eens').getAttribute('aria-pressed')).to.equal('false');
    await press(el, 'button', 'Vorige');
    expect(queryByRole(el, 'button', 'Ongedaan maken')).to.equal(undefined);
  });
});
