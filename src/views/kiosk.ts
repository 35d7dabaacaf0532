/**
 * The lazy "kiosk" chunk, loaded only with the `kiosk` attribute: one tablet at an
 * information stand serves many people. After the idle time it asks `Ben je er nog?`,
 * counts down 20 seconds, then the host clears everything. Bigger targets (48 px).
 */
import { css, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { IdleTimer, KIOSK_GRACE_SECONDS, type Clock, type IdlePhase } from '../idle.js';

const nl = {
  question: 'Ben je er nog?',
  countdown: (n: number) =>
    `Over ${n} ${n === 1 ? 'seconde' : 'seconden'} wissen we alle antwoorden en begint de stemhulp opnieuw.`,
  continue: 'Ga verder',
};
type KioskStrings = typeof nl;

const strings: Record<string, KioskStrings> = {
  nl,
  en: {
    question: 'Are you still there?',
    countdown: (n) => `In ${n} ${n === 1 ? 'second' : 'seconds'} all answers will be cleared and the voting aid starts again.`,
    continue: 'Continue',
  },
  ar: {
    question: 'هل ما زلت هنا؟',
    countdown: (n) => `بعد ${n} ثانية نمسح كل الإجابات ويبدأ دليل التصويت من جديد.`,
    continue: 'متابعة',
  },
};

/** What a person does at a stand: any of these means someone is there. */
const ACTIVITY = ['pointerdown', 'click', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Watches the whole page for activity (at a stand the page is the widget) and runs the
 * idle timer. The timer starts with the first activity, so an untouched screen never
 * asks, and stops again after the reset until the next person touches it.
 */
export class KioskRunner implements ReactiveController {
  phase: IdlePhase = { kind: 'active' };
  private readonly timer: IdleTimer;
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    seconds: number,
    private readonly onExpire: () => void,
    clock?: Clock,
  ) {
    this.timer = new IdleTimer(seconds * 1000, KIOSK_GRACE_SECONDS * 1000, this.change, clock);
    host.addController(this);
    if (host.isConnected) this.hostConnected();
  }

  private readonly change = (phase: IdlePhase) => {
    this.phase = phase;
    // Closed rather than only removed: closing gives focus back to where the person was.
    if (phase.kind !== 'asking') this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.kiosk')?.close();
    if (phase.kind === 'expired') {
      this.timer.stop();
      this.started = false;
      this.phase = { kind: 'active' };
      this.onExpire();
    }
    this.host.requestUpdate();
  };

  private readonly activity = () => {
    if (!this.started) {
      this.started = true;
      this.timer.start();
    } else this.timer.activity();
  };

  hostConnected() {
    for (const type of ACTIVITY) window.addEventListener(type, this.activity, { capture: true, passive: true });
  }

  hostDisconnected() {
    for (const type of ACTIVITY) window.removeEventListener(type, this.activity, { capture: true });
    this.timer.stop();
    this.started = false;
    this.phase = { kind: 'active' };
  }

  /** Removes the listeners for good: the `kiosk` attribute was taken away. */
  dispose() {
    this.hostDisconnected();
    this.host.removeController(this);
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
    if (this.phase.kind !== 'asking') return undefined;
    const s = strings[lang] ?? nl;
    // Escape closes a modal dialog: for a person at the stand, that too says "still here".
    return html`<dialog class="kiosk" aria-labelledby="kiosk-question" aria-describedby="kiosk-countdown" @cancel=${this.activity}>
      <h3 id="kiosk-question">${s.question}</h3>
      <p id="kiosk-countdown">${s.countdown(this.phase.secondsLeft)}</p>
      <button type="button" class="primary" @click=${this.activity}>${s.continue}</button>
    </dialog>`;
  }
}

/** Kiosk mode's bigger targets: buttons, selects, disclosures and the link text at least 48 px. */
export const styles = css`
  :host([kiosk]) button,
  :host([kiosk]) select,
  :host([kiosk]) input,
  :host([kiosk]) summary {
    min-block-size: 48px;
    min-inline-size: 48px;
  }
  :host([kiosk]) summary {
    display: flex;
    align-items: center;
  }
  :host([kiosk]) .address {
    font-weight: 600;
  }
  dialog.kiosk {
    max-inline-size: min(28em, 90vw);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    padding: 1.5em;
  }
  dialog.kiosk::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
`;
