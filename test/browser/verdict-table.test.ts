/**
 * The verdict table a reader opens from the start screen (issue 11): the numbers against
 * hand-computed totals (test/fixtures/verdict/index.json, worked out in test/browser/verdict.test.ts),
 * the order, the statements behind a number, the phone layout.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { noHorizontalOverflow, resetMediaAfterEach } from '../harness/a11y-helpers.js';
import { noViewport, skipIn } from '../harness/engines.js';
import { accessibleName, chooseGemeente, click, findByRole, getByRole, queryByRole, widget } from '../harness/helpers.js';
import { statementHeading } from '../harness/helpers.js';

const src = '/test/fixtures/verdict/index.json';
const OPVANG = 'Kleinschalige opvang midden in de samenleving';
const HUISVESTING = 'Sneller weg uit asielzoekerscentra';
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Each body row as [row header, …cell texts] (the cell's visible number or "Geen oordeel", and what it rests on when that is not every statement). */
function rows(el: StemhulpWidget) {
  return [...el.shadowRoot!.querySelectorAll('tbody tr.verdict-row')].map((tr) => [
    norm(tr.querySelector('th')!.textContent),
    ...[...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll<HTMLElement>('.value, .none, .basis')].map((x) => norm(x.innerText)).join(' ')),
  ]);
}

async function openVerdict(code = 'GM0101', preset = false) {
  const el = await widget(src, preset ? code : undefined);
  if (!preset) await chooseGemeente(el, code);
  await click(el, 'button', 'Bekijk het oordeel per partij');
  await findByRole(el, 'heading', /^Hoe vluchteling-vriendelijk zijn de partijen in/);
  return el;
}

resetMediaAfterEach();

describe('verdict table', () => {
  it('is offered next to the start button once a gemeente is chosen, not before', async () => {
    const el = await widget(src);
    await findByRole(el, 'combobox', 'Gemeente');
    expect(queryByRole(el, 'button', 'Bekijk het oordeel per partij')).to.equal(undefined);
    await chooseGemeente(el, 'GM0101');
    const button = getByRole(el, 'button', 'Bekijk het oordeel per partij');
    expect(button.parentElement).to.equal(getByRole(el, 'button', 'Start de stemhulp').parentElement);
  });

  it('is offered at once when the site presets the gemeente', async () => {
    const el = await widget(src, 'GM0101');
    await findByRole(el, 'button', 'Bekijk het oordeel per partij');
    expect(getByRole(el, 'button', 'Start de stemhulp voor Toetsstad')).to.exist;
  });

  it('opens with focus on its heading, a caption naming the organisation as the judge, and th with scope', async () => {
    const el = await openVerdict();
    const heading = getByRole(el, 'heading', 'Hoe vluchteling-vriendelijk zijn de partijen in Toetsstad?');
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    const table = el.shadowRoot!.querySelector('table')!;
    expect(norm(table.caption!.textContent)).to.equal('Oordeel van Stichting Toets, per partij en per speerpunt');
    const cols = [...table.querySelectorAll('thead th')];
    expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(6).fill('col'));
    expect(norm(cols[0].textContent)).to.equal('Partij');
    expect(norm(cols[5].textContent)).to.equal('Totaal');
    expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
  });

  it('Vorige returns focus to the button that opened it, not to Start', async () => {
    const el = await openVerdict();
    await click(el, 'button', 'Vorige');
    const button = await findByRole(el, 'button', 'Bekijk het oordeel per partij');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('shows the formula on the fixture: per speerpunt and Totaal, sorted by Totaal, lijstnummer, then name', async () => {
    const el = await openVerdict();
    expect(rows(el)).to.deep.equal([
      // Unknown positions on s1 and s3 are left out, never 0%: the verdict says what it rests on.
      ['Partij B (lijst 1)', '100% op 1 van 2 stellingen', 'Geen oordeel: standpunten onbekend', 'Geen oordeel', '100%', '100% op 2 van 4 stellingen'],
      ['Partij A (lijst 2)', '75%', '100%', 'Geen oordeel', '50%', '75%'],
      ['Partij D (lijst 3)', '75%', '100%', 'Geen oordeel', '50%', '75%'],
      ['Ärende Partij', '50%', '50%', 'Geen oordeel', '100%', '63%'],
      ['Partij Mu', '50%', '50%', 'Geen oordeel', '100%', '63%'],
      ['Zeta Partij', '50%', '50%', 'Geen oordeel', '100%', '63%'],
    ]);
    expect(norm(el.shadowRoot!.querySelector('tbody tr.verdict-row')!.textContent)).not.to.match(/\b0%/);
    // A speerpunt without recommendations says why, once.
    expect(el.shadowRoot!.querySelector('.verdict')!.textContent).to.contain('Geen oordeel: bij dit speerpunt zijn er in deze gemeente geen stellingen met een advies.');
  });

  it('says in plain words who judges and how, beside the table', async () => {
    const el = await openVerdict();
    const text = norm(el.shadowRoot!.querySelector('.verdict')!.textContent);
    expect(text).to.contain('Dit is een hulpmiddel van Stichting Toets, een organisatie die opkomt voor de belangen van vluchtelingen.');
    await click(el, 'button', 'Wie oordeelt, en hoe?');
    const how = el.shadowRoot!.querySelector<HTMLDetailsElement>('.how-verdict')!;
    expect(how.open).to.equal(true);
    expect(norm(how.textContent)).to.contain('Een partij krijgt 2 punten als haar standpunt gelijk is aan het advies');
    expect(norm(how.textContent)).to.contain('bron');
  });

  it('opens the statements behind a number: the advice beside the position, its explanation and source', async () => {
    const el = await openVerdict();
    const cell = getByRole(el, 'button', `Partij A, ${OPVANG}: 75%`);
    expect(cell.getAttribute('aria-expanded')).to.equal('false');
    cell.click();
    await el.updateComplete;
    expect(cell.getAttribute('aria-expanded')).to.equal('true');
    getByRole(el, 'heading', `Partij A, ${OPVANG}: de stellingen`);
    const details = el.shadowRoot!.getElementById(cell.getAttribute('aria-controls')!)!;
    const items = [...details.querySelectorAll('li')];
    expect(items.map((li) => norm(li.querySelector('.statement-small')!.textContent))).to.deep.equal(['Stelling 1 over opvang', 'Stelling 2 over opvang']);
    const [first, second] = items.map((li) =>
      [...li.querySelectorAll('dl > div')].map((d) => [norm(d.querySelector('dt')!.textContent), norm(d.querySelector('dd')!.textContent)]),
    );
    expect(first[0]).to.deep.equal(['Advies van Stichting Toets', 'Eens']);
    expect(first[1]).to.deep.equal(['PA', 'Eens (2 van 2 punten) A wil opvang in elke wijk. Bron']);
    expect(second[0]).to.deep.equal(['Advies van Stichting Toets', 'Oneens']);
    expect(second[1]).to.deep.equal(['PA', 'Geen van beide (1 van 2 punten)']);
    expect(getByRole(el, 'link', 'Bron').getAttribute('href')).to.equal('https://example.org/a/programma');
    // One at a time: another number replaces it; the same number again closes it.
    const other = getByRole(el, 'button', `Partij B, ${OPVANG}: 100% op 1 van 2 stellingen`);
    other.click();
    await el.updateComplete;
    expect(cell.getAttribute('aria-expanded')).to.equal('false');
    expect(queryByRole(el, 'heading', `Partij A, ${OPVANG}: de stellingen`)).to.equal(undefined);
    other.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.details-row')).to.equal(null);
  });

  it('Totaal opens every recommended statement with its speerpunt, unknown positions as such', async () => {
    const el = await openVerdict();
    await click(el, 'button', 'Partij B, Totaal: 100% op 2 van 4 stellingen');
    const details = el.shadowRoot!.querySelector('.details-row')!;
    expect([...details.querySelectorAll('li .statement-small')].map((p) => norm(p.textContent))).to.deep.equal([
      'Stelling 1 over opvang',
      'Stelling 2 over opvang',
      'Stelling 3 over huisvesting',
      'Stelling 6 over werk',
    ]);
    expect(norm(details.querySelector('li .label')!.textContent)).to.equal(OPVANG);
    expect(norm(details.querySelector('li dl > div:last-child dd')!.textContent)).to.equal('Geen standpunt bekend (telt niet mee)');
  });

  it('a speerpunt where no position of the party is known says "Geen oordeel: standpunten onbekend", never 0%, and opens its statements', async () => {
    const el = await openVerdict();
    await click(el, 'button', `Partij B, ${HUISVESTING}: Geen oordeel: standpunten onbekend`);
    const details = el.shadowRoot!.querySelector('.details-row')!;
    expect([...details.querySelectorAll('li .statement-small')].map((p) => norm(p.textContent))).to.deep.equal(['Stelling 3 over huisvesting']);
    expect(norm(details.querySelector('li dl > div:last-child dd')!.textContent)).to.equal('Geen standpunt bekend (telt niet mee)');
    // Said once under the table: what "op 1 van 2 stellingen" means.
    expect(norm(el.shadowRoot!.querySelector('.verdict')!.textContent)).to.contain(
      'Een onbekend standpunt telt niet mee in het oordeel. Rust een oordeel daardoor op minder stellingen, dan staat dat erbij, zoals "op 2 van 3 stellingen".',
    );
    await click(el, 'button', 'Wie oordeelt, en hoe?');
    expect(norm(el.shadowRoot!.querySelector('.how-verdict')!.textContent)).to.contain(
      'Is het standpunt van een partij onbekend, dan telt die stelling voor die partij niet mee. Het oordeel zegt dan op hoeveel stellingen het rust',
    );
  });

  it('a gemeente without any recommendation says so instead of showing 0%', async () => {
    const el = await openVerdict('GM0102');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(norm(el.shadowRoot!.querySelector('.verdict')!.textContent)).to.contain(
      'Stichting Toets heeft de partijen in deze gemeente niet beoordeeld: geen stelling heeft een advies.',
    );
    expect(el.shadowRoot!.querySelector('.verdict')!.textContent).not.to.contain('0%');
  });

  it('Vorige goes back to the start screen; the start button there starts the stemhulp', async () => {
    let el = await openVerdict();
    await click(el, 'button', 'Vorige');
    expect(getByRole(el, 'button', 'Bekijk het oordeel per partij')).to.exist;
    el = await openVerdict();
    await click(el, 'button', 'Start de stemhulp');
    await findByRole(el, 'heading', statementHeading('Stelling 1 over opvang'));
  });

  skipIn('webkit', noViewport)('reflows into one card per party on a 320 px phone: no sideways scroll, the total on the first line', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await openVerdict();
    await click(el, 'button', `Partij A, ${OPVANG}: 75%`);
    noHorizontalOverflow(el);
    const row = el.shadowRoot!.querySelector('tbody tr.verdict-row')!;
    const name = row.querySelector('th')!.getBoundingClientRect();
    const total = row.querySelector('td.total')!.getBoundingClientRect();
    const firstKp = row.querySelector('td.kp')!.getBoundingClientRect();
    expect(Math.abs(total.top - name.top), 'total beside the name').to.be.below(name.height);
    expect(firstKp.top, 'speerpunten below').to.be.at.least(name.bottom - 1);
    // The column headers are still there for screen readers, and each cell names its speerpunt visibly.
    expect(el.shadowRoot!.querySelector('thead')!.getBoundingClientRect().height).to.be.at.most(1);
    expect(norm((row.querySelector('td.kp .cell-label') as HTMLElement).innerText)).to.equal(OPVANG);
    for (const b of row.querySelectorAll('button')) expect(b.getBoundingClientRect().height).to.be.at.least(24);
  });

  skipIn('webkit', noViewport)("on a 360 px phone: one tap from the picker shows every party, no one else's details in between", async () => {
    await setViewport({ width: 360, height: 700 });
    const el = await widget(src);
    await chooseGemeente(el, 'GM0101');
    getByRole(el, 'button', 'Bekijk het oordeel per partij').click(); // the one tap
    await el.updateComplete;
    const heading = await findByRole(el, 'heading', /^Hoe vluchteling-vriendelijk/);
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    // Every party's Totaal is on the page, and nothing is opened: no details to scroll past.
    expect(rows(el).map((r) => r[5])).to.deep.equal(['100% op 2 van 4 stellingen', '75%', '75%', '63%', '63%', '63%']);
    expect(el.shadowRoot!.querySelector('.details-row')).to.equal(null);
    const cards = [...el.shadowRoot!.querySelectorAll('tbody tr.verdict-row')].map((r) => r.getBoundingClientRect());
    for (let i = 1; i < cards.length; i++) expect(cards[i].top, `card ${i} below card ${i - 1}`).to.be.at.least(cards[i - 1].bottom - 1);
    expect(accessibleName(getByRole(el, 'button', /^Partij A, Totaal/))).to.equal('Partij A, Totaal: 75%');
  });
});
