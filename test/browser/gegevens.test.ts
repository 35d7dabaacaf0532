import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { strToU8, zipSync } from 'fflate';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { allByRole, chooseGemeente, click, findByRole, getByRole, queryByRole, visibleText } from '../harness/helpers.js';

/** A File as the browser gives it for a picked file, from a file the test server serves. */
async function file(url: string, name = url.split('/').pop()!, edit?: (text: string) => string) {
  const res = await fetch(url);
  const body = edit ? edit(await res.text()) : await res.arrayBuffer();
  return new File([body], name);
}

describe('demo/gegevens.html (Gegevens controleren)', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement;
  let doc: Document;
  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.src = '/demo/gegevens.html';
    frame.style.width = '1100px';
    frame.style.height = '900px';
    document.body.append(frame);
    // The page's script says so once it listens to the inputs.
    await waitUntil(() => frame.contentDocument?.getElementById('summary')?.textContent === 'Nog niets gecontroleerd.', 'the page', { timeout: 8000 });
    doc = frame.contentDocument!;
  });
  afterEach(() => frame.remove());

  const byLabel = (text: string) => {
    const label = [...doc.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text))!;
    return (label.control ?? doc.getElementById(label.htmlFor)) as HTMLInputElement;
  };
  const summary = () => doc.getElementById('summary')!.textContent!;
  const problems = () => [...doc.querySelectorAll<HTMLElement>('#problems li')].map((li) => li.innerText.replace(/\s+/g, ' ').trim());
  const done = () => waitUntil(() => /fout/.test(summary()), 'the check to finish', { timeout: 10000 });
  const preview = async () => {
    await waitUntil(() => doc.querySelector('#preview stemhulp-widget'), 'the preview', { timeout: 5000 });
    return doc.querySelector('#preview stemhulp-widget') as StemhulpWidget;
  };
  function pick(files: File[]) {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(f);
    const input = byLabel('Kies bestanden');
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('the template, picked as files: no problems, and the widget beside it runs on it', async () => {
    const t = '/template/';
    pick(await Promise.all(['gemeenten.csv', 'instellingen.csv', 'GM9901/stellingen.csv', 'GM9901/partijen.csv', 'GM9901/standpunten.csv'].map((p) => file(t + p))));
    await done();
    expect(summary()).to.equal(
      '0 fouten, 0 waarschuwingen. Klaar om te publiceren: download de JSON-bestanden hieronder, of maak ze met de opdracht stemhulp-data import (zie de handleiding).',
    );
    // The files to publish, as the CLI writes them.
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('#download-list a')];
    expect(links.map((a) => [a.textContent, a.download])).to.deep.equal([
      ['index.json', 'index.json'],
      ['gemeenten/GM9901.json', 'GM9901.json'],
    ]);
    const written = await (await fetch(links[1].href)).json();
    expect(written.statements).to.have.length(10);
    expect(written.$schema).to.match(/municipality\.schema\.json$/);
    const widget = await preview();
    await chooseGemeente(widget, 'GM9901');
    await click(widget, 'button', /^Start de stemhulp/);
    await findByRole(widget, 'button', 'Eens');
    expect(visibleText(widget)).to.contain('De gemeente opent een kleine opvang voor asielzoekers in een gewone woonwijk.');
    expect(visibleText(widget)).to.contain('Stelling 1 van 10');
  });

  it('a position left empty on a statement with advice: not just "Klaar om te publiceren", but what readers will see', async () => {
    const t = '/template/';
    pick([
      ...(await Promise.all(['gemeenten.csv', 'instellingen.csv', 'GM9901/stellingen.csv', 'GM9901/partijen.csv'].map((p) => file(t + p)))),
      await file(t + 'GM9901/standpunten.csv', 'standpunten.csv', (s) => s.replace(/\r\nlvw;s1;neutraal;/, '\r\nlvw;s1;;')),
    ]);
    await done();
    expect(summary()).to.match(
      /^0 fouten, \d+ waarschuwingen\. Klaar om te publiceren, maar lees eerst wat lezers zien: .* Let op: bij 1 partij ontbreekt een standpunt bij een stelling met advies\./,
    );
    const note = problems().find((p) => p.includes('Lijst Voorbeeld Welvaart: geen standpunt bij stelling s1'));
    expect(note, problems().join('\n')).to.match(
      /Let op: .*lezers daardoor bij Kleinschalige opvang midden in de samenleving "op 2 van 3 stellingen" en bij Totaal "op 9 van 10 stellingen"/,
    );
    // And the preview beside it shows exactly that.
    const widget = await preview();
    await chooseGemeente(widget, 'GM9901');
    await click(widget, 'button', 'Bekijk het oordeel per partij');
    const cell = await findByRole(widget, 'button', /^Lijst Voorbeeld Welvaart, Totaal: \d+% op 9 van 10 stellingen$/);
    expect(cell).to.exist;
  });

  it('a mistake is listed with file, row, column and the fix', async () => {
    const t = '/template/';
    pick([
      ...(await Promise.all(['gemeenten.csv', 'instellingen.csv', 'GM9901/partijen.csv', 'GM9901/standpunten.csv'].map((p) => file(t + p)))),
      await file(t + 'GM9901/stellingen.csv', 'stellingen.csv', (s) => s.replace(/\r\ns2;opvang;/, '\r\ns2;opvng;')),
    ]);
    await done();
    expect(summary()).to.match(/^1 fout, 0 waarschuwingen\. Los de fouten op/);
    expect(doc.getElementById('downloads')!.hidden).to.equal(true);
    expect(problems()).to.deep.equal([
      'stellingen.csv:3:2 (speerpunt) Fout: "opvng" is geen speerpunt. Gebruik een van "opvang", "huisvesting", "inburgering" of "werk", of de Nederlandse titel van het speerpunt.',
    ]);
  });

  it('files dropped as Excel saves them (Windows-1252): warned per file, decoded, shown', async () => {
    // The test server hands text files out as UTF-8, so the Windows-1252 bytes are made here
    // from the UTF-8 twin (the Node tests read the committed ANSI bytes themselves).
    const c1: Record<string, number> = { '“': 0x93, '”': 0x94 };
    const ansi = (s: string) => Uint8Array.from([...s.replace(/^\ufeff/, '')].map((ch) => c1[ch] ?? ch.charCodeAt(0)));
    const base = '/test/fixtures/authoring/excel-utf8/';
    const dt = new DataTransfer();
    for (const p of ['gemeenten.csv', 'instellingen.csv', 'GM9911/stellingen.csv', 'GM9911/partijen.csv', 'GM9911/standpunten.csv'])
      dt.items.add(new File([ansi(await (await fetch(base + p)).text())], p.split('/').pop()!));
    doc.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await done();
    // The four files, and p2's unknown position on s2 twice: as a position, and what readers see of the verdict.
    expect(summary()).to.match(/^0 fouten, 6 waarschuwingen\./);
    expect(
      problems()
        .filter((p) => p.includes('Windows-1252'))
        .map((p) => p.split(' ')[0]),
    ).to.deep.equal(['gemeenten.csv', 'instellingen.csv', 'partijen.csv', 'stellingen.csv']);
    expect(problems().join()).to.match(
      /standpunten\.csv(:5:3 \(standpunt\))?( \[parties\[1\]\.positions\])? Let op: (Geen standpunt van partij p2 bij stelling s2|Partij p2 \(in partijen\.csv rij 3\) heeft geen standpunt bij 1 van de 2 stellingen \(s2\))/,
    );
    const widget = await preview();
    await chooseGemeente(widget, 'GM9911');
    await click(widget, 'button', /^Start de stemhulp/);
    await findByRole(widget, 'button', 'Eens');
    expect(visibleText(widget)).to.contain('Het café in het dorpshuis wordt een ontmoetingsplek voor nieuwkomers.');
  });

  it("dropped files with door and datum: the parties' status as stemhulp-data status tells it, the data's names as text", async () => {
    const base = '/test/fixtures/authoring/status/';
    const dt = new DataTransfer();
    for (const p of ['gemeenten.csv', 'instellingen.csv', 'GM9921/stellingen.csv', 'GM9921/partijen.csv', 'GM9921/standpunten.csv']) dt.items.add(await file(base + p));
    doc.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await done();
    const section = doc.body;
    getByRole(section, 'heading', 'Stand van de partijen');
    const list = getByRole(section, 'list', 'Stand van de partijen');
    const gemeente = getByRole(list, 'listitem', /^GM9921 Standdorp: /);
    // p1 answered itself (door = partij); p2's positions were set by the organisation or are missing.
    expect(gemeente.firstChild!.textContent).to.equal('GM9921 Standdorp: 1 van 2 partijen heeft geantwoord; niet: p2. Stellingen zonder advies: s3.');
    // What readers see of the verdict of the party without every position; its name, markup included, is text.
    expect(allByRole(gemeente, 'listitem').map((li) => li.textContent)).to.deep.equal([
      'p2 (<img src=x onerror=alert(1)> Lijst Stil): lezers zien Sneller aan het werk "Geen oordeel: standpunten onbekend", Totaal "0% (op 1 van 2 stellingen)".',
    ]);
    expect(list.querySelector('img')).to.equal(null);
    expect(doc.getElementById('parties-total')!.textContent).to.equal('Samen: 1 van 2 partijen in 1 gemeente heeft zelf geantwoord.');

    // JSON files have no spreadsheet to count: the status of the files before goes.
    pick([await file('/test/fixtures/authoring/json/komma.json')]);
    await waitUntil(() => problems()[0]?.startsWith('komma.json'), 'the JSON check');
    expect(queryByRole(section, 'heading', 'Stand van de partijen')).to.equal(undefined);
  });

  it('JSON files and a URL: syntax errors with line and column, and every data link followed', async () => {
    pick([await file('/test/fixtures/authoring/json/komma.json')]);
    await done();
    expect(problems()[0]).to.match(/^komma\.json:\d+:\d+ Fout: Komma na het laatste onderdeel/);

    byLabel('Of het adres').value = new URL('/test/fixtures/authoring/json/index.json', location.href).href;
    doc.querySelector<HTMLButtonElement>('#by-url button')!.click();
    await waitUntil(() => /^\d+ fout/.test(summary()) && problems().some((p) => p.includes('ja.json')), 'the URL check', { timeout: 10000 });
    const all = problems().join('\n');
    expect(all).to.match(/\/json\/ja\.json:\d+:\d+ \[parties\[0\]\.positions\.s1\.position\] Fout: "ja" is geen antwoord/);
    expect(all).to.contain('bestaat-niet.json gaf HTTP-status 404 (niet gevonden)');
    expect(all).to.contain('"GM99" is geen CBS-code');
    // An address is fixed on the website, not by choosing files again.
    expect(summary()).to.match(/fouten?, \d+ waarschuwingen?\. Los de fouten op, zet de bestanden opnieuw op de website en controleer het adres opnieuw\.$/);
    expect((await preview()).getAttribute('src')).to.match(/\/test\/fixtures\/authoring\/json\/index\.json$/);
  });

  it('checks off the main thread, in a worker; a new check ends the one still running', async () => {
    // The page makes its worker when it first checks: the frame's Worker is watched from here.
    const win = frame.contentWindow as Window & typeof globalThis;
    const made: { url: string; ended: boolean }[] = [];
    win.Worker = class extends win.Worker {
      entry = { url: '', ended: false };
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.entry.url = new URL(url, win.location.href).pathname;
        made.push(this.entry);
      }
      override terminate() {
        this.entry.ended = true;
        super.terminate();
      }
    };
    const municipalities = Array.from({ length: 400 }, (_, i) => ({ code: `GM${String(i).padStart(4, '0')}`, name: `G${i}`, data: `ontbreekt-${i}.json` }));
    const komma = await file('/test/fixtures/authoring/json/komma.json');
    // Both at once: the page starts the first check in the change event, so the second finds it running.
    pick([new File([JSON.stringify({ format: 'stemhulp/1', municipalities })], 'index.json')]);
    pick([komma]);
    await done();
    expect(problems()[0]).to.match(/^komma\.json:\d+:\d+ Fout: Komma na het laatste onderdeel/);
    expect(made.map((w) => w.url)).to.deep.equal(['/demo/gegevens-worker.js', '/demo/gegevens-worker.js']);
    expect(made[0].ended).to.equal(true);
  });

  it("an index with 20,000 data links: the format's 400 gemeenten are followed, no more", async function () {
    this.timeout(60000);
    const municipalities = Array.from({ length: 20000 }, (_, i) => ({ code: `GM${String(i % 10000).padStart(4, '0')}`, name: `G${i}`, data: `ontbreekt-${i}.json` }));
    pick([new File([JSON.stringify({ format: 'stemhulp/1', municipalities }, null, 1)], 'index.json')]);
    await waitUntil(() => /fout/.test(summary()), 'the check to finish', { timeout: 50000 });
    const list = problems();
    expect(list.filter((p) => p.includes('is niet gekozen')).length).to.equal(400);
    expect(list.some((p) => p.includes('Er zijn 20000 gemeenten; toegestaan is 1 tot 400'))).to.equal(true);
  });

  it('an XLSX zip bomb is refused by its unpacked size, with the fix', async function () {
    this.timeout(60000);
    const row = '<row><c t="inlineStr"><is><t>a</t></is></c></row>';
    const sheet = strToU8(`<worksheet><sheetData>${row.repeat(Math.ceil((40 * 1024 * 1024) / row.length))}</sheetData></worksheet>`);
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': sheet }, { level: 9 });
    pick([new File(['code;naam\r\nGM9901;Voorbeeldstad\r\n'], 'gemeenten.csv'), new File([bomb], 'GM9901.xlsx')]);
    await waitUntil(() => /fout/.test(summary()), 'the check to finish', { timeout: 50000 });
    expect(problems()).to.deep.equal([
      'GM9901.xlsx Fout: Dit werkboek is uitgepakt groter dan 20 MiB; zo groot is het werkboek van een gemeente nooit, dus het wordt niet gelezen. Sla de drie bladen opnieuw op in een nieuw werkboek, zonder afbeeldingen of andere bladen, of gebruik CSV-bestanden.',
    ]);
  });
});
