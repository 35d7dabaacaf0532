/**
 * The lazy "read" chunk: *Lees voor*, the browser's speech synthesis reading what the screen
 * shows: the speerpunten on the start screen, the statement and its explanation in the quiz,
 * the verdict table row by row.
 * The element draws the button only while a voice speaks the language shown (the check is
 * in src/element/extras.ts); nothing is read until the reader presses it.
 *
 * Privacy: a voice whose `localService` is false may send the text to a server. What is read
 * here is the organisation's and the gemeente's public text, never the reader's answers or
 * result, so a local voice is preferred but another may read it. A passage that holds the
 * reader's own data must be marked `readersOwn` (src/core/voice.ts): then only a local voice.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ReaderState } from '../../state/state.js';
import { voiceFor } from '../../core/voice.js';
import { readStrings } from '../../i18n/read.js';

export { styles } from './read.styles.js';

/** What the button uses of the element: the element's contract for chunks is handed over by src/chunks/read.ts. */
export type ReadHost = ReactiveControllerHost & HTMLElement;
export interface ReadDeps {
  reader: () => ReaderState;
}

/** What is read on each screen, in the order shown: none on the result (the reader's own). */
const passages: Record<string, string> = {
  home: '#kp-heading, .key-points .card > :is(h4, p), .key-points details[open] > p',
  quiz: '#statement-words, .explanation > p',
  verdict: '#verdict-heading, .verdict-table caption, .verdict-row',
};

/**
 * Text the reader does not see is not read: the screen reader's extra words, the hard words'
 * closed boxes, a disclosure's summary. A verdict cell's column name is read (a listener has
 * no header above the number), though a screen reader gets it from the table instead.
 */
const unseen = '.visually-hidden, [hidden], [aria-hidden="true"]:not(.cell-label), summary';
/** In a table row, each cell's parts apart: a pause between the name, the column and the number. */
const apart = 'th, td, .cell-label, .value';

/** A passage's visible text, and where each of its text nodes begins in it (for the word being read). */
function textOf(el: Element) {
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; at: number }[] = [];
  let text = '';
  let part: Element | null = null;
  for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
    if (n.parentElement?.closest(unseen)) continue;
    // Whitespace between elements is one space, and no word to mark.
    if (!n.data.trim()) {
      if (!/\s$/.test(text)) text += ' ';
      continue;
    }
    const from = n.parentElement!.closest(apart);
    if (from !== part && text.trim()) text = text.trimEnd() + ', ';
    part = from;
    nodes.push({ node: n, at: text.length });
    text += n.data;
  }
  return { text, nodes };
}

/** The CSS Custom Highlight API, where the browser has it. */
const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
const Highlight = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;

/** The read-aloud button's runtime, a controller of the host: what it reads, and stopping when the reader moves on. */
export class Runtime implements ReactiveController {
  /** The screen and language being read (a key), while reading. */
  private reading?: string;
  /** The button was drawn in this update: when it was not (no voice for a new language), reading stops. */
  private drawn = false;

  constructor(
    private readonly host: ReadHost,
    private readonly deps: ReadDeps,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    this.drawn = false;
  }

  hostUpdated() {
    if (!this.drawn) this.stop();
  }

  hostDisconnected() {
    this.stop();
  }

  /** The button, on a screen that has something to read; reading stops when the screen or the language changes. */
  render(lang: string) {
    const screen = this.deps.reader().screen;
    const key = `${lang} ${JSON.stringify(screen)}`;
    if (this.reading !== key) this.stop(false);
    const selector = passages[screen.name];
    if (!selector) return nothing;
    this.drawn = true;
    const t = readStrings(lang);
    return html`<button type="button" class="secondary read-aloud" @click=${() => (this.reading ? this.stop() : this.start(key, selector, lang))}>
      ${this.reading ? t.stop : t.read}
    </button>`;
  }

  private start(key: string, selector: string, lang: string) {
    const synth = speechSynthesis;
    synth.cancel();
    const root = this.host.shadowRoot!;
    // The explanation is read with the statement: shown, so that the reader sees what is read.
    root.querySelector<HTMLDetailsElement>('details.explanation')?.setAttribute('open', '');
    const voices = synth.getVoices();
    const parts = [...root.querySelectorAll(selector)].map((el) => ({ el, ...textOf(el) })).filter((p) => p.text.trim());
    this.reading = key;
    parts.forEach(({ el, text, nodes }, i) => {
      const said = new SpeechSynthesisUtterance(text);
      // A passage in another language than the widget's (a statement not translated) in its own, where a voice speaks it.
      const own = el.closest('[lang]')?.getAttribute('lang') || lang;
      const voice = voiceFor(voices, own, false) ?? voiceFor(voices, lang, false) ?? null;
      said.voice = voice;
      said.lang = voice?.lang ?? own;
      const mine = () => this.reading === key;
      said.onstart = () => mine() && el.setAttribute('data-reading', '');
      said.onboundary = (e) => {
        if (!mine() || !highlights || !Highlight) return;
        let n = nodes[0];
        for (const x of nodes) if (x.at <= e.charIndex) n = x;
        const from = e.charIndex - n.at;
        const word = e.charLength || (/^\S*/.exec(n.node.data.slice(from))?.[0].length ?? 0);
        const range = new Range();
        range.setStart(n.node, from);
        range.setEnd(n.node, Math.min(n.node.length, from + word));
        highlights.set('stemhulp-read', new Highlight(range));
      };
      // Cancelled (by the reader, or another widget starting) or at its end: the mark goes; after the last passage, the button says Lees voor again.
      const over = (e: Event) => {
        el.removeAttribute('data-reading');
        highlights?.delete('stemhulp-read');
        if (mine() && (i === parts.length - 1 || e.type === 'error')) this.done();
      };
      said.onend = over;
      said.onerror = over;
      synth.speak(said);
    });
    this.host.requestUpdate();
  }

  /** Stops reading (the speech, the marks); `update` false while the host is rendering already. */
  private stop(update = true) {
    if (this.reading) speechSynthesis.cancel();
    this.done(update);
  }

  /** Reading is over (at its end, or cancelled by another widget, which must not be cancelled in turn): the marks go. */
  private done(update = true) {
    if (!this.reading) return;
    this.reading = undefined;
    this.host.shadowRoot?.querySelectorAll('[data-reading]').forEach((el) => el.removeAttribute('data-reading'));
    highlights?.delete('stemhulp-read');
    if (update) this.host.requestUpdate();
  }
}
