/**
 * The organisation's verdict in the result (issue 11): the line beside each match, the
 * advice as a third entry only after answering, the chart, further reading, and the
 * widget without `src`. Numbers hand-computed on test/fixtures/verdict/index.json.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { setViewport } from '@web/test-runner-commands';
import { toPlot } from '../../src/core/chart-layout.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { noHorizontalOverflow, resetMediaAfterEach, widgetIn, words, type Lang } from '../harness/a11y-helpers.js';
import { noViewport, skipIn } from '../harness/engines.js';
import { accessibleName, chooseGemeente, click, findByRole, getByRole, queryByRole, visibleText, widget } from '../harness/helpers.js';

const src = '/test/fixtures/verdict/index.json';
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Answers s1 Eens, s2 Oneens, s3 Eens, s4 Eens, s5 Eens, s6 Geen van beide (or skips `skip`).
 * Match, all six answered: A 8/12 = 67, D 10/12 = 83, Mu, Zeta, Ärende 9/12 = 75, B 8/12 = 67
 * (B's unknown s1 and s3 score 0 in the match). Verdict (Totaal): A 75, D 75, Mu/Zeta/Ärende 63,
 * B 100 on 2 of 4 statements (its unknown positions are left out of the verdict).
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

/** Each result item as [party name, the match as shown with its label, the verdict line]. */
function lines(el: StemhulpWidget) {
  return [...el.shadowRoot!.querySelectorAll('ol.parties > li')].map((li) => [
    norm(li.querySelector('.name')!.textContent).replace(/ \(lijst \d+\)$/, ''),
    norm(li.querySelector('.match')!.textContent),
    norm(li.querySelector('.verdict-line')?.textContent),
  ]);
}

/**
 * GM0103: s1 (opvang) and s2 (werk) recommended Eens, s3 without advice. Answered Eens on
 * all three: P 2/6 = 33, Q 2/6 = 33 (its unknown s1 and s2 earn 0 in the match), R 4/6 = 67.
 * Verdict: P 2/4 = 50, R 100, Q none (no position on either recommended statement).
 */
async function toUnknownResult(el: StemhulpWidget) {
  await chooseGemeente(el, 'GM0103');
  await click(el, 'button', 'Start de stemhulp');
  for (let i = 0; i < 3; i++) {
    await findByRole(el, 'heading', new RegExp(`^Stelling ${i + 1} `));
    await click(el, 'button', 'Eens');
  }
  await findByRole(el, 'heading', 'Jouw uitslag');
}
const dots = (el: StemhulpWidget) => [...el.shadowRoot!.querySelectorAll('.chart svg g[data-party]')].map((g) => g.getAttribute('data-party'));
const chartRows = (el: StemhulpWidget) => [...el.shadowRoot!.querySelectorAll('.chart-table tbody tr')].map((tr) => [...tr.children].map((c) => norm(c.textContent)));

resetMediaAfterEach();

describe('verdict in the result', () => {
  it("a party's verdict lists every speerpunt, one without recommendations as Geen oordeel, as in the verdict table", async () => {
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
    // Each number says whose it is, even read on its own line: the reader's match, the organisation's verdict.
    expect(lines(el)).to.deep.equal([
      ['Partij D', '83% overeenkomst met jou', 'Oordeel Stichting Toets: 75%'],
      ['Ärende Partij', '75% overeenkomst met jou', 'Oordeel Stichting Toets: 63%'],
      ['Partij Mu', '75% overeenkomst met jou', 'Oordeel Stichting Toets: 63%'],
      ['Zeta Partij', '75% overeenkomst met jou', 'Oordeel Stichting Toets: 63%'],
      ['Partij B', '67% overeenkomst met jou', 'Oordeel Stichting Toets: 100% (op 2 van 4 stellingen)'],
      ['Partij A', '67% overeenkomst met jou', 'Oordeel Stichting Toets: 75%'],
    ]);
    // The match and its label on one line.
    for (const m of el.shadowRoot!.querySelectorAll<HTMLElement>('.match')) expect(m.getClientRects().length, m.textContent!).to.equal(1);
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
    const entries = items.map((li) =>
      [...li.querySelectorAll('dl > div')].map((d) => norm(d.querySelector('dt')!.textContent) + ': ' + norm(d.querySelector('dd')!.textContent).split(' ')[0]),
    );
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
      ['b', 'PB', 67, 100],
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
      ['Partij B (PB)', '67%', '100% op 2 van 4 stellingen'],
      ['Partij A (PA)', '67%', '75%'],
    ]);
    // Shown as "Oordeel" under a caption naming the organisation; spoken in full.
    expect([...el.shadowRoot!.querySelectorAll('.chart-table thead th')].map(accessibleName)).to.deep.equal(['Partij', 'Past bij jou', 'Oordeel van Stichting Toets']);
    expect(norm(el.shadowRoot!.querySelector('.chart-table caption')!.textContent)).to.equal(
      'De grafiek in cijfers: hoe goed elke partij bij jou past, en het oordeel van Stichting Toets',
    );
  });

  it('a party whose positions are unknown on every recommended statement: "Geen oordeel", never 0%, and not plotted, which the chart says', async () => {
    const el = await widget(src);
    await toUnknownResult(el);
    expect(lines(el)).to.deep.equal([
      ['Partij R', '67% overeenkomst met jou', 'Oordeel Stichting Toets: 100%'],
      ['Partij P', '33% overeenkomst met jou', 'Oordeel Stichting Toets: 50%'],
      ['Partij Q', '33% overeenkomst met jou', 'Geen oordeel van Stichting Toets: standpunten onbekend'],
    ]);
    expect(dots(el)).to.deep.equal(['r', 'p']);
    expect(chartRows(el).map((r) => r[0])).to.deep.equal(['Partij R (PR)', 'Partij P (PP)']);
    expect(norm(el.shadowRoot!.querySelector('.chart')!.textContent)).to.contain('Niet in de grafiek, want er is geen oordeel (standpunten onbekend): \u2068Partij Q\u2069.');
    await click(el, 'button', 'Bekijk de standpunten: Partij Q');
    await waitUntil(() => el.shadowRoot!.querySelector('li[data-key="q"] .scores'), 'the verdict per speerpunt');
    expect([...el.shadowRoot!.querySelectorAll('li[data-key="q"] .scores li')].map((li) => norm(li.textContent))).to.deep.equal([
      'Kleinschalige opvang midden in de samenleving: Geen oordeel: standpunten onbekend',
      'Sneller weg uit asielzoekerscentra: Geen oordeel',
      'Persoonlijke aanpak bij inburgering: Geen oordeel',
      'Sneller aan het werk: Geen oordeel: standpunten onbekend',
    ]);
    expect(visibleText(el)).not.to.match(/Stichting Toets: 0%/);
  });

  it('the chart shows the parties chosen under Kies partijen, as the ranking does', async () => {
    const el = await widget(src);
    await toUnknownResult(el);
    expect(dots(el)).to.deep.equal(['r', 'p']);
    await click(el, 'button', /^Kies partijen/);
    const group = await findByRole(el, 'group', 'Partijen');
    (getByRole(group, 'checkbox', 'Partij R (lijst 3)') as HTMLInputElement).click();
    await waitUntil(() => !el.shadowRoot!.querySelector('li[data-key="r"]'), 'R out of the ranking');
    await el.updateComplete;
    expect(dots(el)).to.deep.equal(['p']);
    expect(chartRows(el).map((r) => r[0])).to.deep.equal(['Partij P (PP)']);
    // Switched off, Q is no longer named as left out of the chart either.
    (getByRole(group, 'checkbox', 'Partij Q (lijst 2)') as HTMLInputElement).click();
    await waitUntil(() => !el.shadowRoot!.querySelector('li[data-key="q"]'), 'Q out of the ranking');
    await el.updateComplete;
    expect(norm(el.shadowRoot!.querySelector('.chart')!.textContent)).not.to.contain('Partij Q');
    // Under Antwoorden aanpassen, "Wat vinden de partijen?" groups the chosen parties only.
    await click(el, 'button', 'Antwoorden aanpassen');
    const all = await findByRole(el, 'button', /^Wat vinden de partijen\?/);
    all.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('.tool-tune .stances'), 'the parties per position');
    const named = norm(el.shadowRoot!.querySelector('.tool-tune .stances')!.textContent);
    expect(named).to.contain('Partij P');
    expect(named).not.to.contain('Partij R');
    expect(named).not.to.contain('Partij Q');
  });

  for (const [lang, match, line] of [
    ['en', /^\d+% match with you$/, /^Verdict of Stichting Toets: \d+%/],
    ['ar', /^\d+\u200e?%\u200e? توافق معك$/, /^تقييم \u2068?Stichting Toets\u2069?: \d+/],
  ] as [Lang, RegExp, RegExp][]) {
    it(`labels the match and the verdict in ${lang} too`, async () => {
      const el = await widgetIn({ lang, src });
      await chooseGemeente(el, 'GM0101');
      await click(el, 'button', words[lang].start);
      for (let i = 0; i < 6; i++) {
        await waitUntil(() => queryByRole(el, 'button', words[lang].answers[0]) || queryByRole(el, 'heading', words[lang].result), 'a statement');
        if (queryByRole(el, 'heading', words[lang].result)) break;
        await click(el, 'button', words[lang].answers[0]);
      }
      await findByRole(el, 'heading', words[lang].result);
      const [first] = lines(el);
      expect(first[1]).to.match(match);
      expect(first[2]).to.match(line);
    });
  }

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
