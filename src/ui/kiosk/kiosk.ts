/**
 * The lazy "kiosk" chunk, loaded only with the `kiosk` attribute: one tablet at an
 * information stand serves many people. After the idle time it asks `Ben je er nog?`,
 * counts down 20 seconds, then clears everything. Bigger text, 48 px targets.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataController } from '../../data/data-controller.js';
import { IdleTimer, KIOSK_GRACE_SECONDS, type Clock, type IdlePhase } from '../../core/idle.js';
import type { Action, ReaderState } from '../../state/state.js';
import { kioskStrings } from '../../i18n/kiosk.js';

/** What kiosk mode uses of the element: the element's contract for chunks is handed over by src/chunks/kiosk.ts. */
export type KioskHost = ReactiveControllerHost & HTMLElement & { gemeente?: string };
export interface KioskDeps {
  data: Pick<DataController, 'reset' | 'applyPreset'>;
  reader: () => ReaderState;
  dispatch: (action: Action, byReader?: boolean) => void;
}

/** What a person does at a stand: any of these means someone is there. */
const ACTIVITY = ['pointerdown', 'click', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const;

/** Default inactivity before `Ben je er nog?`, in seconds. */
export const KIOSK_DEFAULT_SECONDS = 120;

/**
 * The `kiosk` attribute: absent is off; present without a usable number (`kiosk`,
 * `kiosk="ja"`, `kiosk="0"`) is the default 120 seconds; at most a day.
 */
export function kioskSeconds(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 86_400) : KIOSK_DEFAULT_SECONDS;
}

/**
 * Nothing a next person should not find: the start screen with no answer given anywhere,
 * nothing to undo (*Ongedaan maken* would bring the last result back), no party choice,
 * and no gemeente but the site's `preset` (if any).
 */
export const isPristine = (s: ReaderState, preset = '') =>
  s.screen.name === 'home' &&
  !s.undo &&
  [...s.answers.values(), ...(s.hiddenParties?.values() ?? [])].every((a) => a.size === 0) &&
  (!s.gemeente || s.gemeente === preset.trim().toUpperCase());

/**
 * Kiosk mode's runtime, a controller of the host: watches the whole page for activity
 * (at a stand the page is the widget) and runs the idle timer. It asks only when there
 * is something to clear: an untouched start screen never asks, and after the reset it
 * waits for the next person's first touch. Follows the attribute: a new number of
 * seconds starts a new timer; without the attribute it stops.
 */
export class Runtime implements ReactiveController {
  private phase: IdlePhase = { kind: 'active' };
  private timer?: IdleTimer;
  private seconds?: number;
  private started = false;
  /** The language the site set: the next person starts in it, whatever the last one chose. */
  private readonly lang: string | null;

  constructor(
    private readonly host: KioskHost,
    private readonly deps: KioskDeps,
    private readonly clock?: Clock,
  ) {
    this.lang = host.getAttribute('lang');
    host.addController(this);
    // Made during a render: the next update is not due yet, so take the attribute now.
    this.hostUpdate();
    if (host.isConnected) this.hostConnected();
  }

  private readonly change = (phase: IdlePhase) => {
    if (phase.kind === 'asking' && this.phase.kind !== 'asking' && this.untouched()) return this.sleep();
    this.phase = phase;
    // Closed rather than only removed: closing gives focus back to where the person was.
    if (phase.kind !== 'asking') this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.kiosk')?.close();
    if (phase.kind === 'expired') {
      this.sleep();
      this.clear();
    }
    this.host.requestUpdate();
  };

  /**
   * As the site set it up, also in the site's language: a widget that holds anything of a
   * reader is asked about and cleared. *Mag ik stemmen?*'s answers are not in the reader's
   * state (they must never reach a share link), so a chosen answer there counts too.
   */
  private untouched() {
    return isPristine(this.deps.reader(), this.host.gemeente) && this.host.getAttribute('lang') === this.lang && !this.host.shadowRoot?.querySelector('details.vote input:checked');
  }

  /** Until the next touch. */
  private sleep() {
    this.timer?.stop();
    this.started = false;
    this.phase = { kind: 'active' };
  }

  /** Nobody there: the next person finds the widget as the first one did. */
  private clear() {
    const { data, dispatch } = this.deps;
    data.reset();
    dispatch({ type: 'clear', gemeente: '' }, false);
    data.applyPreset();
    if (this.lang === null) this.host.removeAttribute('lang');
    else this.host.setAttribute('lang', this.lang);
    this.host.shadowRoot?.querySelectorAll('details[open]').forEach((d) => ((d as HTMLDetailsElement).open = false));
    this.host.scrollIntoView({ block: 'start' });
  }

  private readonly activity = () => {
    if (!this.timer) return;
    if (!this.started) {
      this.started = true;
      this.timer.start();
    } else this.timer.activity();
  };

  hostConnected() {
    for (const type of ACTIVITY) window.addEventListener(type, this.activity, { capture: true, passive: true });
    this.activity();
  }

  hostDisconnected() {
    for (const type of ACTIVITY) window.removeEventListener(type, this.activity, { capture: true });
    this.sleep();
  }

  hostUpdate() {
    const seconds = kioskSeconds(this.host.getAttribute('kiosk'));
    if (seconds === this.seconds) return;
    this.sleep();
    this.seconds = seconds;
    this.timer = seconds === undefined ? undefined : new IdleTimer(seconds * 1000, KIOSK_GRACE_SECONDS * 1000, this.change, this.clock);
    this.activity();
  }

  hostUpdated() {
    const dialog = this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.kiosk');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector('button')?.focus();
    }
  }

  /** The question while it is asked; nothing otherwise. */
  render(lang: string) {
    if (this.phase.kind !== 'asking' || !this.timer) return nothing;
    const s = kioskStrings(lang);
    // Escape closes a modal dialog: for a person at the stand, that too says "still here".
    return html`<dialog class="kiosk" aria-labelledby="kiosk-question" aria-describedby="kiosk-countdown" @cancel=${this.activity}>
      <h3 id="kiosk-question">${s.question}</h3>
      <p id="kiosk-countdown">${s.countdown(this.phase.secondsLeft)}</p>
      <button type="button" class="primary" @click=${this.activity}>${s.continue}</button>
    </dialog>`;
  }
}

export { styles } from './kiosk.styles.js';
