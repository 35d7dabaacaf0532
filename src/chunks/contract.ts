/**
 * What the element offers the chunks that act on it (share, link, kiosk): types only, so
 * that a chunk names the element's parts without importing the element (which loads the
 * chunks: the import would run up a layer and close a circle).
 */
import type { nothing, ReactiveControllerHost } from 'lit';
import type { DataController } from '../data/data-controller.js';
import type { verdictScore } from '../core/verdict.js';
import type { Action, ReaderState } from '../state/state.js';
import type { ResultModel } from '../ui/result/result.js';
import type * as card from './card.js';

export type ExtrasHost = ReactiveControllerHost & HTMLElement & { gemeente?: string };

/**
 * The chunks a chunk may ask the element for: the card (printing) and the share chunk
 * (a restored result waits for its notice). Named here rather than by the element's map
 * of chunks, which imports every chunk, this one's importers too.
 */
export interface ChunkLoader {
  load(name: 'card'): Promise<typeof card>;
  load(name: 'share'): Promise<unknown>;
  /** With `lang`: the card's words in it come in the language's parts chunk, drawn once that is there too. */
  render<R>(name: 'card', view: (chunk: typeof card) => R, failed: () => R, lang: string): R | typeof nothing;
}

/** What the share, link and kiosk chunks may use of the element. */
export interface ExtrasDeps {
  lazy: ChunkLoader;
  data: DataController;
  reader: () => ReaderState;
  /** The element's dispatch; `byReader` moves focus with the screen. */
  dispatch: (action: Action, byReader?: boolean) => void;
}

/** What the share chunk and the kiosk chunk each export as `Runtime`: a controller of the host that renders. */
export interface Runtime {
  render(lang: string, model?: ResultModel, verdict?: typeof verdictScore): unknown;
}
