/**
 * `Deel je uitslag`, end to end on a real host page (dist/, in an iframe): the link it
 * makes opens the same result on a fresh page, the server never sees the fragment, the
 * widget never touches the address bar, and hostile or stale links change nothing.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { allByRole, findByRole, getByRole, queryByRole, visibleText } from '../harness/helpers.js';
import { statementHeading } from '../harness/helpers.js';

const page = (key: string, hash = '') => `/__test/logged/${key}/test/fixtures/share/page.html${hash}`;
let frames: HTMLIFrameElement[] = [];

/** The host page in a fresh iframe, with its widget once it has rendered. */
async function open(url: string) {
  const frame = document.createElement('iframe');
  frame.title = 'Krant';
  frame.style.cssText = 'width: 600px; height: 900px; border: 0';
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow! as Window & typeof globalThis;
  await win.customElements.whenDefined('stemhulp-widget');
  const el = frame.contentDocument!.querySelector('stemhulp-widget') as StemhulpWidget;
  await el.updateComplete;
  return { frame, win, el };
}

async function press(el: StemhulpWidget, role: string, name: string | RegExp) {
  (await findByRole(el, role, name, 5000)).click();
  await el.updateComplete;
}

async function answerAll(el: StemhulpWidget) {
  const select = (await findByRole(el, 'combobox', 'Gemeente', 5000)) as HTMLSelectElement;
  select.value = 'GM0001';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await press(el, 'button', 'Start de stemhulp');
  await findByRole(el, 'heading', statementHeading('Stelling over opvang'), 5000);
  await press(el, 'button', /^Belangrijk/);
  await press(el, 'button', 'Eens');
  await press(el, 'button', 'Oneens');
  await press(el, 'button', 'Geen van beide');
  await press(el, 'button', 'Sla over');
  await findByRole(el, 'heading', 'Jouw uitslag', 5000);
}

/** What a screen reader hears per party: name, list number, percentage. */
const sentences = (el: StemhulpWidget) =>
  [...el.shadowRoot!.querySelectorAll('[part~="party"] .party-line .visually-hidden')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());

/** A clipboard that keeps what it is given (the real one needs a focused window and a permission). */
function recordClipboard(win: Window) {
  const written: string[] = [];
  Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void written.push(s) } });
  Object.defineProperty(win.navigator, 'share', { configurable: true, value: undefined });
  return written;
}

afterEach(() => {
  frames.forEach((f) => f.remove());
  frames = [];
});

describe('share link', function () {
  this.timeout(30_000);
  it('round-trips: a fresh page opened on the link shows the same percentages; the server never saw the fragment; the address bar is untouched', async () => {
    const key = `share-${Date.now()}`;
    const first = await open(page(key));
    await answerAll(first.el);
    const before = sentences(first.el);
    expect(before.length).to.equal(3);
    const written = recordClipboard(first.win);
    const [href, historyLength] = [first.win.location.href, first.win.history.length];

    expect((await findByRole(first.el, 'button', 'Deel je uitslag')).getAttribute('aria-describedby')).to.equal('share-note');
    expect(visibleText(first.el)).to.include('Wie de link krijgt, ziet je antwoorden.');
    await press(first.el, 'button', 'Deel je uitslag');
    await findByRole(first.el, 'status', 'De link is gekopieerd. Plak hem waar je wilt.');
    expect(written.length).to.equal(1);
    const link = written[0];
    expect(link).to.equal(`${href}#stemhulp=1.GM0001.s1-A_s2-d_s3-n_s4-s`);
    // The widget wrote nothing into the address bar or the history.
    expect(first.win.location.href).to.equal(href);
    expect(first.win.history.length).to.equal(historyLength);

    const second = await open(link);
    // Said as the link's result, not the reader's (issue 21).
    await findByRole(second.el, 'heading', 'Uitslag van een gedeelde link', 5000);
    await waitUntil(() => sentences(second.el).length === 3, 'the shared result', { timeout: 5000 });
    expect(sentences(second.el)).to.deep.equal(before);
    await findByRole(second.el, 'button', 'Doe zelf de stemhulp');
    // A status: its words come a moment after it (issue 21).
    await findByRole(second.el, 'status', 'Dit is een uitslag die iemand met je heeft gedeeld.');
    expect(second.win.location.href).to.equal(link);

    const seen: string[] = await (await fetch(`/__test/log/${key}`)).json();
    expect(seen.filter((u) => u.endsWith('/share/page.html')).length, 'both page loads were logged').to.equal(2);
    expect(seen.some((u) => u.endsWith('/basic/gemeenten/GM0001.json'))).to.equal(true);
    for (const u of seen) expect(u, 'a request carrying the fragment').not.to.match(/#|stemhulp=|s1-A/);

    // Starting fresh from a shared result: the answers are gone, the start screen is back.
    await press(second.el, 'button', 'Doe zelf de stemhulp');
    await findByRole(second.el, 'button', 'Start de stemhulp');
    expect(queryByRole(second.el, 'heading', /uitslag/i)).to.equal(undefined);
    expect(visibleText(second.el)).not.to.include('gedeeld');
    await press(second.el, 'button', 'Start de stemhulp');
    await findByRole(second.el, 'heading', statementHeading('Stelling over opvang'));
    expect(getByRole(second.el, 'button', 'Eens').getAttribute('aria-pressed')).to.equal('false');
  });

  it('uses the system share sheet where there is one, and says so; a cancelled sheet says nothing', async () => {
    const { el, win } = await open(page(`sheet-${Date.now()}`));
    await answerAll(el);
    const shared: ShareData[] = [];
    let cancel = false;
    Object.defineProperty(win.navigator, 'share', {
      configurable: true,
      value: async (d: ShareData) => {
        if (cancel) throw new DOMException('cancelled', 'AbortError');
        shared.push(d);
      },
    });
    Object.defineProperty(win.navigator, 'canShare', { configurable: true, value: () => true });
    // Within the tap: iOS opens the sheet only while the gesture lasts, so nothing is awaited first.
    (await findByRole(el, 'button', 'Deel je uitslag')).click();
    expect(shared.length, 'share() called during the click itself').to.equal(1);
    await findByRole(el, 'status', 'De link is gedeeld.');
    expect(shared).to.deep.equal([{ title: 'Mijn uitslag van de stemhulp', url: `${win.location.href}#stemhulp=1.GM0001.s1-A_s2-d_s3-n_s4-s` }]);
    cancel = true;
    await press(el, 'button', 'Deel je uitslag');
    await el.updateComplete;
    expect(queryByRole(el, 'status', /gedeeld|gekopieerd/)).to.equal(undefined);
  });

  it('without a usable clipboard, the link stands in a field to copy by hand', async () => {
    const { el, win } = await open(page(`manual-${Date.now()}`));
    await answerAll(el);
    Object.defineProperty(win.navigator, 'share', { configurable: true, value: undefined });
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    await press(el, 'button', 'Deel je uitslag');
    await findByRole(el, 'status', 'Kopieer de link hieronder.');
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('.share-link input')!;
    expect(field.readOnly).to.equal(true);
    expect(field.value).to.equal(`${win.location.href}#stemhulp=1.GM0001.s1-A_s2-d_s3-n_s4-s`);
    expect(el.shadowRoot!.querySelector('.share-link')!.textContent).to.include('Link naar je uitslag');
  });

  it('a link with ids that are not in the data shows the rest; hostile or garbled links show the start screen, with a note for ours', async () => {
    const key = `hostile-${Date.now()}`;
    // s1 Eens only (the rest unknown or invented): Alfa and Gamma agree, Beta does not.
    const mixed = await open(page(key, '#stemhulp=1.gm0001.s1-a_nope-d_%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E-A_constructor-n.ghost'));
    await waitUntil(() => sentences(mixed.el).length === 3, 'the shared result', { timeout: 5000 });
    expect(sentences(mixed.el)).to.deep.equal([
      'Partij Alfa (lijst 1), 100 procent overeenkomst',
      'Partij Gamma, 100 procent overeenkomst',
      'Partij Beta (lijst 2), 0 procent overeenkomst',
    ]);
    expect(mixed.el.shadowRoot!.querySelector('img')).to.equal(null);

    const bad = [
      '#stemhulp=1.GM9999.s1-a', // no such gemeente in this data
      '#stemhulp=7.GM0001.s1-a', // a version from the future
      '#stemhulp=%%%',
      '#stemhulp=1.GM0001.s1-a.p1.extra',
      `#stemhulp=1.GM0001.${'s1-a_'.repeat(50_000)}`,
    ];
    for (const hash of bad) {
      const { el } = await open(page(key, hash));
      await findByRole(el, 'status', 'De link met een uitslag kon niet worden gelezen. Je kunt de stemhulp zelf doen.', 5000);
      expect(queryByRole(el, 'heading', 'Jouw uitslag'), hash.slice(0, 40)).to.equal(undefined);
      // The notice can be drawn before the start screen has its gemeente (seen in Firefox).
      await findByRole(el, 'button', 'Start de stemhulp', 5000);
      expect(allByRole(el, 'button', 'Start de stemhulp').length).to.equal(1);
    }
    const { el } = await open(page(key, '#reacties'));
    await findByRole(el, 'button', 'Start de stemhulp', 5000);
    expect(visibleText(el)).not.to.include('link');
  });

  it('speaks to whoever opened the link: its answers, not "jouw"; says so when its statements are gone or all skipped; in nl, en and ar', async () => {
    const key = `whose-${Date.now()}`;
    const words = {
      nl: {
        heading: 'Uitslag van een gedeelde link',
        intro: 'bij de antwoorden in deze link',
        own: /jouw (uitslag|antwoorden)/i,
        gone: 'De stellingen in deze link staan niet meer in de stemhulp. Ze zijn veranderd nadat de link is gemaakt. Je kunt de stemhulp zelf doen.',
        skipped: 'In deze link zijn alle stellingen overgeslagen. Daarom is er geen uitslag. Je kunt de stemhulp zelf doen.',
      },
      en: {
        heading: 'Result from a shared link',
        intro: 'match the answers in this link',
        own: /your (result|answers)/i,
        gone: 'The statements in this link are no longer in the voting aid. They changed after the link was made. You can do the voting aid yourself.',
        skipped: 'Every statement in this link was skipped, so there is no result. You can do the voting aid yourself.',
      },
      ar: {
        heading: 'نتيجة من رابط تمت مشاركته',
        intro: 'مع الإجابات الموجودة في هذا الرابط',
        own: /نتيجتك|إجاباتك/,
        gone: 'العبارات الموجودة في هذا الرابط لم تعد في دليل التصويت. لقد تغيرت بعد إنشاء الرابط. يمكنك استخدام دليل التصويت بنفسك.',
        skipped: 'تم تخطي كل العبارات في هذا الرابط، لذلك لا توجد نتيجة. يمكنك استخدام دليل التصويت بنفسك.',
      },
    };
    for (const lang of ['nl', 'en', 'ar'] as const) {
      const w = words[lang];
      const opened = async (hash: string) => {
        const { el } = await open(page(key, hash));
        el.lang = lang;
        return el;
      };
      const answered = await opened('#stemhulp=1.GM0001.s1-A_s2-d_s3-n_s4-s');
      const heading = await findByRole(answered, 'heading', w.heading, 5000);
      await waitUntil(() => sentences(answered).length === 3, 'the shared result', { timeout: 5000 });
      // The heading and the line below it, which said "Jouw uitslag" and "jouw antwoorden".
      const said = `${heading.textContent} ${heading.nextElementSibling!.textContent}`.replace(/\s+/g, ' ');
      expect(said, lang).to.include(w.intro);
      expect(said, lang).not.to.match(w.own);
      await findByRole(await opened('#stemhulp=1.GM0001.gone-a_removed-D'), 'status', w.gone, 5000);
      await findByRole(await opened('#stemhulp=1.GM0001.s1-s_s2-s_s3-s_s4-s'), 'status', w.skipped, 5000);
    }
  });

  it('share="off" and kiosk mode have no share button; printing stays', async () => {
    for (const attr of ['share', 'kiosk']) {
      const { el } = await open(page(`off-${attr}-${Date.now()}`));
      el.setAttribute(attr, attr === 'share' ? 'off' : '');
      await answerAll(el);
      await findByRole(el, 'button', 'Print je uitslag');
      expect(queryByRole(el, 'button', 'Deel je uitslag'), attr).to.equal(undefined);
      expect(visibleText(el)).not.to.include('Wie de link krijgt');
    }
  });
});
