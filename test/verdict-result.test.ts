/**
 * The organisation's verdict in the result (issue 11): the line beside each match, the
 * advice as a third entry only after answering, the chart, further reading, and the
 * widget without `src`. Numbers hand-computed on test/fixtures/verdict/index.json.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { toPlot } from '../src/chart-layout.js';
import type { StemhulpWidget } from '../src/stemhulp-widget.js';
import { noHorizontalOverflow, resetMediaAfterEach } from './a11y-helpers.js';
import { noViewport, skipIn } from './engines.js';
import { accessibleName, chooseGemeente, click, findByRole, getByRole, queryByRole, visibleText, widget } from './helpers.js';

const src = '/test/fixtures/verdict/index.json';
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Answers s1 Eens, s2 Oneens, s3 Eens, s4 Eens, s5 Eens, s6 Geen van beide (or skips `skip`).
 * Match, all six answered: A 8/12 = 67, D 10/12 = 83, Mu, Zeta, Ärende 9/12 = 75, B 8/12 = 67
 * (B's unknown s1 and s3 score 0). Verdict (Totaal): A 75, D 75, Mu/Zeta/Ärende 63, B 50.
 */
async function toResult(el: StemhulpWidget, skip?: number) {
  await chooseGemeente(el, 'GM0101');
  await click(el, 'button', 'Start de stemhulp');
  const answers = ['Eens', 'Oneens', 'Eens', 'Eens', 'Eens', 'Geen van beide'];
  for (let i = 0; i < answers.length; i++) {
    await findByRole(el, 'heading', new RegExp(`^Stelling ${i + 1} `));
    // The advice never shows while the reader still has to answer.
    expect(visibleText(el)).not.to.contain('Advies van');
    await click(el, 'button', i === skip ? 'Sla over' : answers[i]);
  }
  await findByRole(el, 'heading', 'Jouw uitslag');
}

/** Each result item as [party name, the match text, the verdict line]. */
function lines(el: StemhulpWidget) {
  return [...el.shadowRoot!.querySelectorAll('ol.parties > li')].map((li) => [
    norm(li.querySelector('.name')!.textContent).replace(/ \(lijst \d+\)$/, ''),
    norm(li.querySelector('.score')!.textContent),
    norm(li.querySelector('.verdict-line')?.textContent),
  ]);
}

resetMediaAfterEach();

describe('verdict in the result', () => {
  it('a party\'s verdict lists every speerpunt, one without recommendations as Geen oordeel, as in the verdict table', async () => {
    const el = await widget(src);
    await toResult(el);
    await click(el, 'button', 'Bekijk de standpunten: Partij A');
    const item = [...el.shadowRoot!.querySelectorAll('ol.parties > li')].find((li) => li.textContent!.includes('Partij A'))!;
    expect([...item.querySelectorAll('.scores li')].map((li) => norm(li.textContent))).to.deep.equal([
      'Kleinschalige opvang midden in de samenleving: 75%',
      'Sneller weg uit asielzoekerscentra: 100%',
      'Persoonlijke aanpak bij inburgering: Geen oordeel',
      'Sneller aan het werk: 50%',
    ]);
  });

  it("shows each party's Totaal beside the match, labelled as the organisation's, without opening anything", async () => {
    const el = await widget(src);
    await toResult(el);
    expect(lines(el)).to.deep.equal([
      ['Partij D', '83%', 'Oordeel Stichting Toets: 75%'],
      ['Ärende Partij', '75%', 'Oordeel Stichting Toets: 63%'],
      ['Partij Mu', '75%', 'Oordeel Stichting Toets: 63%'],
      ['Zeta Partij', '75%', 'Oordeel Stichting Toets: 63%'],
      ['Partij B', '67%', 'Oordeel Stichting Toets: 50%'],
      ['Partij A', '67%', 'Oordeel Stichting Toets: 75%'],
    ]);
    // Drawn differently: the match is a bar, the verdict a ring.
    const item = el.shadowRoot!.querySelector('ol.parties > li')!;
    expect(item.querySelector('.verdict-line progress')).to.equal(null);
    expect(item.querySelector('.verdict-line svg.ring')).to.exist;
    expect(item.querySelector(':scope > progress.bar')).to.exist;
    expect(item.querySelector('details')!.open).to.equal(false);
  });

  it('puts the advice in the comparison as a third entry, only for statements the reader answered', async () => {
    const el = await widget(src);
    await toResult(el, 1); // s2 skipped
    await click(el, 'button', 'Bekijk de standpunten: Partij A');
    const items = [...el.shadowRoot!.querySelectorAll('.comparison > li')];
    const entries = items.map((li) => [...li.querySelectorAll('dl > div')].map((d) => norm(d.querySelector('dt')!.textContent) + ': ' + norm(d.querySelector('dd')!.textContent).split(' ')[0]));
    expect(entries[0]).to.deep.equal(['Jij: Eens', 'PA: Eens', 'Advies van Stichting Toets: Eens']);
    expect(entries[1], 'skipped: no advice').to.have.length(2);
    expect(entries[2][2]).to.equal('Advies van Stichting Toets: Eens');
    expect(entries[3], 'no recommendation').to.have.length(2);
    expect(entries[5][2]).to.equal('Advies van Stichting Toets: Geen');
  });

  it('draws one labelled dot per party at (match, verdict); dots that coincide are set side by side', async () => {
    const el = await widget(src);
    await toResult(el);
    getByRole(el, 'heading', 'Jij en Stichting Toets in één beeld');
    const svg = el.shadowRoot!.querySelector('.chart svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    const dot = (id: string) => {
      const c = svg.querySelector(`g[data-party="${id}"] circle`)!;
      return { x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), label: norm(svg.querySelector(`g[data-party="${id}"] text`)!.textContent) };
    };
    const expected: [string, string, number, number][] = [
      ['d', 'PD', 83, 75],
      ['b', 'PB', 67, 50],
      ['a', 'PA', 67, 75],
    ];
    for (const [id, label, match, verdict] of expected) {
      const p = toPlot(match, verdict);
      expect(dot(id), id).to.deep.equal({ x: p.x, y: p.y, label });
    }
    // Mu, Zeta and Ärende all sit at (75, 63): side by side around that point, each labelled.
    const same = ['f', 'c', 'e'].map(dot);
    const p = toPlot(75, 63);
    expect(same.map((d) => d.y)).to.deep.equal([p.y, p.y, p.y]);
    expect((same[0].x + same[2].x) / 2).to.be.closeTo(p.x, 0.01);
    expect(same[1].x - same[0].x).to.be.at.least(10);
    expect(same.map((d) => d.label)).to.deep.equal(['ÄP', 'PM', 'ZP']);
    // The text alternative: the same numbers as a table.
    const rows = [...el.shadowRoot!.querySelectorAll('.chart-table tbody tr')].map((tr) => [...tr.children].map((c) => norm(c.textContent)));
    expect(rows).to.deep.equal([
      ['Partij D (PD)', '83%', '75%'],
      ['Ärende Partij (ÄP)', '75%', '63%'],
      ['Partij Mu (PM)', '75%', '63%'],
      ['Zeta Partij (ZP)', '75%', '63%'],
      ['Partij B (PB)', '67%', '50%'],
      ['Partij A (PA)', '67%', '75%'],
    ]);
    // Shown as "Oordeel" under a caption naming the organisation; spoken in full.
    expect([...el.shadowRoot!.querySelectorAll('.chart-table thead th')].map(accessibleName)).to.deep.equal([
      'Partij',
      'Past bij jou',
      'Oordeel van Stichting Toets',
    ]);
    expect(norm(el.shadowRoot!.querySelector('.chart-table caption')!.textContent)).to.equal(
      'De grafiek in cijfers: hoe goed elke partij bij jou past, en het oordeel van Stichting Toets',
    );
  });

  it('a gemeente without recommendations: no verdict line, no chart, and one sentence saying so', async () => {
    const el = await widget(src);
    await chooseGemeente(el, 'GM0102');
    await click(el, 'button', 'Start de stemhulp');
    await click(el, 'button', 'Eens');
    await findByRole(el, 'heading', 'Jouw uitslag');
    expect(el.shadowRoot!.querySelector('.verdict-line')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.chart')).to.equal(null);
    expect(visibleText(el)).to.contain('Stichting Toets heeft de partijen in deze gemeente niet beoordeeld');
    expect(visibleText(el)).not.to.contain('Oordeel Stichting Toets: 0%');
  });

  it('says who judges and how in Hoe werkt dit?', async () => {
    const el = await widget(src);
    await toResult(el);
    await click(el, 'button', 'Hoe werkt dit?');
    const how = norm(el.shadowRoot!.querySelector('.how')!.textContent);
    expect(how).to.contain('Dit is een hulpmiddel van Stichting Toets, een organisatie die opkomt voor de belangen van vluchtelingen.');
    expect(how).to.contain('Een partij krijgt 2 punten als haar standpunt gelijk is aan het advies');
  });

  it('lists the further reading with the next steps and under the speerpunten', async () => {
    const el = await widget(src);
    const story = await findByRole(el, 'link', '(G)een kans in de gemeente: het verhaal van Khaled');
    expect(story.getAttribute('href')).to.equal('https://example.org/khaled');
    expect(getByRole(el, 'link', 'Vluchtelingen en de woningcrisis').getAttribute('href')).to.equal('https://example.org/wonen');
    await toResult(el);
    expect(getByRole(el, 'link', '(G)een kans in de gemeente: het verhaal van Khaled')).to.exist;
    expect(getByRole(el, 'heading', 'Lees verder')).to.exist;
  });

  skipIn('webkit', noViewport)('fits a 320 px phone: result with the chart, no sideways scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await widget(src);
    await toResult(el);
    noHorizontalOverflow(el);
  });
});

describe('without src', () => {
  it('is an information block: title and intro promise no stemhulp', async () => {
    // Not widget(undefined): a default parameter turns undefined into the basic fixture.
    const el = await fixture<StemhulpWidget>(html`<stemhulp-widget></stemhulp-widget>`);
    expect(norm(getByRole(el, 'heading', /vluchtelingen/i).textContent)).to.equal('Vluchtelingen en jouw gemeente');
    const text = visibleText(el);
    expect(text).not.to.match(/stemhulp/i);
    expect(text).not.to.contain('kun jij bepalen');
    expect(queryByRole(el, 'button', 'Bekijk het oordeel per partij')).to.equal(undefined);
  });
});
