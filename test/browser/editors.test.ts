import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { click, findByRole, queryByRole, visibleText, widget } from '../harness/helpers.js';

interface Hosts {
  script: string;
  data: string;
  scriptWithoutCors: string;
  dataWithoutCors: string;
  dataCorsOnSuccess: string;
  nobody: string;
}

const hosts = () => executeServerCommand<Hosts, undefined>('editor-hosts');

/** The newspaper page of test/harness/server/editor-hosts.mjs: README's snippet, on this origin. */
async function newspaperPage(query: Record<string, string>) {
  const frame = document.createElement('iframe');
  frame.src = `/__editor/page.html?${new URLSearchParams(query)}`;
  frame.style.width = '800px';
  frame.style.height = '900px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

async function widgetIn(frame: HTMLIFrameElement) {
  await waitUntil(() => frame.contentWindow!.customElements.get('stemhulp-widget'), 'the widget script to load from its host', {
    timeout: 8000,
  });
  const el = frame.contentDocument!.querySelector('stemhulp-widget') as StemhulpWidget;
  await el.updateComplete;
  return el;
}

describe('README "Voor redacties": a page, the widget and the data on three origins', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('following only steps 1 to 3, a reader does a whole stemhulp on the first try', async () => {
    const { script, data } = await hosts();
    const origins = new Set([location.origin, new URL(script).origin, new URL(data).origin]);
    expect(origins.size, [...origins].join(' ')).to.equal(3);

    frame = await newspaperPage({ script, data });
    const el = await widgetIn(frame);
    await click(el, 'button', /^Start de stemhulp/);
    // Answer until the result: the next statement, "Naar de uitslag" or the result itself
    // may each take a moment (the quiz and result code are files of their own on the host).
    for (let i = 0; i < 30; i++) {
      const next = () => queryByRole(el, 'heading', 'Jouw uitslag') ?? queryByRole(el, 'button', 'Naar de uitslag') ?? queryByRole(el, 'button', 'Eens');
      await waitUntil(next, `statement ${i + 1}, "Naar de uitslag" or the result`, { timeout: 8000 });
      const target = next()!;
      if (target.localName !== 'button') break;
      target.click();
      await el.updateComplete;
    }
    await findByRole(el, 'heading', 'Jouw uitslag', 8000);
    expect(visibleText(el)).to.match(/Zilverhaven/);
  });

  it('an English page gets the English texts from the widget host too (a file beside the script)', async () => {
    const { script, data } = await hosts();
    frame = await newspaperPage({ script, data, lang: 'en' });
    const el = await widgetIn(frame);
    await findByRole(el, 'button', /^Start the voting aid/, 8000);
  });

  it("without the header on the data host, Details say so in the widget's language, the browser's own words marked as such", async () => {
    const { script, dataWithoutCors } = await hosts();
    frame = await newspaperPage({ script, data: dataWithoutCors });
    const el = await widgetIn(frame);
    const alert = await findByRole(el, 'alert', undefined, 8000);
    expect(alert.textContent).to.contain('De stemhulp kon geen verbinding maken');
    await click(el, 'button', 'Details');
    const details = alert.querySelector('details')!;
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('De server antwoordde zonder de header Access-Control-Allow-Origin (Voor redacties, stap 2).');
    expect(text).not.to.contain('Likely');
    expect(text).to.contain(`${dataWithoutCors}/stemhulp/index.json`);
    // The browser's message ("Failed to fetch", "Load failed", …): labelled, in its own language.
    const browser = [...details.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Melding van de browser:'))!;
    expect(browser, text).to.exist;
    const own = browser.querySelector('span')!;
    expect(own.lang).to.equal('en');
    expect(own.textContent!.trim()).not.to.equal('');
  });

  it('a mistyped address on a host that sends the header only with files that exist: Details name both causes', async () => {
    const { script, dataCorsOnSuccess } = await hosts();
    frame = await newspaperPage({ script, data: dataCorsOnSuccess });
    const src = `${dataCorsOnSuccess}/stemhulp/index.jsn`;
    const el = await widgetIn(frame);
    el.setAttribute('src', src);
    const alert = await findByRole(el, 'alert', undefined, 8000);
    await click(el, 'button', 'Details');
    const text = alert.querySelector('details')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('De server antwoordde zonder de header Access-Control-Allow-Origin');
    expect(text).to.contain('Of het adres klopt niet en de server stuurt die header alleen bij bestanden die bestaan.');
    expect(text).to.contain(src);
  });

  it('a host where nothing answers is not blamed on CORS', async () => {
    const { script, nobody } = await hosts();
    frame = await newspaperPage({ script, data: nobody });
    const el = await widgetIn(frame);
    const alert = await findByRole(el, 'alert', undefined, 8000);
    await click(el, 'button', 'Details');
    const text = alert.querySelector('details')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Geen (volledig) antwoord van de server: het adres klopt niet, de server is onbereikbaar of de verbinding viel weg.');
    expect(text).not.to.contain('Access-Control');
  });

  it("an Arabic widget says it in Arabic, the browser's English marked as English", async () => {
    const { script, dataWithoutCors } = await hosts();
    frame = await newspaperPage({ script, data: dataWithoutCors, lang: 'ar' });
    const el = await widgetIn(frame);
    const alert = await findByRole(el, 'alert', undefined, 8000);
    await click(el, 'button', 'التفاصيل');
    const details = alert.querySelector('details')!;
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('ردّ الخادم بدون الترويسة');
    expect(text).to.contain('رسالة المتصفح:');
    expect(details.querySelector('span[lang="en"]')).to.exist;
    // Nothing else in Latin script but the header's name, the README's section and the address.
    const rest = text.replace(details.querySelector('span[lang="en"]')!.textContent!, '').replace(/Access-Control-Allow-Origin|Voor redacties|\S*:\/\/\S+/g, '');
    expect(rest, rest).not.to.match(/[A-Za-z]{3,}/);
  });

  it('without the header on the widget host, only the fallback link shows (step 5)', async () => {
    const { scriptWithoutCors, data } = await hosts();
    frame = await newspaperPage({ script: scriptWithoutCors, data });
    // The load event comes after the module script has run or failed.
    expect(frame.contentWindow!.customElements.get('stemhulp-widget')).to.equal(undefined);
    const link = frame.contentDocument!.querySelector('stemhulp-widget a') as HTMLAnchorElement;
    expect(link.textContent).to.equal('Doe de stemhulp');
    expect(link.getClientRects().length).to.be.greaterThan(0);
  });

  it('the nginx and Apache examples set the same header as the _headers example the test uses', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('## Voor redacties'), readme.indexOf('\n## ', readme.indexOf('## Voor redacties') + 1));
    expect(section).to.match(/```\s*\n\s*\/\*\n\s+Access-Control-Allow-Origin: \*\n/);
    expect(section).to.match(/```nginx[\s\S]*add_header Access-Control-Allow-Origin "\*" always;[\s\S]*```/);
    expect(section).to.match(/```apache\s*\n\s*Header always set Access-Control-Allow-Origin "\*"\n/);
  });
});

describe('the CORS hint is only given where it can be the cause', () => {
  it("a broken connection to the page's own origin has no CORS hint", async function () {
    this.timeout(15000);
    const el = await widget('/__test/truncated/basic/index.json');
    const alert = await findByRole(el, 'alert', undefined, 8000);
    expect(alert.textContent).to.contain('kon geen verbinding maken');
    // Details shows once its words, the details chunk, are there.
    await findByRole(el, 'button', 'Details');
    expect(alert.querySelector('details')!.textContent).not.to.contain('CORS');
  });
});
