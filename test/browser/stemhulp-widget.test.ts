import { expect, oneEvent } from '@open-wc/testing';
import type { StemhulpCompleteEvent } from '../../src/element/events.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { allByRole, basicSrc, chooseGemeente, click, findByRole, getByRole, queryByRole, visibleText, widget } from '../harness/helpers.js';
import { waitUntil } from '../harness/wait.js';
import { statementHeading } from '../harness/helpers.js';

const resourceRequests = (part: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;

/** The result list as [name, percentage] pairs, in displayed order. */
function resultRows(el: StemhulpWidget) {
  const list = el.shadowRoot!.querySelector('ol.parties')!;
  return [...list.querySelectorAll(':scope > li')].map((li) => [
    li
      .querySelector('.name')!
      .textContent!.replace(/\(lijst \d+\)/, '')
      .trim(),
    li.querySelector('.score')!.textContent!.trim(),
  ]);
}

async function startGemeente(el: StemhulpWidget, code: string) {
  await chooseGemeente(el, code);
  await click(el, 'button', 'Start de stemhulp');
  await findByRole(el, 'heading', /^Stelling over|^Inline stelling/);
}

/** Answers the four statements of GM0001: s1 Eens (important), s2 Oneens, s3 skipped, s4 Eens. */
async function answerAll(el: StemhulpWidget) {
  await startGemeente(el, 'GM0001');
  await click(el, 'button', /^Belangrijk/);
  await click(el, 'button', 'Eens');
  await click(el, 'button', 'Oneens');
  await click(el, 'button', 'Sla over');
  const done = oneEvent(el, 'stemhulp-complete');
  await click(el, 'button', 'Eens');
  return (await done) as StemhulpCompleteEvent;
}

describe('<stemhulp-widget> speerpunten', () => {
  it('without src shows the four bundled speerpunten and no stemhulp', async () => {
    const el = await widget(undefined);
    const cards = allByRole(el, 'heading').filter((h) => h.tagName === 'H4');
    expect(cards.map((h) => h.textContent!.trim())).to.have.length(4);
    expect(cards[0].textContent).to.match(/opvang/i);
    expect(queryByRole(el, 'combobox', 'Gemeente')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('expands the full text of a speerpunt in place', async () => {
    const el = await widget(undefined);
    const more = getByRole(el, 'button', /^Lees meer/);
    const details = more.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    more.click();
    expect(details.open).to.equal(true);
    // The full text comes in the key-points chunk, asked for as the cards were drawn.
    await waitUntil(() => details.querySelectorAll('p').length > 0 && !details.textContent!.includes('Gegevens laden'), 'the full text');
  });
});

describe('<stemhulp-widget> picker', () => {
  it('offers every gemeente of the index, sorted by name, under the label Gemeente', async () => {
    const el = await widget();
    const select = (await findByRole(el, 'combobox', 'Gemeente')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Kies je gemeente', 'Aadorp', 'Bedorp', 'Cedorp', 'Dedorp']);
    // The code "gm0001" was normalised to upper case.
    expect(select.options[1].value).to.equal('GM0001');
    await expect(el).to.be.accessible();
  });

  it('fetches a gemeente file only when that gemeente is chosen', async () => {
    const el = await widget('/test/fixtures/basic/index.json?lazy');
    await findByRole(el, 'combobox', 'Gemeente');
    expect(resourceRequests('GM0001.json')).to.equal(0);
    await startGemeente(el, 'GM0001');
    expect(resourceRequests('GM0001.json')).to.equal(1);
  });

  it('uses inline content without any further request', async () => {
    const el = await widget();
    const before = performance.getEntriesByType('resource').length;
    await startGemeente(el, 'GM0002');
    expect(getByRole(el, 'heading', statementHeading('Inline stelling A'))).to.exist;
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('with gemeente preset shows no picker, only a start button for that gemeente', async () => {
    const el = await widget(basicSrc, 'gm0002');
    await findByRole(el, 'button', 'Start de stemhulp voor Bedorp');
    expect(queryByRole(el, 'combobox', 'Gemeente')).to.equal(undefined);
    await click(el, 'button', 'Start de stemhulp voor Bedorp');
    expect(await findByRole(el, 'heading', statementHeading('Inline stelling A'))).to.exist;
  });

  it('names an unknown preset code and shows the picker instead', async () => {
    const el = await widget(basicSrc, 'GM9999');
    await findByRole(el, 'combobox', 'Gemeente');
    expect(getByRole(el, 'alert').textContent).to.contain('GM9999');
  });
});

describe('<stemhulp-widget> stemhulp', () => {
  it('shows one statement at a time with its speerpunt, progress and explanation on demand', async () => {
    const el = await widget();
    await startGemeente(el, 'GM0001');
    expect(visibleText(el)).to.contain('Stelling 1 van 4');
    expect(visibleText(el)).to.contain('Kleinschalige opvang');
    expect(getByRole(el, 'heading', statementHeading('Stelling over opvang'))).to.exist;
    for (const name of ['Eens', 'Geen van beide', 'Oneens', 'Sla over', 'Vorige']) getByRole(el, 'button', name);
    expect(visibleText(el)).not.to.contain('Uitleg over opvang');
    await click(el, 'button', 'Meer uitleg');
    expect(visibleText(el)).to.contain('Uitleg over opvang');
    await expect(el).to.be.accessible();
  });

  it('moves to the next statement after an answer and shows an earlier answer as selected on Vorige', async () => {
    const el = await widget();
    await startGemeente(el, 'GM0001');
    await click(el, 'button', 'Oneens');
    expect(visibleText(el)).to.contain('Stelling 2 van 4');
    expect(getByRole(el, 'button', 'Oneens').getAttribute('aria-pressed')).to.equal('false');
    await click(el, 'button', 'Vorige');
    expect(visibleText(el)).to.contain('Stelling 1 van 4');
    expect(getByRole(el, 'button', 'Oneens').getAttribute('aria-pressed')).to.equal('true');
    expect(getByRole(el, 'button', 'Eens').getAttribute('aria-pressed')).to.equal('false');
  });

  it('toggles Belangrijk for the current statement before it is answered', async () => {
    const el = await widget();
    await startGemeente(el, 'GM0001');
    const toggle = () => getByRole(el, 'button', /^Belangrijk/);
    expect(toggle().getAttribute('aria-pressed')).to.equal('false');
    await click(el, 'button', /^Belangrijk/);
    expect(toggle().getAttribute('aria-pressed')).to.equal('true');
    await click(el, 'button', 'Eens');
    expect(toggle().getAttribute('aria-pressed')).to.equal('false');
  });
});

describe('<stemhulp-widget> result', () => {
  it('lists the parties in the order of the matching rules with their percentage', async () => {
    const el = await widget();
    await answerAll(el);
    await findByRole(el, 'heading', 'Jouw uitslag');
    // Hand-computed: Alfa 4/8, Gamma 4/8 (no list number, so after Alfa), Beta 3/8 → 38.
    expect(resultRows(el)).to.deep.equal([
      ['Partij Alfa', '50%'],
      ['Partij Gamma', '50%'],
      ['Partij Beta', '38%'],
    ]);
    expect(visibleText(el)).to.contain('Dit is geen stemadvies');
    await expect(el).to.be.accessible();
  });

  it('sends stemhulp-complete with the gemeente only: the scores would give the answers away', async () => {
    const el = await widget();
    const event = await answerAll(el);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ municipality: 'GM0001' });
  });

  it('sends stemhulp-complete once per arrival at the result: not when a comparison opens, again after Vorige and back', async () => {
    const el = await widget();
    let events = 0;
    el.addEventListener('stemhulp-complete', () => events++);
    await answerAll(el);
    await click(el, 'button', 'Bekijk de standpunten: Partij Alfa');
    await el.updateComplete;
    expect(events, 'after opening a comparison').to.equal(1);
    await click(el, 'button', 'Vorige');
    await findByRole(el, 'heading', statementHeading('Stelling over werk'));
    expect(events, 'back in the quiz').to.equal(1);
    const again = oneEvent(el, 'stemhulp-complete');
    await click(el, 'button', 'Naar de uitslag');
    await again;
    expect(events, 'at the result again').to.equal(2);
  });

  it("adds every party's score to stemhulp-complete with event-scores, and still no answers", async () => {
    const el = await widget();
    el.setAttribute('event-scores', '');
    const event = await answerAll(el);
    expect(JSON.stringify(event.detail)).not.to.match(/agree|neutral|skip|important|Eens|Oneens|"s[1-4]"/i);
    expect(event.detail).to.deep.equal({
      municipality: 'GM0001',
      results: [
        { party: 'p1', name: 'Partij Alfa', score: 50 },
        { party: 'p3', name: 'Partij Gamma', score: 50 },
        { party: 'p2', name: 'Partij Beta', score: 38 },
      ],
    });
  });

  it("shows per party each statement with its position beside the reader's answer, on demand", async () => {
    const el = await widget();
    await answerAll(el);
    const alfa = el.shadowRoot!.querySelectorAll('ol.parties > li')[0];
    const details = alfa.querySelector('details')!;
    await click(el, 'button', 'Bekijk de standpunten: Partij Alfa');
    expect(details.open).to.equal(true);
    const first = details.querySelector('.comparison > li')!;
    expect(first.textContent).to.contain('Stelling over opvang');
    expect(first.textContent).to.match(/Jij\s*Eens \(belangrijk\)/);
    expect(first.textContent).to.contain('Alfa is voor opvang in de wijk.');
    const source = first.querySelector('a')!;
    expect(source.href).to.equal('https://example.org/alfa/programma');
    expect(details.querySelectorAll('.comparison > li')[2].textContent).to.contain('Overgeslagen');
    // The organisation's verdict, labelled as such: Alfa disagrees with the advice on werk only.
    expect(details.textContent).to.contain('oordeel van Testorganisatie');
    expect([...details.querySelectorAll('.scores li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Kleinschalige opvang midden in de samenleving: 100%',
      'Sneller weg uit asielzoekerscentra: 100%',
      'Persoonlijke aanpak bij inburgering: 100%',
      'Sneller aan het werk: 0%',
    ]);
    await expect(el).to.be.accessible();
  });

  it("renders a party's comparison only while it is open", async () => {
    const el = await widget();
    await answerAll(el);
    const details = el.shadowRoot!.querySelectorAll('ol.parties > li')[0].querySelector('details')!;
    expect(details.querySelector('.comparison')).to.equal(null);
    await click(el, 'button', 'Bekijk de standpunten: Partij Alfa');
    expect(details.open).to.equal(true);
    expect(details.querySelector('.comparison')).to.exist;
    await click(el, 'button', 'Bekijk de standpunten: Partij Alfa');
    expect(details.open).to.equal(false);
    expect(details.querySelector('.comparison')).to.equal(null);
  });

  it('shows unknown positions and renders data as text, never as markup or a javascript: link', async () => {
    const el = await widget();
    await answerAll(el);
    await click(el, 'button', 'Bekijk de standpunten: Partij Gamma');
    const gamma = el.shadowRoot!.querySelectorAll('ol.parties > li')[1];
    expect(gamma.textContent).to.contain('<b>Gamma</b> wil kleine azc');
    expect(gamma.querySelector('b')).to.equal(null);
    expect(gamma.textContent).to.contain('Geen standpunt bekend');
    for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.protocol).to.match(/^https?:$/);
  });

  it('follows a changed answer: back with Vorige, change, and the percentages change', async () => {
    const el = await widget();
    await answerAll(el);
    await click(el, 'button', 'Vorige');
    expect(visibleText(el)).to.contain('Stelling 4 van 4');
    await click(el, 'button', 'Vorige');
    await click(el, 'button', 'Vorige');
    expect(visibleText(el)).to.contain('Stelling 2 van 4');
    expect(getByRole(el, 'button', 'Oneens').getAttribute('aria-pressed')).to.equal('true');
    await click(el, 'button', 'Eens');
    await click(el, 'button', 'Naar de uitslag');
    await findByRole(el, 'heading', 'Jouw uitslag');
    // s2 now agreed: Alfa 6/8, Gamma 6/8, Beta 3/8.
    expect(resultRows(el)).to.deep.equal([
      ['Partij Alfa', '75%'],
      ['Partij Gamma', '75%'],
      ['Partij Beta', '38%'],
    ]);
  });

  it('gives no result and sends no event when every statement is skipped', async () => {
    const el = await widget();
    let events = 0;
    el.addEventListener('stemhulp-complete', () => events++);
    await startGemeente(el, 'GM0002');
    await click(el, 'button', 'Sla over');
    await click(el, 'button', 'Sla over');
    await findByRole(el, 'heading', 'Jouw uitslag');
    expect(el.shadowRoot!.querySelector('ol.parties')).to.equal(null);
    await findByRole(el, 'status', /^Je hebt alle stellingen overgeslagen/);
    expect(events).to.equal(0);
  });

  it('offers the next steps and starts again from the picker', async () => {
    const el = await widget();
    await answerAll(el);
    expect(getByRole(el, 'link', 'Waar kan ik stemmen?').getAttribute('href')).to.equal('https://example.org/stembureau');
    expect(getByRole(el, 'link', 'Download de flyer')).to.exist;
    // The javascript: newsletter link was dropped.
    expect(queryByRole(el, 'link', 'Aanmelden nieuwsbrief')).to.equal(undefined);
    expect(visibleText(el)).to.contain('Testverkiezing: 18 maart 2026.');
    await click(el, 'button', 'Opnieuw beginnen');
    expect(await findByRole(el, 'combobox', 'Gemeente')).to.exist;
    await click(el, 'button', 'Start de stemhulp');
    expect(getByRole(el, 'button', 'Eens').getAttribute('aria-pressed')).to.equal('false');
  });

  it('explains how matching works, on demand', async () => {
    const el = await widget();
    await answerAll(el);
    await click(el, 'button', 'Hoe werkt dit?');
    expect(visibleText(el)).to.contain('telt dubbel');
    expect(visibleText(el)).to.contain('verzameld door Testorganisatie');
  });
});

describe('<stemhulp-widget> errors', () => {
  async function alertFor(src: string, attrs: Record<string, string> = {}) {
    const el = await widget(src);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    const alert = await findByRole(el, 'alert', undefined, 4000);
    return { el, alert };
  }

  it('HTTP error: says so in Dutch, shows the status under Details; Probeer opnieuw for a server error only', async () => {
    const { el, alert } = await alertFor('/__test/status/503');
    expect(alert.textContent).to.contain('De gegevens van de stemhulp konden niet worden geladen. Probeer het later opnieuw.');
    // Details (with the status) shows once its words, the details chunk, are there.
    expect(await findByRole(el, 'button', 'Details')).to.exist;
    expect(alert.textContent).to.contain('status 503');
    expect(getByRole(el, 'button', 'Probeer opnieuw')).to.exist;
    await expect(el).to.be.accessible();
    // A missing file stays missing: no advice to try later.
    const missing = await alertFor('/__test/status/404');
    expect(missing.alert.querySelector('p')!.textContent).to.equal('De gegevens van de stemhulp konden niet worden geladen.');
    expect(queryByRole(missing.el, 'button', 'Probeer opnieuw')).to.equal(undefined);
  });

  it('a broken file gets plain words (what happened, who can mend it), no "probeer het later opnieuw", and the technical words and where to check it under Details only', async () => {
    for (const src of ['/test/fixtures/authoring/json/komma.json', '/test/fixtures/invalid-index.json']) {
      const { el, alert } = await alertFor(src);
      const sentence = alert.querySelector('p')!.textContent!;
      expect(sentence).to.match(/^De gegevens van de stemhulp (zijn niet te lezen|bevatten fouten)\. Dat moeten de makers oplossen\.$/);
      expect(sentence).not.to.match(/JSON|npx|server|status/i);
      expect(alert.textContent).not.to.contain('opnieuw');
      expect(queryByRole(el, 'button', 'Probeer opnieuw')).to.equal(undefined);
      await click(el, 'button', 'Details');
      expect(alert.textContent).to.contain('npx -p stemhulp-widget stemhulp-data validate');
      expect(alert.textContent).to.contain('Gegevens controleren');
    }
  });

  it('data warnings go to the console for the data author, not to readers', async () => {
    const logged: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void logged.push(args);
    try {
      // The flyer link has no https://: dropped with a warning.
      const el = await widget('/test/fixtures/authoring/warnings/index.json');
      await findByRole(el, 'combobox', 'Gemeente');
      // Not shown, and not behind a disclosure either.
      expect(el.shadowRoot!.textContent).not.to.match(/links\.flyer|www\.example\.org|expected/);
      expect(logged.some((args) => String(args[0]).includes('data warnings') && JSON.stringify(args[1]).includes('links.flyer'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('body that is not JSON', async () => {
    const { alert } = await alertFor('/test/fixtures/basic/gemeenten/../../../harness/helpers.ts');
    expect(alert.querySelector('p')!.textContent).to.contain('niet te lezen');
  });

  it('network failure', async () => {
    const { el, alert } = await alertFor('http://127.0.0.1:9/index.json');
    expect(alert.textContent).to.contain('geen verbinding');
    expect(getByRole(el, 'button', 'Probeer opnieuw')).to.exist;
  });

  it('timeout, after the time set by the timeout attribute', async () => {
    const el = await widget(undefined);
    el.timeout = 200;
    el.src = '/__test/hang';
    const alert = await findByRole(el, 'alert', undefined, 3000);
    expect(alert.textContent).to.contain('duurde te lang');
  });

  it('a file over the size limit', async () => {
    const { alert } = await alertFor(`/__test/big/${2 * 1024 * 1024 + 10}`);
    expect(alert.textContent).to.contain('te groot');
  });

  it('data that does not match the format lists every problem with its JSON path', async () => {
    const { el, alert } = await alertFor('/test/fixtures/invalid-index.json');
    expect(alert.textContent).to.contain('bevatten fouten');
    expect(queryByRole(el, 'button', 'Probeer opnieuw')).to.equal(undefined);
    await click(el, 'button', 'Details');
    expect(alert.textContent).to.contain('format');
    expect(alert.textContent).to.contain('municipalities[0].code');
  });

  it('Probeer opnieuw loads again', async () => {
    const key = `retry${Date.now()}`;
    const el = await widget(`/__test/flaky/${key}/basic/index.json`);
    await findByRole(el, 'alert');
    await click(el, 'button', 'Probeer opnieuw');
    expect(await findByRole(el, 'combobox', 'Gemeente')).to.exist;
  });

  it('a new src during the stemhulp goes back to the start, and reports a failing index instead of going blank', async () => {
    const el = await widget();
    await startGemeente(el, 'GM0001');
    el.src = '/__test/status/500';
    const alert = await findByRole(el, 'alert');
    await findByRole(el, 'button', 'Details');
    expect(alert.textContent).to.contain('status 500');
    expect(queryByRole(el, 'button', 'Eens')).to.equal(undefined);
  });

  it('loads a src set while the element was off the page when it comes back', async () => {
    const el = await widget();
    await findByRole(el, 'combobox', 'Gemeente');
    const parent = el.parentElement!;
    el.remove();
    el.src = '/__test/status/404';
    parent.append(el);
    const alert = await findByRole(el, 'alert');
    await findByRole(el, 'button', 'Details');
    expect(alert.textContent).to.contain('status 404');
  });

  it('a missing gemeente file leaves the other gemeenten usable', async () => {
    const el = await widget();
    await chooseGemeente(el, 'GM0003');
    const alert = await findByRole(el, 'alert');
    expect(alert.textContent).to.contain('De gegevens voor Cedorp konden niet worden geladen.');
    await findByRole(el, 'button', 'Details');
    expect(alert.textContent).to.contain('status 404');
    await startGemeente(el, 'GM0001');
    expect(visibleText(el)).to.contain('Stelling 1 van 4');
  });

  it("errors in one gemeente's inline content are listed with their path; other gemeenten work", async () => {
    const el = await widget();
    await chooseGemeente(el, 'GM0004');
    const alert = await findByRole(el, 'alert');
    expect(alert.textContent).to.contain('De gegevens voor Dedorp bevatten fouten.');
    expect(alert.textContent).to.contain('municipalities[3].parties[0].positions.a.position');
    expect(alert.textContent).to.contain('"ja"');
    await startGemeente(el, 'GM0002');
    expect(visibleText(el)).to.contain('Stelling 1 van 2');
  });
});
