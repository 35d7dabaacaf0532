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
  /**
   * Every party's score, in result order; only with the `event-scores` attribute. The
   * scores reveal the answers: with the parties' public positions, most answer sets can be
   * worked out from them exactly. A page that asks for them holds political opinions.
   */
  results?: StemhulpResult[];
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
