/**
 * Views of the share chunk: `Deel je uitslag` and `Print je uitslag` below the result,
 * what became of a hand-over, and the notice on a shared result. The Dutch strings
 * travel with them; other languages bring theirs in their own chunk.
 */
import { html, nothing } from 'lit';
import { extrasFor } from '../../i18n/index.js';
import { said } from '../common/common.js';
import { nlShare } from '../../i18n/nl/share.js';
import type { ShareStrings } from '../../i18n/types.js';

/** The share strings in `lang`: Dutch from this chunk, other languages from their own chunk. */
export const shareStrings = (lang: string): ShareStrings => ({ ...nlShare, ...extrasFor(lang) });

/** What became of the last press of `Deel je uitslag`. */
export type ShareStatus = { kind: 'idle' } | { kind: 'shared' } | { kind: 'copied' } | { kind: 'manual'; link: string };

/**
 * Hands the link over: the system share sheet where there is one (phones), else the
 * clipboard, else a field the reader copies from. Cancelling the share sheet is no error.
 * Call it straight from the tap: iOS opens the sheet (and writes the clipboard) only
 * within the reader's gesture, so nothing may be awaited before `share()` is called.
 */
export async function handOver(link: string, title: string, nav: Navigator = navigator): Promise<ShareStatus> {
  if (nav.share && (nav.canShare?.({ url: link }) ?? true)) {
    try {
      await nav.share({ title, url: link });
      return { kind: 'shared' };
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') return { kind: 'idle' };
    }
  }
  try {
    await nav.clipboard.writeText(link);
    return { kind: 'copied' };
  } catch {
    return { kind: 'manual', link };
  }
}

export interface ActionsModel {
  /** False with `share="off"` and in kiosk mode: then only the print button. */
  share: boolean;
  status: ShareStatus;
  onShare: () => void;
  onPrint: () => void;
}

export function actionsView(m: ActionsModel, lang: string) {
  const s = shareStrings(lang);
  const { status } = m;
  return html`<section class="keep" part="keep">
    <h4 id="keep-heading">${m.share ? s.heading : s.keep}</h4>
    <div class="keep-buttons">
      ${m.share ? html`<button type="button" class="secondary" aria-describedby="share-note" @click=${m.onShare}>${s.share}</button>` : nothing}
      <button type="button" class="secondary" @click=${m.onPrint}>${s.print}</button>
    </div>
    ${m.share ? html`<p class="note" id="share-note">${s.shareNote}</p>` : nothing}
    <p role="status" class="share-status">${status.kind === 'copied' ? s.copied : status.kind === 'shared' ? s.shared : status.kind === 'manual' ? s.manual : ''}</p>
    ${
      status.kind === 'manual'
        ? html`<label class="share-link"
          >${s.link}
          <input type="text" readonly .value=${status.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
        /></label>`
        : nothing
    }
  </section>`;
}

/** Above a result opened from a link: whose result this is, and the way to one's own. */
export function sharedNotice(lang: string, onFresh: () => void) {
  const s = shareStrings(lang);
  return html`<div class="shared-notice" part="shared-notice">
    <p role="status">${said(s.sharedResult)}</p>
    <button type="button" class="secondary" @click=${onFresh}>${s.fresh}</button>
  </div>`;
}

/** A link that was ours but could not be read: said once, on the start screen. */
export const badLinkNotice = (lang: string) => html`<p class="shared-notice" part="shared-notice" role="status">${said(shareStrings(lang).badLink)}</p>`;

export { styles } from './buttons.styles.js';
