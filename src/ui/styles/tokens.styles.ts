import { css, type CSSResult } from 'lit';

/**
 * Dark defaults; a host's --stemhulp-color-* still wins, house (NL Design System) colours do
 * not: they are made for a light page and seldom readable on dark. Contrast as in light:
 * text 4.5:1, UI 3:1 or more.
 */
const dark = css`
  color-scheme: dark;
  --_text: var(--stemhulp-color-text, #ececf0);
  --_bg: var(--stemhulp-color-background, #17171a);
  --_border: var(--stemhulp-color-border, #9a9aa6);
  --_accent: var(--stemhulp-color-accent, #8cbcff);
  --_accent-text: var(--stemhulp-color-accent-text, #0b1a2e);
  --_link: var(--_accent);
  --_muted: var(--stemhulp-color-muted, #bcbcc6);
  --_focus: var(--stemhulp-color-focus, #8cbcff);
  --_error: var(--stemhulp-color-error, #ff8a80);
`;

/**
 * `declarations` for the dark scheme: with `theme="dark"`, or when the reader's system asks
 * for dark and `theme` is not `light`. Every sheet with dark values of its own uses this,
 * so that `theme` holds for them too.
 */
export const inDark = (declarations: CSSResult) => css`
  :host([theme='dark' i]) {
    ${declarations}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light' i])) {
      ${declarations}
    }
  }
`;

/**
 * The custom properties a host may set (on the element or any ancestor):
 * --stemhulp-font, --stemhulp-font-size, --stemhulp-color-text, --stemhulp-color-background,
 * --stemhulp-color-surface, --stemhulp-color-border, --stemhulp-color-accent,
 * --stemhulp-color-accent-text, --stemhulp-color-muted, --stemhulp-color-focus,
 * --stemhulp-color-error, --stemhulp-radius, --stemhulp-space.
 * Where a --stemhulp-* property is not set, a gemeente's house style on the host page
 * applies: NL Design System tokens by Utrecht's names (Den Haag and Rotterdam publish
 * those too), else Amsterdam's --ams-* names.
 *
 * Contrast whatever the house colours are: the accent is only ever text on the background
 * (a house's button pair makes it readable there when the button text is the background
 * colour, as in all four houses tested), never on a surface: links and disclosures on
 * cards set --_link to the text colour. Surface and muted text are mixed from the text and
 * background colours, so they follow a house background.
 * `theme="light"` or `"dark"` keeps one scheme whatever the reader's system asks.
 * Every other sheet uses only the private --_* names set here.
 */
export const tokens = css`
  :host {
    display: block;
    container-type: inline-size;
    color-scheme: light;
    /* Inherited properties a host may have set wildly; the widget starts clean. */
    font: 400 var(--stemhulp-font-size, 16px) / 1.5
      var(
        --stemhulp-font,
        var(--utrecht-document-font-family, var(--ams-typography-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif))
      );
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    color: var(--_text);
    --_text: var(--stemhulp-color-text, var(--utrecht-document-color, var(--ams-color-text, #1d1d1f)));
    --_bg: var(--stemhulp-color-background, var(--utrecht-document-background-color, var(--ams-color-background, #fff)));
    --_surface: var(--stemhulp-color-surface, color-mix(in srgb, var(--_text) 6%, var(--_bg)));
    --_border: var(--stemhulp-color-border, #76767f);
    --_accent: var(
      --stemhulp-color-accent,
      var(--utrecht-button-primary-action-background-color, var(--ams-button-primary-background-color, #1a5fa8))
    );
    --_accent-text: var(--stemhulp-color-accent-text, var(--utrecht-button-primary-action-color, var(--ams-button-primary-color, #fff)));
    /* Text links on the background: the house's link colour, made for its own background. */
    --_link: var(--stemhulp-color-accent, var(--utrecht-link-color, var(--ams-links-color, var(--_accent))));
    --_muted: var(--stemhulp-color-muted, color-mix(in srgb, var(--_text) 80%, var(--_bg)));
    --_focus: var(--stemhulp-color-focus, var(--utrecht-focus-outline-color, #1a5fa8));
    --_error: var(--stemhulp-color-error, #b3261e);
    --_radius: var(--stemhulp-radius, 8px);
    --_space: var(--stemhulp-space, 1em);
  }
  ${inDark(dark)}
`;
