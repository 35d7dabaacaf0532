// The party form, dist/partijformulier.html (issue 25), as a party uses it: opened on its
// invitation link in a frame of its own (same origin, so the test reads what the page shows
// and what it saves), filled in by keyboard, downloaded. Data from test/fixtures/form/.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../harness/wait.js';
import { watchDownloads } from '../harness/downloads.js';
import { accessibleName, allByRole, findByRole, getByRole, queryByRole } from '../harness/helpers.js';
import { frameAccessible } from '../harness/a11y-helpers.js';

const index = '/test/fixtures/form/index.json';
const invite = (extra = '', gemeente = 'GM0101', partij = 'p1') => `gegevens=${encodeURIComponent(index)}&gemeente=${gemeente}&partij=${partij}&code=ABCD2345EFGH${extra}`;

const statements = [
  'De gemeente vangt asielzoekers op in kleine groepen in gewone wijken.',
  'Statushouders krijgen voorrang op een sociale huurwoning.',
  '<b>Inburgering</b> begint op de eerste dag in de gemeente.',
  'Vluchtelingen mogen naast hun taalles werken.',
];

const frames: HTMLIFrameElement[] = [];
/** The drafts the form keeps (same origin as this page): none before each test. */
function clearDrafts() {
  for (const k of Object.keys(localStorage)) if (k.startsWith('stemhulp-partijformulier:')) localStorage.removeItem(k);
}
beforeEach(clearDrafts);
afterEach(() => {
  for (const f of frames.splice(0)) f.parentElement!.remove();
  clearDrafts();
});

/** The form in a frame `width` px wide, once it shows the form or a message. */
async function open(hash: string, width = 700) {
  const box = document.createElement('div');
  const frame = document.createElement('iframe');
  frame.title = 'Partijformulier';
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0`;
  frame.src = `/dist/partijformulier.html${hash ? `#${hash}` : ''}`;
  box.append(frame);
  document.body.append(box);
  frames.push(frame);
  await ready(frame);
  return frame;
}

async function ready(frame: HTMLIFrameElement) {
  await waitUntil(() => frame.contentDocument?.querySelector('main h1'), 'the form or its message', { timeout: 10_000 });
  return frame.contentDocument!.body;
}

/** Reloads the frame and waits for the new page's form (not the old page's, still there while the reload starts). */
async function reload(frame: HTMLIFrameElement) {
  const old = frame.contentDocument;
  frame.contentWindow!.location.reload();
  await waitUntil(() => frame.contentDocument !== old && frame.contentDocument?.querySelector('.statement'), 'the form again', { timeout: 10_000 });
}

/**
 * Types `text` a key at a time: WebKit's WebDriver drops a repeated letter and spaces when
 * a whole string is sent at once ("willen kleine" arrives as "wilenkleine").
 */
async function type(text: string) {
  for (const key of text) await sendKeys({ press: key });
}

const body = (frame: HTMLIFrameElement) => frame.contentDocument!.body;
const text = (frame: HTMLIFrameElement) => body(frame).innerText.replace(/\s+/g, ' ');
const group = (frame: HTMLIFrameElement, n: number) => getByRole(body(frame), 'radiogroup', statements[n]);
const item = (frame: HTMLIFrameElement, n: number) => group(frame, n).closest('li')!;
const preview = (frame: HTMLIFrameElement, n: number) => item(frame, n).querySelector<HTMLElement>('.preview')!;

describe('partijformulier.html: the party form', function () {
  // Each test loads a page, its script and two data files on a machine shared with other runs.
  this.timeout(30_000);

  it('a party opens its link: its name and gemeente, who asks and why, and every statement with the explanation', async () => {
    const f = await open(invite('&lang=nl'));
    const b = body(f);
    expect(getByRole(b, 'heading', 'Standpunten van Partij Alfa in Formdorp')).to.exist;
    expect(f.contentDocument!.title).to.equal('Standpunten van Partij Alfa in Formdorp');
    expect(b.querySelector('.facts')!.textContent).to.equal('PartijPartij AlfaGemeenteFormdorp');
    expect(getByRole(b, 'heading', 'Wie vraagt dit en waarom')).to.exist;
    expect(text(f)).to.contain('Stichting Testhulp maakt een stemhulp voor Formdorp');
    expect(text(f)).to.contain('Ze worden gepubliceerd met de naam Partij Alfa');
    // The four bundled speerpunten, by their titles.
    expect(b.querySelectorAll('.key-points li')).to.have.length(4);
    expect(text(f)).to.contain('Kleinschalige opvang midden in de samenleving');
    // Every statement, each a radio group named by it with the three answers, in order.
    expect(allByRole(b, 'radiogroup').map(accessibleName)).to.deep.equal(statements);
    for (let i = 0; i < 4; i++) expect(allByRole(group(f, i), 'radio').map(accessibleName)).to.deep.equal(['Eens', 'Geen van beide', 'Oneens']);
    expect(getByRole(b, 'heading', `Stelling 1 van 4 ${statements[0]}`)).to.exist;
    expect(item(f, 0).innerText).to.contain('Uitleg van Stichting Testhulp').and.contain('Kleinschalige opvang: hooguit een paar honderd mensen');
    // Text from data is text: the markup in the fixture is shown, never made.
    expect(item(f, 2).innerText).to.contain('<script>alert(1)</script>');
    expect(b.querySelector('main b, main i, main script')).to.equal(null);
    expect(allByRole(b, 'textbox', 'Toelichting')).to.have.length(4);
    expect(allByRole(b, 'textbox', 'Bron (link)')).to.have.length(4);
  });

  it('answers by keyboard: a radio and its arrows, Toelichting with its counter, Bron; the preview shows it as readers will', async () => {
    const f = await open(invite('&lang=nl'));
    f.contentWindow!.focus();
    allByRole(group(f, 0), 'radio')[0].focus();
    await sendKeys({ press: ' ' }); // ' ', not 'Space': puppeteer over BiDi knows only the former
    await waitUntil(() => (allByRole(group(f, 0), 'radio')[0] as HTMLInputElement).checked, 'Eens chosen');
    expect(preview(f, 0).innerText).to.contain('Partij Alfa').and.contain('Eens');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => (allByRole(group(f, 0), 'radio')[1] as HTMLInputElement).checked, 'Geen van beide chosen by the arrow');
    expect(preview(f, 0).innerText).to.contain('Geen van beide').and.not.contain('Eens');

    await sendKeys({ press: 'Tab' });
    const explanation = getByRole(item(f, 0), 'textbox', 'Toelichting') as HTMLTextAreaElement;
    expect(f.contentDocument!.activeElement).to.equal(explanation);
    expect(explanation.maxLength).to.equal(500);
    const counter = f.contentDocument!.getElementById(explanation.getAttribute('aria-describedby')!)!;
    expect(counter.textContent).to.equal('0 van 500 tekens');
    await type('Wij willen kleine opvang.');
    await waitUntil(() => counter.textContent === '25 van 500 tekens', 'the counter');
    expect(preview(f, 0).innerText).to.contain('Wij willen kleine opvang.');

    await sendKeys({ press: 'Tab' });
    const source = getByRole(item(f, 0), 'textbox', 'Bron (link)') as HTMLInputElement;
    expect(f.contentDocument!.activeElement).to.equal(source);
    await type('https://example.org/programma');
    await waitUntil(() => preview(f, 0).querySelector('a'), 'the source in the preview');
    expect(preview(f, 0).querySelector('a')!.href).to.equal('https://example.org/programma');
    expect(preview(f, 0).querySelector('a')!.textContent).to.equal('example.org/programma');
    expect(text(f)).to.contain('1 van 4 stellingen beantwoord.');
  });

  it('a Bron that is not an http(s) link is refused with a message, and nothing is downloaded', async () => {
    const f = await open(invite('&lang=nl'));
    const downloads = watchDownloads(f.contentWindow!);
    (allByRole(group(f, 1), 'radio')[2] as HTMLInputElement).click();
    const source = getByRole(item(f, 1), 'textbox', 'Bron (link)') as HTMLInputElement;
    f.contentWindow!.focus();
    source.focus();
    await type('javascript:alert(1)');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => source.getAttribute('aria-invalid') === 'true', 'the field marked');
    const error = f.contentDocument!.getElementById(source.getAttribute('aria-describedby')!.split(' ')[1])!;
    expect(error.textContent).to.equal('Dit is geen link. Een bron begint met https:// of http://');
    expect(preview(f, 1).querySelector('a'), 'no link in the preview').to.equal(null);

    getByRole(body(f), 'button', 'Download je antwoorden').click();
    const alert = await findByRole(body(f), 'alert');
    expect(alert.innerText).to.contain('De bron bij stelling 2 is geen link die begint met https:// of http://.');
    expect(f.contentDocument!.activeElement).to.equal(source);
    expect(downloads).to.deep.equal([]);

    // Made right, the message goes.
    source.value = 'http://example.org/raad';
    source.dispatchEvent(new Event('input'));
    source.dispatchEvent(new Event('change'));
    expect(source.hasAttribute('aria-invalid')).to.equal(false);
    expect(error.hidden).to.equal(true);
  });

  it('the draft survives a reload, for this link only, and Wis concept clears it', async () => {
    const f = await open(invite('&lang=nl'));
    (allByRole(group(f, 1), 'radio')[2] as HTMLInputElement).click();
    const explanation = getByRole(item(f, 1), 'textbox', 'Toelichting') as HTMLTextAreaElement;
    explanation.value = 'Eerst wie het langst wacht.';
    explanation.dispatchEvent(new Event('input'));
    expect(text(f)).to.contain('Concept bewaard op dit apparaat.');

    await reload(f);
    expect((allByRole(group(f, 1), 'radio')[2] as HTMLInputElement).checked).to.equal(true);
    expect((getByRole(item(f, 1), 'textbox', 'Toelichting') as HTMLTextAreaElement).value).to.equal('Eerst wie het langst wacht.');
    expect(preview(f, 1).innerText).to.contain('Oneens').and.contain('Eerst wie het langst wacht.');

    // Another party of the same gemeente on this computer sees none of it.
    const other = await open(invite('&lang=nl', 'GM0101', 'p2'));
    expect(allByRole(body(other), 'radio').some((r) => (r as HTMLInputElement).checked)).to.equal(false);

    getByRole(body(f), 'button', 'Wis concept').click();
    const confirm = await findByRole(body(f), 'group', 'Alle antwoorden op dit apparaat wissen?');
    expect(f.contentDocument!.activeElement).to.equal(getByRole(confirm, 'button', 'Nee, bewaar'));
    getByRole(confirm, 'button', 'Ja, wis concept').click();
    await waitUntil(() => !(allByRole(group(f, 1), 'radio')[2] as HTMLInputElement).checked, 'the answer cleared');
    expect((getByRole(item(f, 1), 'textbox', 'Toelichting') as HTMLTextAreaElement).value).to.equal('');
    expect(queryByRole(body(f), 'status', 'Concept gewist.'), 'said').to.exist;
    expect(f.contentDocument!.activeElement).to.equal(getByRole(body(f), 'button', 'Wis concept'));

    await reload(f);
    expect(allByRole(body(f), 'radio').some((r) => (r as HTMLInputElement).checked)).to.equal(false);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('stemhulp-partijformulier:GM0101:p1:'))).to.deep.equal([]);
  });

  it("Download je antwoorden saves <gemeente>-<partij>.json in the contract's shape and says where to send it", async () => {
    // The code as a party may type it: in lower case, stored upper case.
    const f = await open(invite('&lang=nl').replace('ABCD2345EFGH', 'abcd2345efgh'));
    const downloads = watchDownloads(f.contentWindow!);
    (allByRole(group(f, 0), 'radio')[0] as HTMLInputElement).click();
    const ex = getByRole(item(f, 0), 'textbox', 'Toelichting') as HTMLTextAreaElement;
    ex.value = '  Opvang in elke wijk.  ';
    ex.dispatchEvent(new Event('input'));
    const src = getByRole(item(f, 0), 'textbox', 'Bron (link)') as HTMLInputElement;
    src.value = 'https://example.org/programma#opvang';
    src.dispatchEvent(new Event('input'));
    (allByRole(group(f, 3), 'radio')[1] as HTMLInputElement).click();
    const before = Date.now();
    getByRole(body(f), 'button', 'Download je antwoorden').click();
    await waitUntil(() => downloads.length, 'a download');
    expect(downloads).to.have.length(1);
    expect(downloads[0].name).to.equal('GM0101-p1.json');
    const res = await fetch(downloads[0].href);
    expect(res.headers.get('Content-Type')).to.match(/^application\/json/);
    const file = await res.json();
    expect(Object.keys(file)).to.deep.equal(['format', 'gemeente', 'partij', 'naam', 'code', 'datum', 'antwoorden']);
    expect(file).to.deep.include({ format: 'stemhulp-antwoorden/1', gemeente: 'GM0101', partij: 'p1', naam: 'Partij Alfa', code: 'ABCD2345EFGH' });
    expect(file.datum).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(file.datum)).to.be.within(before - 1000, Date.now() + 1000);
    // Unanswered statements are left out; no empty explanation or source.
    expect(file.antwoorden).to.deep.equal({
      s1: { position: 'agree', explanation: 'Opvang in elke wijk.', source: 'https://example.org/programma#opvang' },
      s4: { position: 'neutral' },
    });
    const status = getByRole(body(f), 'status', /GM0101-p1\.json/);
    expect(status.innerText).to.contain('Je antwoorden staan in het bestand GM0101-p1.json');
    const mail = getByRole(status, 'link', 'standpunten@example.org') as HTMLAnchorElement;
    expect(mail.href).to.equal('mailto:standpunten@example.org');
  });

  it('nothing to download before a statement is answered: said, and focus on the first answer', async () => {
    const f = await open(invite('&lang=nl'));
    const downloads = watchDownloads(f.contentWindow!);
    getByRole(body(f), 'button', 'Download je antwoorden').click();
    const alert = await findByRole(body(f), 'alert');
    expect(alert.innerText).to.contain('Je hebt nog geen stelling beantwoord.');
    expect(f.contentDocument!.activeElement).to.equal(allByRole(group(f, 0), 'radio')[0]);
    expect(downloads).to.deep.equal([]);
  });

  it('ar: right to left, in Arabic, with the Dutch data marked as Dutch', async () => {
    const f = await open(invite('&lang=ar'));
    const doc = f.contentDocument!;
    expect(doc.documentElement.lang).to.equal('ar');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(getComputedStyle(doc.querySelector('main')!).direction).to.equal('rtl');
    // The Dutch names isolated (FSI … PDI) in the Arabic sentence, so the words keep their order.
    expect(getByRole(body(f), 'heading', 'مواقف \u2068Partij Alfa\u2069 في \u2068Formdorp\u2069')).to.exist;
    expect(allByRole(group(f, 0), 'radio').map(accessibleName)).to.deep.equal(['أوافق', 'محايد', 'لا أوافق']);
    const statement = doc.getElementById(group(f, 0).getAttribute('aria-labelledby')!)!;
    expect([statement.lang, statement.dir]).to.deep.equal(['nl', 'ltr']);
    expect(getByRole(body(f), 'button', 'نزّلوا إجاباتكم')).to.exist;
  });

  it('the language: the link’s lang, else the browser’s when the form speaks it, else Dutch', async () => {
    const f = await open(invite());
    const spoken = [...navigator.languages, navigator.language].map((l) => l.toLowerCase().split(/[-_]/)[0]).find((l) => ['nl', 'en', 'ar'].includes(l)) ?? 'nl';
    expect(f.contentDocument!.documentElement.lang).to.equal(spoken);
    const en = await open(invite('&lang=en-GB'));
    expect(getByRole(body(en), 'heading', 'Positions of Partij Alfa in Formdorp')).to.exist;
    const other = await open(invite('&lang=fr'));
    expect(other.contentDocument!.documentElement.lang).to.equal(spoken);
  });

  for (const lang of ['nl', 'ar']) {
    it(`axe: no violations (${lang}), with an answer, a refused source and the download's message`, async () => {
      const f = await open(invite(`&lang=${lang}`));
      watchDownloads(f.contentWindow!);
      (allByRole(group(f, 0), 'radio')[0] as HTMLInputElement).click();
      const src = item(f, 1).querySelector<HTMLInputElement>('input[type="url"]')!;
      src.value = 'ftp://example.org';
      src.dispatchEvent(new Event('input'));
      src.dispatchEvent(new Event('change'));
      await frameAccessible(f);
      src.value = '';
      src.dispatchEvent(new Event('input'));
      body(f).querySelector<HTMLButtonElement>('button.primary')!.click();
      await waitUntil(() => body(f).querySelector('.sent a'), 'the message after the download');
      body(f).querySelector<HTMLButtonElement>('button.secondary')!.click();
      await frameAccessible(f);
    });
  }

  for (const lang of ['nl', 'ar']) {
    it(`the layout holds at 320 px (${lang}): nothing wider than the page, the answers stacked`, async () => {
      const f = await open(invite(`&lang=${lang}`), 320);
      const doc = f.contentDocument!;
      (allByRole(group(f, 0), 'radio')[0] as HTMLInputElement).click();
      const src = item(f, 0).querySelector<HTMLInputElement>('input[type="url"]')!;
      src.value = 'https://example.org/een/heel/lang/adres/zonder/spaties/dat/niet/past/op/een/telefoon';
      src.dispatchEvent(new Event('input'));
      expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
      for (const el of doc.querySelectorAll<HTMLElement>('main *')) {
        const r = el.getBoundingClientRect();
        if (!r.width) continue;
        expect(r.left, `${el.localName}.${el.className} starts on the page`).to.be.at.least(0);
        expect(r.right, `${el.localName}.${el.className} ends on the page`).to.be.at.most(320.5);
      }
      const answers = allByRole(group(f, 0), 'radio').map((r) => r.closest('label')!.getBoundingClientRect());
      expect(answers[1].top, 'stacked').to.be.greaterThan(answers[0].bottom - 1);
      for (const a of answers) expect(a.height, 'a target of 44 px').to.be.at.least(44);
    });
  }

  describe('when the link or the data is wrong: a message, never a blank page', () => {
    for (const [what, hash] of [
      ['no fragment', ''],
      ['no code', invite('&lang=nl').replace('&code=ABCD2345EFGH', '')],
      ['a code with a look-alike letter', invite('&lang=nl').replace('ABCD2345EFGH', 'ABCD2345EFG0')],
      ['a gemeente that is not a CBS code', invite('&lang=nl', 'Formdorp')],
      ['garbage', 'x=%E0%A4%A&&&=='],
    ]) {
      it(`${what}: use the link the organisation sent`, async () => {
        const f = await open(hash ? hash : '');
        const doc = f.contentDocument!;
        const alert = getByRole(doc.body, 'alert');
        if (doc.documentElement.lang === 'nl') {
          expect(getByRole(doc.body, 'heading', 'Deze link is niet compleet')).to.exist;
          expect(alert.innerText).to.contain('Open het formulier met de link die de organisatie je stuurde');
        }
        expect(doc.querySelector('.statement')).to.equal(null);
        await frameAccessible(f);
      });
    }

    const cases: [string, string, string, RegExp | undefined][] = [
      ['a gemeente file with errors', invite('&lang=nl', 'GM0103'), 'De gegevens voor dit formulier konden niet worden geladen.', /statements\[0\]\.keyPoint/],
      [
        'an index that is not the format',
        `gegevens=${encodeURIComponent('/test/fixtures/invalid-index.json')}&gemeente=GM0101&partij=p1&code=ABCD2345EFGH&lang=nl`,
        'De gegevens voor dit formulier konden niet worden geladen.',
        /format/,
      ],
      // As on embed.html: a server's error page is not JSON, so the policy refuses it before its status is looked at.
      [
        'a missing index',
        `gegevens=${encodeURIComponent('/test/fixtures/form/bestaat-niet.json')}&gemeente=GM0101&partij=p1&code=ABCD2345EFGH&lang=nl`,
        'Dit formulier kan de gegevens uit deze link niet tonen.',
        undefined,
      ],
      [
        'an index whose server fails',
        `gegevens=${encodeURIComponent('/__test/status/503')}&gemeente=GM0101&partij=p1&code=ABCD2345EFGH&lang=nl`,
        'Dit formulier kan de gegevens uit deze link niet tonen.',
        undefined,
      ],
      ['a gemeente not in the index', invite('&lang=nl', 'GM0999'), 'De gemeente uit je link staat niet in de gegevens.', /GM0999/],
      ['a party not in the gemeente', invite('&lang=nl', 'GM0101', 'p9'), 'Je partij staat niet in de gegevens van deze gemeente.', /p9/],
      [
        'data from an origin the page does not allow',
        `gegevens=${encodeURIComponent('https://data.example.invalid/index.json')}&gemeente=GM0101&partij=p1&code=ABCD2345EFGH&lang=nl`,
        'Dit formulier kan de gegevens uit deze link niet tonen.',
        undefined,
      ],
    ];
    for (const [what, hash, message, detail] of cases) {
      it(`${what}: says so${detail ? ', with the reason under Details' : ''}`, async () => {
        const f = await open(hash);
        const doc = f.contentDocument!;
        expect(getByRole(doc.body, 'heading', 'Het formulier kan niet worden geladen')).to.exist;
        expect(getByRole(doc.body, 'alert').innerText).to.contain(message);
        const details = doc.querySelector('details');
        if (detail) {
          expect(details!.querySelector('summary')!.textContent).to.equal('Details');
          expect(details!.textContent).to.match(detail);
        } else expect(details, 'the refused address is not on the page').to.equal(null);
        expect(doc.querySelector('.statement')).to.equal(null);
      });
    }
  });

  it('another invitation pasted into the same tab opens that one', async () => {
    const f = await open(invite('&lang=nl'));
    f.contentWindow!.location.hash = invite('&lang=nl', 'GM0102', 'x');
    await waitUntil(() => f.contentDocument?.querySelector('h1')?.textContent === 'Standpunten van Partij X in Inlijnstad', 'the other form', { timeout: 10_000 });
    expect(allByRole(body(f), 'radiogroup').map(accessibleName)).to.deep.equal(['Vluchtelingen mogen meteen werken.']);
  });
});
