import { baseLanguage } from '../../core/lang.js';
import { html, nothing, type TemplateResult } from 'lit';
import { directive, Directive, type ChildPart } from 'lit/directive.js';
import { shortUrl } from '../../core/attributes.js';
import type { LoadError } from '../../data/load.js';
import type { LocalisedText } from '../../core/types.js';
import { pick } from '../../core/text.js';
import { address, safeHref } from '../../core/url.js';
import type { Strings } from '../../i18n/types.js';
import { nameOf } from '../../i18n/index.js';

const sameLanguage = (a: string, b: string) => baseLanguage(a) === baseLanguage(b);

/**
 * Text from data, as text (Lit escapes it), isolated (`<bdi>`) so that its direction
 * cannot reorder the UI text around it, and marked with its own language when the
 * fallback rules picked another one than the UI's, so screen readers pronounce it right.
 */
export function text(value: LocalisedText | undefined, lang: string): TemplateResult {
  const { tag, value: s } = pick(value, lang);
  return html`<bdi lang=${sameLanguage(tag, lang) ? nothing : tag}>${s}</bdi>`;
}

/** A data text with blank-line separated paragraphs, marked with its language like `text`. */
export function paragraphs(value: LocalisedText | undefined, lang: string): TemplateResult[] {
  const { tag, value: s } = pick(value, lang);
  const own = sameLanguage(tag, lang) ? nothing : tag;
  return s
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => html`<p lang=${own}>${p}</p>`);
}

/** An answer or a position in words; `none` when there is none (skipped, or no known position). */
export const answerWord = (t: Pick<Strings, 'agree' | 'neutral' | 'disagree'>, a: string | undefined, none: string) =>
  a === 'agree' ? t.agree : a === 'neutral' ? t.neutral : a === 'disagree' ? t.disagree : none;

export { address, safeHref } from '../../core/url.js';

/**
 * A link, or in kiosk mode its address as text that opens nothing (a tablet at a stand
 * must not wander off). Kiosk mode belongs to the widget whose template holds the link,
 * so it is read from that widget when Lit puts the link in place: two widgets on a page,
 * one a kiosk, never share it, whenever and in whatever order their views are rendered.
 */
class Link extends Directive {
  render(href: string, label: unknown) {
    return html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>`;
  }

  override update(part: ChildPart, [href, label]: [string, unknown]) {
    return (part.options?.host as Element | undefined)?.hasAttribute('kiosk') ? html`<span class="address">${label} (${address(href)})</span>` : this.render(href, label);
  }
}
const link = directive(Link);

/**
 * The words of a live region (`role="status"`), put in a moment after the region itself:
 * VoiceOver and NVDA often say nothing of a region that arrives with its words already in
 * it. The first words wait until the region has been in the page a while; later changes
 * go in at once, as the region is known by then.
 */
class Said extends Directive {
  private readonly node = document.createTextNode('');
  private words?: string;
  private known = false;
  private waiting = false;
  render(words: string) {
    return words;
  }

  override update(_part: ChildPart, [words]: [string]) {
    this.words = words;
    if (this.known) this.node.data = words;
    else if (!this.waiting) {
      this.waiting = true;
      // A widget taken out of the page meanwhile changes nothing: its next render tries again.
      setTimeout(() => {
        this.waiting = false;
        if (!this.node.isConnected) return;
        this.known = true;
        this.node.data = this.words!;
      }, 150);
    }
    return this.node;
  }
}
export const said = directive(Said);

/** A link to an http(s) URL from data; without one, `label` alone when `orText`, else nothing. */
export function externalLink(url: string | undefined, label: TemplateResult | string, orText = false) {
  const href = safeHref(url);
  return href ? link(href, label) : orText ? label : nothing;
}

/**
 * Whether trying again can help: a network fault, a time-out, a server error (5xx, 408,
 * 429). A broken or missing file stays broken on a second try, so it gets no retry advice.
 */
export const retryHelps = (error: LoadError | undefined) =>
  !!error &&
  (error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && !!error.status && (error.status >= 500 || error.status === 408 || error.status === 429)));

/**
 * An error for the reader in one sentence, the technical detail behind "Details" for the
 * site owner or data author, and a retry where trying again can help. `details` draws what
 * is behind Details (the details chunk's `errorDetails`, which the element fetches as the
 * error shows): until it gives something the button waits, so it never opens on nothing.
 */
export function errorBox(t: Strings, message: string, error: LoadError | undefined, onRetry: (() => void) | undefined, details?: (error: LoadError) => unknown) {
  const retry = retryHelps(error);
  const more = error && error.kind !== 'refused' && details ? details(error) : nothing;
  // Focusable by script only: focus lands here when the screen it replaces cannot be drawn.
  return html`<div class="error" role="alert" part="error" tabindex="-1">
    <p>${message}${retry ? ` ${t.errorAdvice}` : ''}</p>
    ${retry && onRetry ? html`<button type="button" class="secondary" @click=${onRetry}>${t.retry}</button>` : nothing}
    ${
      more === nothing
        ? nothing
        : html`<details>
          <summary>${t.details}</summary>
          ${more}
        </details>`
    }
  </div>`;
}

/** The address under Details, which needs no words: alone when the details chunk could not be fetched either, else among its lines (error-details.ts). */
export const bareDetails = (error: LoadError) => (error.url ? html`<p><code>${shortUrl(error.url)}</code></p>` : nothing);

/**
 * The opt-in language choice: each language named in itself, so a reader finds their own.
 * It applies with its button only: on a closed select an arrow key changes the value (and
 * fires `change`) in Chromium and Firefox, and switching the whole widget then would be a
 * change of context on input (WCAG 3.2.2). A button works alike in every engine, by
 * keyboard, touch and screen reader; Enter on a select or leaving it means nothing the same
 * way everywhere.
 */
export function languageSwitcher(languages: string[], current: string, t: Strings, onChoose: (lang: string) => void) {
  return html`<form
    class="language"
    @submit=${(e: Event) => {
      e.preventDefault();
      onChoose((e.target as HTMLFormElement).querySelector('select')!.value);
    }}
  >
    <label for="language">${t.language}</label>
    <select id="language">
      ${languages.map((l) => html`<option value=${l} lang=${l} ?selected=${l === current}>${nameOf(l) ?? new Intl.DisplayNames(l, { type: 'language' }).of(l)}</option>`)}
    </select>
    <button class="secondary">${t.languageApply}</button>
  </form>`;
}

/** A gemeente's data failed: which gemeente, and what kind of failure in plain words. */
export function gemeenteErrorBox(t: Strings, name: string, error: LoadError, onRetry: () => void, details: (error: LoadError) => unknown) {
  const { kind } = error;
  const message =
    kind === 'format'
      ? t.errorGemeenteData(name)
      : t.errorGemeente(name) + (kind === 'timeout' || kind === 'json' || kind === 'too-large' || kind === 'refused' ? ` ${t.errorKind[kind]}` : '');
  return errorBox(t, message, error, onRetry, details);
}
