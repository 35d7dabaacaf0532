import { css } from 'lit';

/**
 * The custom properties a host may set (on the element or any ancestor):
 * --stemhulp-font, --stemhulp-font-size, --stemhulp-color-text, --stemhulp-color-background,
 * --stemhulp-color-surface, --stemhulp-color-border, --stemhulp-color-accent,
 * --stemhulp-color-accent-text, --stemhulp-color-muted, --stemhulp-color-focus,
 * --stemhulp-color-error, --stemhulp-radius, --stemhulp-space.
 * Where a --stemhulp-* property is not set, NL Design System (Utrecht) tokens on the host
 * page apply: document font family, colour and background, primary button colours, focus colour.
 * Every other sheet uses only the private --_* names set here.
 */
export const tokens = css`
  :host {
    display: block;
    container-type: inline-size;
    /* Inherited properties a host may have set wildly; the widget starts clean. */
    font: 400 var(--stemhulp-font-size, 16px) / 1.5
      var(--stemhulp-font, var(--utrecht-document-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    color: var(--_text);
    --_text: var(--stemhulp-color-text, var(--utrecht-document-color, #1d1d1f));
    --_bg: var(--stemhulp-color-background, var(--utrecht-document-background-color, #fff));
    --_surface: var(--stemhulp-color-surface, #f4f4f6);
    --_border: var(--stemhulp-color-border, #76767f);
    --_accent: var(--stemhulp-color-accent, var(--utrecht-button-primary-action-background-color, #1a5fa8));
    --_accent-text: var(--stemhulp-color-accent-text, var(--utrecht-button-primary-action-color, #fff));
    --_muted: var(--stemhulp-color-muted, #4f4f57);
    --_focus: var(--stemhulp-color-focus, var(--utrecht-focus-outline-color, #1a5fa8));
    --_error: var(--stemhulp-color-error, #b3261e);
    --_radius: var(--stemhulp-radius, 8px);
    --_space: var(--stemhulp-space, 1em);
  }
  /* Dark defaults; a host's --stemhulp-color-* still wins. Contrast as in light: text 4.5:1, UI 3:1 or more. */
  @media (prefers-color-scheme: dark) {
    :host {
      color-scheme: dark;
      --_text: var(--stemhulp-color-text, #ececf0);
      --_bg: var(--stemhulp-color-background, #17171a);
      --_surface: var(--stemhulp-color-surface, #26262b);
      --_border: var(--stemhulp-color-border, #9a9aa6);
      --_accent: var(--stemhulp-color-accent, #8cbcff);
      --_accent-text: var(--stemhulp-color-accent-text, #0b1a2e);
      --_muted: var(--stemhulp-color-muted, #bcbcc6);
      --_focus: var(--stemhulp-color-focus, #8cbcff);
      --_error: var(--stemhulp-color-error, #ff8a80);
    }
  }
`;
