import { nothing, type ReactiveController } from 'lit';
import type { ExtrasDeps, ExtrasHost, Runtime } from '../chunks/contract.js';
import type { LazyViews } from './lazy.js';
import type { verdictScore } from '../core/verdict.js';
import type { ResultModel } from '../ui/result/result.js';
import { speaks } from '../core/voice.js';

/** The chunks' contract, with all of the lazy views: the element hands the chunks what the contract names of it. */
type Deps = Omit<ExtrasDeps, 'lazy'> & { lazy: LazyViews };

/** An extra that fails to load leaves nothing behind: the result stands without it. */
const none = (): unknown => nothing;

/**
 * Sharing, printing and kiosk mode, kept out of the main file: each lives in a lazy
 * chunk, made on first use. The share chunk comes with the result; the link chunk only
 * when the page address has a `#stemhulp=` fragment (read on connect and on `hashchange`,
 * never written); the kiosk chunk only with the `kiosk` attribute; the vote chunk when a
 * reader opens *Mag ik stemmen?*; the read chunk once a voice speaks the language shown.
 */
export class Extras implements ReactiveController {
  private readonly runtimes: { share?: Runtime; kiosk?: Runtime; vote?: Runtime; read?: Runtime } = {};
  private restorer?: { read(): void };

  constructor(
    private readonly host: ExtrasHost,
    private readonly deps: Deps,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('hashchange', this.read);
    window.speechSynthesis?.addEventListener('voiceschanged', this.voices);
    this.read();
  }

  hostDisconnected() {
    window.removeEventListener('hashchange', this.read);
    window.speechSynthesis?.removeEventListener('voiceschanged', this.voices);
  }

  /** Voices may arrive after the first render (Chromium lists none until then): draw again. */
  private readonly voices = () => this.host.requestUpdate();

  private readonly read = () => {
    if (!location.hash.startsWith('#stemhulp=')) return;
    if (this.restorer) this.restorer.read();
    else this.deps.lazy.load('link').then((c) => (this.restorer ??= new c.Restorer(this.host, this.deps)), none);
  };

  /** The share chunk's part (with `model` the buttons below the result, else the notice above), the kiosk question, or *Mag ik stemmen?*. */
  render(name: 'share' | 'kiosk' | 'vote' | 'read', lang: string, model?: ResultModel, verdict?: typeof verdictScore) {
    return this.deps.lazy.render(name, (c) => (this.runtimes[name] ??= new c.Runtime(this.host, this.deps)).render(lang, model, verdict), none, lang);
  }

  /** *Lees voor*, only while a voice speaks `lang`: the button and what it reads are the read chunk's, fetched then. */
  aloud(lang: string) {
    return window.speechSynthesis?.getVoices().some((v) => speaks(v, lang)) ? this.render('read', lang) : nothing;
  }

  /** Above the screen, once a link was opened: whose result this is, or that the link was unreadable. */
  notice(lang: string) {
    const { shared, badLink } = this.deps.reader();
    return shared || badLink ? this.render('share', lang) : nothing;
  }
}
