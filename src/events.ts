/** One party in the result, as shown to the reader. */
export interface StemhulpResult {
  /** The party's `id` in the data. */
  party: string;
  /** The party's name as displayed, in the UI language. */
  name: string;
  /** Match in whole percent, 0–100. */
  score: number;
}

export interface StemhulpCompleteDetail {
  /** CBS code of the gemeente, e.g. `GM0363`. */
  municipality: string;
  /** In result order. Deliberately without the reader's answers: those never leave the widget. */
  results: StemhulpResult[];
}

/** Sent each time a result is shown. Bubbles and crosses shadow roots, so a host can listen on `document`. */
export class StemhulpCompleteEvent extends Event {
  static readonly eventName = 'stemhulp-complete';
  constructor(readonly detail: StemhulpCompleteDetail) {
    super(StemhulpCompleteEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stemhulp-complete': StemhulpCompleteEvent;
  }
}
