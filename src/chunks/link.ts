/**
 * The lazy "link" chunk: reading a share link, fetched only when the page was opened on
 * one (or one arrives by `hashchange`), so it costs nothing to the many who never do.
 */
import { css } from 'lit';
import type { ExtrasDeps, ExtrasHost } from './contract.js';
import type { SharedResult } from '../core/share-link.js';
import { applyShare, decodeShare } from '../core/share-link-read.js';

export { linkSlice as slice } from '../state/link.js';

/** Nothing to draw: the views are in the share chunk. */
export const styles = css``;

/**
 * Opens a share link, as a controller of the host: a link waits for the index and its
 * gemeente's data, then becomes one `restore`; ids not in the data are dropped on the
 * way. The fragment is only read, never written.
 */
export class Restorer {
  /** A link's result, waiting for the index and its gemeente's data. */
  private pending?: SharedResult;
  /** A restored result waits to be scrolled into view. */
  private scroll = false;

  constructor(
    private readonly host: ExtrasHost,
    private readonly deps: ExtrasDeps,
  ) {
    host.addController(this);
    this.read();
  }

  /** `location.hash`, on connect and on `hashchange`; any other fragment is the page's own. */
  read() {
    const d = decodeShare(location.hash);
    if (d.kind === 'none') return;
    this.deps.dispatch({ type: 'bad-link', bad: d.kind === 'invalid' }, false);
    this.pending = d.kind === 'result' ? d.value : undefined;
    this.host.requestUpdate();
  }

  /** After each update: one step further with a pending link, as the data arrives. */
  hostUpdated() {
    this.scrollWhenShown();
    const shared = this.pending;
    const { data, dispatch } = this.deps;
    if (!shared || data.index?.state === 'loading' || !data.index) return;
    const entry = data.entry(shared.gemeente);
    const preset = this.host.gemeente && data.entry(this.host.gemeente);
    if (data.index.state === 'error' || !entry || (preset && preset !== entry)) {
      // A preset widget for another gemeente is not the one the link was made in.
      dispatch({ type: 'bad-link', bad: !preset && data.index.state === 'ready' }, false);
      this.pending = undefined;
      return this.host.requestUpdate();
    }
    if (this.deps.reader().gemeente !== entry.code) return data.choose(entry.code);
    const m = data.gemeente;
    if (m?.state === 'error') this.pending = undefined;
    if (m?.state !== 'ready' || m.code !== entry.code) return;
    this.pending = undefined;
    const { statements, parties } = m.value.content;
    const { answers, hidden } = applyShare(
      shared,
      statements.map((s) => s.id),
      parties.map((p) => p.id),
    );
    // The notice comes with the share chunk: the result and whose it is appear together.
    const restore = () => {
      dispatch({ type: 'restore', gemeente: entry.code, answers, hidden }, false);
      this.scroll = true;
    };
    this.deps.lazy.load('share').then(restore, restore);
  }

  /** Shown at once: a link into an article's widget lands at the widget, once its result is drawn. */
  private scrollWhenShown() {
    if (!this.scroll || !this.host.shadowRoot?.querySelector('#result-heading')) return;
    this.scroll = false;
    this.host.scrollIntoView({ block: 'start' });
  }
}
