import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { findByRole } from '../harness/helpers.js';

/** The form control a sighted user finds by its label text. */
function byLabel(doc: Document, text: string): HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement {
  const label = [...doc.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  return (label.control ?? doc.getElementById(label.htmlFor)) as never;
}
const button = (doc: Document, text: string) => [...doc.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

function change(control: HTMLInputElement | HTMLSelectElement, value?: string) {
  if (value !== undefined) control.value = value;
  else (control as HTMLInputElement).checked = true;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('demo/generator.html', function () {
  this.timeout(20000);
  let frame: HTMLIFrameElement;
  let doc: Document;
  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.src = '/demo/generator.html';
    frame.style.width = '900px';
    frame.style.height = '900px';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.getElementById('gemeente')?.querySelectorAll('option').length! > 1, 'the gemeente list', {
      timeout: 8000,
    });
    doc = frame.contentDocument!;
  });
  afterEach(() => frame.remove());

  it('script: choose gemeente, language and colour, see it live, copy the snippet', async () => {
    const gemeente = byLabel(doc, 'Gemeente');
    expect([...gemeente.options].map((o) => o.value)).to.include('GM9902');
    change(gemeente, 'GM9902');
    change(byLabel(doc, 'Taal'), 'en');
    // One colour cannot be readable on both the light and the dark background: fixed to light.
    change(byLabel(doc, 'Kleurenschema'), 'light');
    change(byLabel(doc, 'Eigen kleur'));
    change(doc.getElementById('accent') as HTMLInputElement, '#aa0000');
    await waitUntil(() => byLabel(doc, 'Plak deze code').value.includes('gemeente="GM9902"'), 'the snippet');

    const snippet = byLabel(doc, 'Plak deze code').value;
    expect(snippet).to.contain('<script type="module" src="http://');
    expect(snippet).to.contain('/dist/stemhulp-widget.js"></script>');
    expect(snippet).to.contain('gemeente="GM9902"');
    expect(snippet).to.contain('lang="en"');
    expect(snippet).to.contain('--stemhulp-color-accent: #aa0000; --stemhulp-color-accent-text: #ffffff');
    // The fallback link in the chosen language, to the organisation's site from the data.
    expect(snippet).to.contain('<a href="https://example.org/">Take the voting aid</a>');
    expect(snippet).to.contain('theme="light"');
    expect(snippet).to.match(/src="http:\/\/[^"]+\/demo\/data\/index\.json"/);

    // The preview is the real widget with those settings: no picker, the gemeente preset.
    const live = doc.querySelector('#preview stemhulp-widget') as StemhulpWidget;
    expect(live.getAttribute('gemeente')).to.equal('GM9902');
    await findByRole(live, 'button', /Start/);
    expect(live.shadowRoot!.querySelector('select')).to.equal(null);

    let copied = '';
    Object.defineProperty(frame.contentWindow!.navigator.clipboard, 'writeText', {
      value: async (text: string) => void (copied = text),
    });
    button(doc, 'Kopieer de code').click();
    await waitUntil(() => doc.getElementById('copy-status')!.textContent!.includes('gekopieerd'), 'the copy confirmation');
    expect(copied).to.equal(snippet);
  });

  it('iframe: the snippet and the preview use dist/embed.html and embed-resize.js', async () => {
    change(byLabel(doc, 'Iframe'));
    change(byLabel(doc, 'Kleurenschema'), 'dark');
    change(byLabel(doc, 'Eigen kleur'));
    change(doc.getElementById('accent') as HTMLInputElement, '#ffd700');
    const snippet = byLabel(doc, 'Plak deze code').value;
    expect(snippet).to.match(/<iframe data-stemhulp src="http:\/\/[^"]+\/dist\/embed\.html\?src=http[^"]+" title="Stemhulp" height="900"/);
    expect(snippet).to.contain('&amp;theme=dark&amp;');
    expect(snippet).to.contain('--stemhulp-color-accent=%23ffd700&amp;--stemhulp-color-accent-text=%231d1d1f');
    expect(snippet).to.match(/<script src="http:\/\/[^"]+\/dist\/embed-resize\.js"><\/script>$/);
    const preview = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    expect(preview.src).to.contain('/dist/embed.html?');
    // Sized by the widget inside, through embed-resize.js.
    await waitUntil(() => preview.style.height !== '', 'the preview iframe to be sized', { timeout: 8000 });
  });

  it('says so when the data address holds no stemhulp data', async () => {
    change(byLabel(doc, 'Adres van de gegevens'), '/__test/status/404');
    await waitUntil(() => doc.getElementById('data-status')!.textContent!.includes('Op dit adres staat geen bestand (HTTP 404)'), 'the message');
    expect(byLabel(doc, 'Gemeente').options.length).to.equal(1);
  });

  const status = () => doc.getElementById('data-status')!.textContent!;
  const warnings = () => [...doc.querySelectorAll('#warnings li')].map((li) => li.textContent!);
  const snippet = () => byLabel(doc, 'Plak deze code').value;

  it("checks the data with the widget's validator and lists each problem with its file and place", async () => {
    change(byLabel(doc, 'Adres van de gegevens'), 'data/index-with-errors.json');
    await waitUntil(() => /fouten in 2 bestanden/.test(status()), `the count, not "${status()}"`, { timeout: 8000 });
    expect(status()).to.match(/^3 gemeenten gevonden\. \d+ fouten in 2 bestanden: zie hieronder\.$/);
    const problems = [...doc.querySelectorAll('#data-problems li')].map((li) => li.textContent!);
    expect(doc.getElementById('data-problems')!.hidden).to.equal(false);
    // An inline gemeente's mistake, by path, and a gemeente file that is not there.
    expect(
      problems.some((p) => /^index\.json \(GM9999\): municipalities\[2\]\.\S+: /.test(p)),
      problems.join('\n'),
    ).to.equal(true);
    expect(problems).to.include('GM9998-bestaat-niet.json (GM9998): Op dit adres staat geen bestand (HTTP 404).');
  });

  it('an index the widget cannot use fills no gemeente list and says why', async () => {
    change(byLabel(doc, 'Adres van de gegevens'), '/test/fixtures/invalid-index.json');
    await waitUntil(() => status().startsWith('De stemhulp kan deze gegevens niet gebruiken'), 'the refusal', { timeout: 8000 });
    expect(byLabel(doc, 'Gemeente').options.length).to.equal(1);
    const problems = [...doc.querySelectorAll('#data-problems li')].map((li) => li.textContent!);
    expect(problems.some((p) => p.startsWith('index.json: format: '))).to.equal(true);
  });

  it('a good data file says so, and a clean gemeente file is checked when chosen', async () => {
    await waitUntil(() => status().includes('Geen fouten gevonden'), `no problems, not "${status()}"`, { timeout: 8000 });
    change(byLabel(doc, 'Gemeente'), 'GM9903');
    await waitUntil(() => status() === '3 gemeenten gevonden. Geen fouten gevonden.', status());
    expect(doc.getElementById('data-problems')!.hidden).to.equal(true);
  });

  it('warns when the data or the widget is on a localhost address', async () => {
    // The test server is on localhost: both addresses start out local.
    expect(warnings().filter((w) => w.includes('werkt alleen op deze computer'))).to.have.length(2);
    change(byLabel(doc, 'Adres van de widget'), 'https://widget.example.org/stemhulp-widget/');
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]).to.match(/^Het adres van de gegevens \(localhost:\d+\) werkt alleen op deze computer/);
    change(byLabel(doc, 'Adres van de gegevens'), 'http://127.0.0.1:9/index.json');
    expect(warnings()[0]).to.match(/^Het adres van de gegevens \(127\.0\.0\.1:9\)/);
    change(byLabel(doc, 'Adres van de gegevens'), 'https://data.example.org/stemhulp/index.json');
    expect(warnings()).to.deep.equal([]);
    expect(snippet()).to.contain('<script type="module" src="https://widget.example.org/stemhulp-widget/stemhulp-widget.js">');
  });

  it('warns that the iframe route shows data from another origin only when embed.config.json lists it, and says how', async () => {
    change(byLabel(doc, 'Iframe'));
    expect(warnings().filter((w) => w.startsWith('Iframe'))).to.deep.equal([]);
    change(byLabel(doc, 'Adres van de widget'), 'https://widget.example.org/stemhulp-widget/');
    expect(warnings().filter((w) => w.startsWith('Iframe'))[0]).to.equal(
      `Iframe: embed.html toont alleen gegevens van zijn eigen herkomst (https://widget.example.org) en van de herkomsten in het bestand embed.config.json ernaast. Zet daarin { "dataOrigins": ["${location.origin}"] } (README: Iframe), of zet de gegevens naast embed.html.`,
    );
    change(byLabel(doc, 'Script'));
    expect(warnings().filter((w) => w.startsWith('Iframe'))).to.deep.equal([]);
  });

  it('writes the fallback link in the chosen language, to the address given', async () => {
    expect(snippet()).to.contain('>Doe de stemhulp</a>');
    change(byLabel(doc, 'Taal'), 'ar');
    expect(snippet()).to.contain('<a href="https://example.org/" dir="rtl">ابدأ دليل التصويت</a>');
    change(byLabel(doc, 'Link voor lezers zonder JavaScript'), 'https://krant.example/stemhulp?x=1&y=2');
    change(byLabel(doc, 'Taal'), 'nl');
    expect(snippet()).to.contain('<a href="https://krant.example/stemhulp?x=1&amp;y=2">Doe de stemhulp</a>');
  });

  it('puts a house colour in the code only where it stays readable, and says why beside the picker', async () => {
    const status = () => doc.getElementById('accent-status')!.textContent!;
    const picker = doc.getElementById('accent') as HTMLInputElement;
    // The reason is the picker's own description, right beside it, not in the list under Code.
    expect(picker.getAttribute('aria-describedby')).to.equal('accent-status');
    expect(picker.nextElementSibling).to.equal(doc.getElementById('accent-status'));
    change(byLabel(doc, 'Eigen kleur'));
    change(picker, '#ffd400');
    // Yellow: dark text on the buttons is fine, links in yellow on white are not (1,4:1): left out.
    expect(snippet()).not.to.contain('--stemhulp-color-accent');
    expect(status()).to.equal(
      'Deze kleur staat niet in de code: tekst voor links en knoppen op de lichte achtergrond is slecht leesbaar (1,4:1; minstens 4,5:1 nodig). Kies een donkerdere of lichtere kleur, of bij Kleurenschema ‘Altijd donker’.',
    );
    expect(warnings().filter((w) => w.includes('kleur'))).to.deep.equal([]);
    // The preview shows what the code gives: the widget's own colours.
    expect((doc.querySelector('#preview stemhulp-widget') as HTMLElement).style.getPropertyValue('--stemhulp-color-accent')).to.equal('');
    // Always dark: yellow on the dark background is readable, so it is used.
    change(byLabel(doc, 'Kleurenschema'), 'dark');
    expect(snippet()).to.contain('--stemhulp-color-accent: #ffd400; --stemhulp-color-accent-text: #1d1d1f');
    expect(status()).to.equal('Tekst op de knoppen: zwart (11,7:1).');
    // Mid grey: neither white nor black text reaches 4.5:1 on it; nothing to offer.
    change(byLabel(doc, 'Kleurenschema'), 'auto');
    change(picker, '#808080');
    expect(snippet()).not.to.contain('--stemhulp-color-accent');
    expect(status()).to.match(
      /^Deze kleur staat niet in de code: tekst op knoppen in deze kleur is slecht leesbaar \(4,2:1; minstens 4,5:1 nodig\); tekst voor links en knoppen op de lichte achtergrond is slecht leesbaar \(3,9:1;/,
    );
    expect(status()).to.match(/Kies een donkerdere of lichtere kleur\.$/);
    // The widget's own blue on dark pages too: too dark there; usable when fixed to light.
    change(picker, '#1a5fa8');
    expect(status()).to.contain(
      'op de donkere achtergrond is slecht leesbaar (2,7:1; minstens 4,5:1 nodig). Kies een donkerdere of lichtere kleur, of bij Kleurenschema ‘Altijd licht’.',
    );
    change(byLabel(doc, 'Kleurenschema'), 'light');
    expect(snippet()).to.contain('--stemhulp-color-accent: #1a5fa8; --stemhulp-color-accent-text: #ffffff');
  });

  it('checks a typed data address when the editor leaves the field, not on every keystroke', async () => {
    const field = byLabel(doc, 'Adres van de gegevens');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const asked: string[] = [];
    const real = win.fetch;
    win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(new URL(input instanceof Request ? input.url : String(input), win.location.href).pathname);
      return real.call(win, input, init);
    };
    const target = '/test/fixtures/basic/index.json';
    field.focus();
    field.value = '';
    for (const c of target) {
      field.value += c;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      // As a person types: the page gets to render (and the preview to load) between keys.
      await (doc.querySelector('#preview stemhulp-widget') as StemhulpWidget | null)?.updateComplete;
      await new Promise((r) => win.requestAnimationFrame(r));
    }
    // The snippet follows the typing; no address was asked for yet.
    expect(snippet()).to.contain(`${location.origin}${target}`);
    // Leaving the field (change) checks it, and the preview shows it.
    field.dispatchEvent(new Event('change', { bubbles: true }));
    field.blur();
    await waitUntil(() => asked.filter((p) => p === target).length >= 2, `the check and the preview ask for it: ${asked.join(' ')}`, { timeout: 8000 });
    const partial = asked.filter((p) => p !== target && target.startsWith(p));
    expect(partial, partial.join(' ')).to.deep.equal([]);
    await waitUntil(() => status().includes('gemeenten gevonden'), status());
  });

  it('its "Voor redacties" link opens a readable page of that README section, not the raw markdown', async () => {
    const link = [...doc.querySelectorAll('a')].find((a) => a.textContent === 'Voor redacties')!;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    link.click();
    await loaded;
    await waitUntil(() => frame.contentDocument?.querySelector('h1')?.textContent === 'Voor redacties: in five steps', 'the section as a page', { timeout: 8000 });
    const page = frame.contentDocument!;
    const text = page.body.textContent!;
    expect(text).not.to.match(/```|\*\*|^#+ /m);
    // The five steps as a list, the snippet as code, links that work from here.
    expect(page.querySelectorAll('article > ol > li')).to.have.length(5);
    expect([...page.querySelectorAll('pre code')].some((c) => c.textContent!.includes('<stemhulp-widget src="https://data.example.org/stemhulp/index.json"'))).to.equal(true);
    const generator = [...page.querySelectorAll('article a')].find((a) => a.textContent === 'generator') as HTMLAnchorElement;
    expect(new URL(generator.href).pathname).to.equal('/demo/generator.html');
    expect(page.querySelector('article')!.lang).to.equal('en');
  });

  it('writes theme into the snippet only when it is not auto', async () => {
    expect(byLabel(doc, 'Kleurenschema').value).to.equal('auto');
    expect(snippet()).not.to.contain('theme');
    change(byLabel(doc, 'Kleurenschema'), 'light');
    expect(snippet()).to.match(/<stemhulp-widget src="[^"]+" theme="light">/);
    change(byLabel(doc, 'Kleurenschema'), 'dark');
    expect(snippet()).to.contain(' theme="dark">');
    expect(doc.querySelector('#preview stemhulp-widget')!.getAttribute('theme')).to.equal('dark');
  });

  it('puts the form and the live preview side by side on a wide screen, one above the other on a phone', async () => {
    const box = (sel: string) => doc.querySelector(sel)!.getBoundingClientRect();
    frame.style.width = '1200px';
    await waitUntil(() => box('.preview-pane').left > box('#options').right, 'the preview beside the form');
    expect(box('.preview-pane').top).to.be.below(box('#options').top + 100);
    frame.style.width = '400px';
    await waitUntil(() => box('.preview-pane').top > box('#snippet').bottom, 'the preview below the code');
    expect(doc.documentElement.scrollWidth).to.be.at.most(400);
  });
});
