/**
 * Status messages and alerts as screen readers need them (issue 21): a live region is in
 * the page, empty, before its words arrive (VoiceOver and NVDA often stay silent for a
 * region inserted with its words already in it), and one failure is one alert, however
 * often the reader presses Start.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { basicSrc, chooseGemeente, click, findByRole, queryByRole } from '../harness/helpers.js';

const faultsSrc = '/test/fixtures/faults/index.json';
const live = '[role="status"], [role="alert"]';

/**
 * A widget whose shadow root is watched from before its first render: every status and
 * alert put into it, with the words it had as it arrived.
 */
function watched(attributes: Record<string, string>) {
  const el = document.createElement('stemhulp-widget') as StemhulpWidget;
  document.body.append(el);
  const arrived: { role: string; words: string; node: Element }[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        for (const e of [...(n.matches(live) ? [n] : []), ...n.querySelectorAll(live)]) {
          arrived.push({ role: e.getAttribute('role')!, words: e.textContent!.trim(), node: e });
        }
      }
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  const done = () => (observer.disconnect(), el.remove());
  return { el, arrived, done };
}

/** Waits until a status with these words is shown, and checks that it had come empty. */
async function saidLater(w: ReturnType<typeof watched>, words: string) {
  const region = () => w.arrived.find((a) => a.role === 'status' && a.node.isConnected && a.node.textContent!.trim() === words);
  await waitUntil(region, `status "${words}"`, { timeout: 5000 });
  expect(region()!.words, `"${words}" as its region arrived`).to.equal('');
}

describe('status messages arrive in a region that is already there', function () {
  this.timeout(20_000);
  let w: ReturnType<typeof watched> | undefined;
  afterEach(() => {
    w?.done();
    w = undefined;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('Gegevens laden… (the index) and Gegevens voor … laden… (a gemeente)', async () => {
    w = watched({ src: '/__test/delay/600/basic/index.json' });
    await saidLater(w, 'Gegevens laden…');
    await findByRole(w.el, 'combobox', 'Gemeente', 5000);
    w.el.remove();
    w = watched({ src: faultsSrc });
    await chooseGemeente(w.el, 'GM0107');
    await click(w.el, 'button', 'Start de stemhulp');
    await saidLater(w, 'Gegevens voor Traagdorp laden…');
  });

  it('Je hebt alle stellingen overgeslagen', async () => {
    w = watched({ src: basicSrc });
    await chooseGemeente(w.el, 'GM0001');
    await click(w.el, 'button', 'Start de stemhulp');
    for (let i = 0; i < 4; i++) {
      await findByRole(w.el, 'button', 'Sla over', 4000);
      await click(w.el, 'button', 'Sla over');
    }
    await saidLater(w, 'Je hebt alle stellingen overgeslagen. Beantwoord minstens één stelling om een uitslag te zien.');
  });

  it('the notice on a shared result, and on a link that could not be read', async () => {
    history.replaceState(null, '', '#stemhulp=1.GM0001.s1-A_s2-d');
    w = watched({ src: basicSrc });
    await saidLater(w, 'Dit is een uitslag die iemand met je heeft gedeeld.');
    w.done();
    history.replaceState(null, '', '#stemhulp=9.nonsense');
    w = watched({ src: basicSrc });
    await saidLater(w, 'De link met een uitslag kon niet worden gelezen. Je kunt de stemhulp zelf doen.');
  });
});

describe('alerts', function () {
  this.timeout(20_000);
  it('a gemeente that failed is one alert: Start again takes focus to it, it is not drawn anew', async () => {
    const w = watched({ src: faultsSrc });
    try {
      await chooseGemeente(w.el, 'GM0103');
      const alert = await findByRole(w.el, 'alert', /^De gegevens voor Serverfout konden niet worden geladen/, 4500);
      expect(w.arrived.filter((a) => a.role === 'alert')).to.have.length(1);
      await click(w.el, 'button', 'Start de stemhulp');
      await click(w.el, 'button', 'Start de stemhulp');
      expect(
        w.arrived.filter((a) => a.role === 'alert'),
        'alerts put into the page',
      ).to.have.length(1);
      expect(w.el.shadowRoot!.activeElement).to.equal(alert);
      expect(queryByRole(w.el, 'alert')).to.equal(alert);
    } finally {
      w.done();
    }
  });
});
