/**
 * *Lees voor* (issue 26): the browser's speech synthesis reading the speerpunten and each
 * statement with its explanation. Headless browsers have no voices, so this page gets a
 * fake `speechSynthesis` before any widget renders: it lists voices (one local Dutch voice,
 * one that is not local) and records what was spoken with which voice; a test finishes or
 * cancels what it queued. No button without a voice for the language; a local voice first;
 * moving on cancels; nothing is spoken unasked; keyboard; axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { bundledKeyPoints } from '../../src/core/bundled-key-points.js';
import { basicSrc, chooseGemeente, findByRole, queryByRole, statementHeading } from '../harness/helpers.js';

interface Said {
  text: string;
  voice?: string;
  lang: string;
}

class FakeUtterance extends EventTarget {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  [on: `on${string}`]: ((e: Event) => void) | null | undefined;
  constructor(public text: string) {
    super();
  }
}

const voice = (name: string, localService: boolean, lang = 'nl-NL') => ({ name, voiceURI: name, lang, localService, default: false }) as SpeechSynthesisVoice;
const LOCAL = voice('Lokale stem', true);
const REMOTE = voice('Stem op afstand', false);

/** What the page's speech synthesis was asked, and its queue. */
const synth = {
  voices: [REMOTE, LOCAL] as SpeechSynthesisVoice[],
  spoken: [] as Said[],
  queue: [] as FakeUtterance[],
  cancels: 0,
};

/** An utterance's event, as the browser fires it: its `on…` property and its listeners. */
function fire(u: FakeUtterance, type: string, init: object = {}) {
  const e = Object.assign(new Event(type), { utterance: u, charIndex: 0, charLength: 0, elapsedTime: 0, name: '' }, init);
  u[`on${type}`]?.(e);
  u.dispatchEvent(e);
}

const fake = Object.assign(new EventTarget(), {
  speaking: false,
  pending: false,
  paused: false,
  getVoices: () => synth.voices,
  speak(u: FakeUtterance) {
    synth.spoken.push({ text: u.text, voice: u.voice?.name, lang: u.lang });
    synth.queue.push(u);
    if (synth.queue.length === 1) setTimeout(() => synth.queue[0] === u && fire(u, 'start'));
  },
  cancel() {
    synth.cancels++;
    const queued = synth.queue;
    synth.queue = [];
    for (const u of queued) fire(u, 'error', { error: 'interrupted' });
  },
  pause() {},
  resume() {},
});
Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: fake });
Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });

/** The passage being read ends; the next one starts. */
function finish() {
  const u = synth.queue.shift()!;
  fire(u, 'end');
  if (synth.queue[0]) fire(synth.queue[0], 'start');
}

const speerpunten = ['Onze speerpunten', ...bundledKeyPoints.flatMap((k) => [k.title, k.summary] as string[])];
const marked = (el: StemhulpWidget) => [...el.shadowRoot!.querySelectorAll('[data-reading]')].map((m) => m.textContent!.trim());

async function widget(lang = 'nl') {
  const el = await fixture<StemhulpWidget>(html`<stemhulp-widget lang=${lang} src=${basicSrc}></stemhulp-widget>`);
  await findByRole(el, 'heading', /^(Onze speerpunten|Our key points|.+)$/, 5000);
  return el;
}

describe('Lees voor', function () {
  this.timeout(60_000);

  beforeEach(() => {
    synth.voices = [REMOTE, LOCAL];
    synth.spoken = [];
    synth.queue = [];
    synth.cancels = 0;
  });

  it('nothing is spoken until the reader presses it, on the start screen or in the quiz', async () => {
    const el = await widget();
    await findByRole(el, 'button', 'Lees voor', 8000);
    await chooseGemeente(el, 'GM0001');
    (await findByRole(el, 'button', 'Start de stemhulp')).click();
    await findByRole(el, 'heading', statementHeading('Stelling over opvang'), 8000);
    await findByRole(el, 'button', 'Lees voor', 8000);
    expect(synth.spoken).to.deep.equal([]);
  });

  it('without a voice for the language there is no button; a voice arriving late (voiceschanged) brings it', async () => {
    synth.voices = [voice('English', true, 'en-GB')];
    const el = await widget();
    await findByRole(el, 'heading', 'Onze speerpunten', 5000);
    await el.updateComplete;
    expect(queryByRole(el, 'button', 'Lees voor')).to.equal(undefined);
    synth.voices = [LOCAL];
    fake.dispatchEvent(new Event('voiceschanged'));
    await findByRole(el, 'button', 'Lees voor', 8000);
  });

  it('reads the speerpunten in order with the local voice, marking the passage and the word; then Lees voor again', async () => {
    const el = await widget();
    const button = await findByRole(el, 'button', 'Lees voor', 8000);
    button.click();
    await findByRole(el, 'button', 'Stop met voorlezen');
    expect(synth.spoken.map((s) => s.text.trim())).to.deep.equal(speerpunten);
    expect(synth.spoken.every((s) => s.voice === 'Lokale stem' && s.lang === 'nl-NL')).to.equal(true);
    await waitUntil(() => marked(el).length, 'the first passage marked');
    expect(marked(el)).to.deep.equal(['Onze speerpunten']);
    finish();
    expect(marked(el)).to.deep.equal([speerpunten[1]]);
    // The word being read, where the browser has the CSS Custom Highlight API.
    const highlights = (CSS as { highlights?: Map<string, Iterable<Range>> }).highlights;
    fire(synth.queue[0], 'boundary', { name: 'word', charIndex: speerpunten[1].indexOf('opvang'), charLength: 0 });
    if (highlights) expect([...highlights.get('stemhulp-read')!].map(String)).to.deep.equal(['opvang']);
    while (synth.queue.length) finish();
    await findByRole(el, 'button', 'Lees voor');
    expect(marked(el)).to.deep.equal([]);
    expect(highlights?.has('stemhulp-read') ?? false).to.equal(false);
  });

  it('with only a voice that is not local, the public speerpunten are read by it', async () => {
    synth.voices = [REMOTE];
    const el = await widget();
    (await findByRole(el, 'button', 'Lees voor', 8000)).click();
    await findByRole(el, 'button', 'Stop met voorlezen');
    expect(synth.spoken.map((s) => s.voice)).to.deep.equal(speerpunten.map(() => 'Stem op afstand'));
  });

  it('Stop met voorlezen stops; moving on (Start) cancels; the quiz reads the statement with its explanation', async () => {
    const el = await widget();
    (await findByRole(el, 'button', 'Lees voor', 8000)).click();
    (await findByRole(el, 'button', 'Stop met voorlezen')).click();
    await findByRole(el, 'button', 'Lees voor');
    expect(synth.cancels).to.equal(2);
    expect(synth.queue).to.deep.equal([]);

    (await findByRole(el, 'button', 'Lees voor')).click();
    await findByRole(el, 'button', 'Stop met voorlezen');
    await chooseGemeente(el, 'GM0001');
    (await findByRole(el, 'button', 'Start de stemhulp')).click();
    await findByRole(el, 'heading', statementHeading('Stelling over opvang'), 8000);
    await waitUntil(() => synth.cancels === 4, 'cancelled on moving on');
    expect(synth.queue).to.deep.equal([]);
    expect(marked(el)).to.deep.equal([]);

    synth.spoken = [];
    (await findByRole(el, 'button', 'Lees voor', 8000)).click();
    await findByRole(el, 'button', 'Stop met voorlezen');
    expect(synth.spoken.map((s) => s.text.trim())).to.deep.equal(['Stelling over opvang', 'Uitleg over opvang']);
    expect(el.shadowRoot!.querySelector('details')!.open, 'the explanation shown while it is read').to.equal(true);
    // An answer moves on: cancelled.
    const before = synth.cancels;
    (await findByRole(el, 'button', 'Eens')).click();
    await waitUntil(() => synth.cancels > before && !synth.queue.length, 'cancelled on answering');
    await findByRole(el, 'button', 'Lees voor', 8000);
  });

  it('no voice for Arabic: no button in ar, and changing the language while reading cancels', async () => {
    const ar = await widget('ar');
    // The read chunk is loaded on this page by now: its button would be drawn with the rest.
    await ar.updateComplete;
    expect(ar.shadowRoot!.querySelector('.read-aloud')).to.equal(null);

    const el = await widget();
    (await findByRole(el, 'button', 'Lees voor', 8000)).click();
    await findByRole(el, 'button', 'Stop met voorlezen');
    const before = synth.cancels;
    el.lang = 'ar';
    await waitUntil(() => synth.cancels > before && !synth.queue.length, 'cancelled on the change of language');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'ar', 'shown in Arabic');
    expect(el.shadowRoot!.querySelector('.read-aloud')).to.equal(null);
  });

  it('a widget removed while reading stops', async () => {
    const el = await widget();
    (await findByRole(el, 'button', 'Lees voor', 8000)).click();
    await findByRole(el, 'button', 'Stop met voorlezen');
    const before = synth.cancels;
    el.remove();
    expect(synth.cancels).to.equal(before + 1);
    expect(synth.queue).to.deep.equal([]);
  });

  it('is a button operated by the keyboard, named in the language shown', async () => {
    const el = await widget();
    const button = await findByRole(el, 'button', 'Lees voor', 8000);
    expect(button.localName).to.equal('button');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await findByRole(el, 'button', 'Stop met voorlezen');
    expect(synth.spoken.length).to.equal(speerpunten.length);
    await sendKeys({ press: ' ' }); // ' ', not 'Space': puppeteer over BiDi knows only the former
    await findByRole(el, 'button', 'Lees voor');
    expect(synth.queue).to.deep.equal([]);
    el.lang = 'en';
    synth.voices = [voice('English', true, 'en-GB')];
    fake.dispatchEvent(new Event('voiceschanged'));
    await findByRole(el, 'button', 'Read aloud', 8000);
  });

  it('reads the verdict table: its heading, its caption, then each party with every speerpunt and Totaal', async () => {
    const el = await fixture<StemhulpWidget>(html`<stemhulp-widget src="/test/fixtures/verdict/index.json"></stemhulp-widget>`);
    await chooseGemeente(el, 'GM0101');
    (await findByRole(el, 'button', 'Bekijk het oordeel per partij', 5000)).click();
    const table = (await findByRole(el, 'table', undefined, 8000)) as HTMLTableElement;
    (await findByRole(el, 'button', 'Lees voor', 8000)).click();
    await findByRole(el, 'button', 'Stop met voorlezen');
    const rows = [...table.querySelectorAll('tbody tr')];
    const said = synth.spoken.map((s) => s.text.replace(/\s+/g, ' ').trim());
    expect(said.length).to.equal(2 + rows.length);
    expect(said[0]).to.equal(el.shadowRoot!.querySelector('#verdict-heading')!.textContent!.trim());
    expect(said[1]).to.equal(table.caption!.textContent!.trim());
    const columns = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim());
    rows.forEach((row, i) => {
      const party = row.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(said[2 + i].startsWith(`${party}, `), said[2 + i]).to.equal(true);
      // Each value follows its column's name, so a listener knows which number is which.
      for (const column of columns) expect(said[2 + i], column).to.match(new RegExp(`, ${column}, (\\d+ ?%|[^,]+)`));
    });
    await waitUntil(() => marked(el).length, 'the heading marked');
    (await findByRole(el, 'button', 'Vorige')).click();
    await waitUntil(() => !synth.queue.length && !marked(el).length, 'cancelled on going back');
  });

  it('axe: the start screen with the button, and while a passage is marked', async () => {
    const el = await widget();
    (await findByRole(el, 'button', 'Lees voor', 8000)).click();
    await waitUntil(() => marked(el).length, 'a passage marked');
    await expect(el).to.be.accessible();
    (await findByRole(el, 'button', 'Stop met voorlezen')).click();
    await findByRole(el, 'button', 'Lees voor');
    await expect(el).to.be.accessible();
  });
});
