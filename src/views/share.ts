/**
 * The lazy "share" chunk: `Deel je uitslag` and `Print je stemkaart` below the result,
 * the notice on a shared result, and how a link is handed over (Web Share, else the
 * clipboard, else a field to copy by hand). Its strings travel with it in every language.
 */
import { css, html, nothing } from 'lit';

export { applyShare, decodeShare, shareUrl } from '../share.js';

const nl = {
  heading: 'Bewaren en delen',
  share: 'Deel je uitslag',
  shareNote: 'Wie de link krijgt, ziet je antwoorden.',
  print: 'Print je stemkaart',
  title: 'Mijn uitslag van de stemhulp',
  copied: 'De link is gekopieerd. Plak hem waar je wilt.',
  shared: 'De link is gedeeld.',
  manual: 'Kopieer de link hieronder.',
  link: 'Link naar je uitslag',
  sharedResult: 'Dit is een uitslag die iemand met je heeft gedeeld.',
  fresh: 'Doe zelf de stemhulp',
  badLink: 'De link met een uitslag kon niet worden gelezen. Je kunt de stemhulp zelf doen.',
};
type ShareStrings = typeof nl;

const strings: Record<string, ShareStrings> = {
  nl,
  en: {
    heading: 'Keep and share',
    share: 'Share your result',
    shareNote: 'Anyone who gets the link sees your answers.',
    print: 'Print your voting card',
    title: 'My voting aid result',
    copied: 'The link has been copied. Paste it wherever you like.',
    shared: 'The link has been shared.',
    manual: 'Copy the link below.',
    link: 'Link to your result',
    sharedResult: 'This is a result someone shared with you.',
    fresh: 'Do the voting aid yourself',
    badLink: 'The link with a result could not be read. You can do the voting aid yourself.',
  },
  ar: {
    heading: 'الحفظ والمشاركة',
    share: 'شارك نتيجتك',
    shareNote: 'من يحصل على الرابط يرى إجاباتك.',
    print: 'اطبع بطاقة التذكير',
    title: 'نتيجتي في دليل التصويت',
    copied: 'تم نسخ الرابط. الصقه حيث تشاء.',
    shared: 'تمت مشاركة الرابط.',
    manual: 'انسخ الرابط أدناه.',
    link: 'رابط نتيجتك',
    sharedResult: 'هذه نتيجة شاركها أحدهم معك.',
    fresh: 'أجرِ دليل التصويت بنفسك',
    badLink: 'تعذّرت قراءة رابط النتيجة. يمكنك إجراء دليل التصويت بنفسك.',
  },
};
export const shareStrings = (lang: string): ShareStrings => strings[lang] ?? nl;

/** What became of the last press of `Deel je uitslag`. */
export type ShareStatus = { kind: 'idle' } | { kind: 'shared' } | { kind: 'copied' } | { kind: 'manual'; link: string };

/**
 * Hands the link over: the system share sheet where there is one (phones), else the
 * clipboard, else a field the reader copies from. Cancelling the share sheet is no error.
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
  return html`<section class="keep" part="keep" aria-labelledby="keep-heading">
    <h4 id="keep-heading">${s.heading}</h4>
    <div class="keep-buttons">
      ${m.share ? html`<button type="button" class="secondary" aria-describedby="share-note" @click=${m.onShare}>${s.share}</button>` : nothing}
      <button type="button" class="secondary" @click=${m.onPrint}>${s.print}</button>
    </div>
    ${m.share ? html`<p class="note" id="share-note">${s.shareNote}</p>` : nothing}
    <p role="status" class="share-status">${status.kind === 'copied' ? s.copied : status.kind === 'shared' ? s.shared : status.kind === 'manual' ? s.manual : ''}</p>
    ${status.kind === 'manual'
      ? html`<label class="share-link"
          >${s.link}
          <input type="text" readonly .value=${status.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
        /></label>`
      : nothing}
  </section>`;
}

/** Above a result opened from a link: whose result this is, and the way to one's own. */
export function sharedNotice(lang: string, onFresh: () => void) {
  const s = shareStrings(lang);
  return html`<div class="shared-notice" part="shared-notice">
    <p>${s.sharedResult}</p>
    <button type="button" class="secondary" @click=${onFresh}>${s.fresh}</button>
  </div>`;
}

/** A link that was ours but could not be read: said once, on the start screen. */
export const badLinkNotice = (lang: string) => html`<p class="shared-notice" role="status">${shareStrings(lang).badLink}</p>`;

export const styles = css`
  .keep-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .share-status:empty {
    display: none;
  }
  .share-link {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }
  .share-link input {
    font: inherit;
    font-weight: 400;
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    inline-size: 100%;
  }
  .shared-notice {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.75em;
    margin-block-end: 1em;
  }
  .shared-notice p {
    margin-block-end: 0.5em;
  }
`;
