import { css } from 'lit';

/**
 * Custom properties a host may set (on the element or any ancestor):
 * --stemhulp-font, --stemhulp-font-size, --stemhulp-color-text, --stemhulp-color-background,
 * --stemhulp-color-surface, --stemhulp-color-border, --stemhulp-color-accent,
 * --stemhulp-color-accent-text, --stemhulp-color-muted, --stemhulp-color-focus,
 * --stemhulp-color-error, --stemhulp-radius, --stemhulp-space.
 * Where a --stemhulp-* property is not set, NL Design System (Utrecht) tokens on the host
 * page apply: document font family, colour and background, primary button colours, focus colour.
 *
 * Sizes are in em from a pixel base, never rem: a host's `html { font-size: 62.5% }`
 * must not shrink the widget. Comments inside the CSS ship in the bundle: keep them few.
 * `.row select` has `min-inline-size: 0`, else the longest gemeente name sets its width.
 */
export const styles = css`
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
  /* Windows contrast themes: keep the chosen answer and the bars visible in system colours. */
  @media (forced-colors: active) {
    .root button[aria-pressed='true'],
    .root .bar {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border: 1px solid CanvasText;
    }
    .bar::-webkit-progress-bar {
      background: Canvas;
    }
    .bar::-webkit-progress-value {
      background: Highlight;
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .root {
    /* Again here: a host rule like * { font-size: 40px !important } beats :host, not this. */
    font-size: var(--stemhulp-font-size, 16px);
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    font-size: 1.05em;
  }
  p {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  section {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  header + section {
    margin-block-start: var(--_space);
  }
  .note,
  .hint,
  .label,
  .list {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .label {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Speerpunten */
  .cards {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  @container (min-width: 560px) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .card {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  details > summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    min-block-size: 24px;
    padding-block: 0.25em;
  }
  details[open] > summary {
    margin-block-end: 0.5em;
  }

  /* Controls */
  button,
  select {
    display: inline-block;
    font: inherit;
    line-height: 1.25;
    margin: 0;
    min-block-size: 44px;
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    cursor: pointer;
  }
  select {
    inline-size: 100%;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
  }
  button {
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  button.primary,
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button.link {
    border-color: transparent;
    text-decoration: underline;
    font-weight: 400;
  }
  button.link[aria-pressed='true'] {
    border-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .language {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    justify-content: end;
  }
  .language select {
    inline-size: auto;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .row select {
    flex: 1 1 12em;
    inline-size: auto;
    min-inline-size: 0;
  }
  .start {
    /* Room for the picker while the index loads: nothing jumps under the thumb. */
    min-block-size: 9em;
  }
  @container (max-width: 420px) {
    /* Narrow: the start button wraps below the select (measured 13.6em at 280-400 px). */
    .start {
      min-block-size: 14em;
    }
  }
  .loading {
    color: var(--_muted);
  }

  /* Quiz */
  .progress-text {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .bar {
    display: block;
    appearance: none;
    inline-size: 100%;
    block-size: 0.5em;
    border: 0;
    border-radius: 0.25em;
    overflow: hidden;
    background: var(--_surface);
    color: var(--_accent);
    margin-block-end: 1em;
  }
  .bar::-webkit-progress-bar {
    background: var(--_surface);
  }
  .bar::-webkit-progress-value {
    background: var(--_accent);
  }
  .bar::-moz-progress-bar {
    background: var(--_accent);
  }
  .statement {
    font-size: 1.35em;
    margin-block: 0.25em 0.5em;
  }
  .statement:focus {
    outline: none;
  }
  .statement:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .answers {
    display: grid;
    gap: 0.5em;
    margin-block: 1em;
  }
  @container (min-width: 480px) {
    .answers {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    border-width: 1px;
    border-color: var(--_border);
    color: var(--_text);
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--_accent);
  }
  .toggle .hint {
    color: inherit;
    font-weight: 400;
  }
  .check {
    inline-size: 1.1em;
    block-size: 1.1em;
    border: 2px solid currentColor;
    border-radius: 3px;
    flex: none;
  }
  .toggle[aria-pressed='true'] .check {
    background: currentColor;
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block: 1em;
  }

  /* Result */
  .parties {
    display: grid;
    gap: 0.75em;
    margin-block: 1em;
  }
  .party {
    border-block-end: 1px solid var(--_surface);
    padding-block-end: 0.5em;
  }
  .party-line {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .party .bar {
    margin-block-end: 0.25em;
  }
  .score {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .comparison {
    display: grid;
    gap: 0.75em;
    margin-block-end: 1em;
  }
  .comparison > li {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  .statement-small {
    font-weight: 600;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(4em, auto) 1fr;
    gap: 0.5em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .why {
    display: block;
    color: var(--_muted);
  }
  .scores {
    display: grid;
    gap: 0.25em;
    margin-block-end: 1em;
  }
  .links {
    display: grid;
    gap: 0.5em;
  }

  /* Errors */
  .error {
    border-inline-start: 4px solid var(--_error);
    padding: 0.5em 0.75em;
    margin-block: 1em;
    background: var(--_surface);
  }
  .problems {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .problems code {
    font-size: 0.9em;
  }
  .warnings {
    margin-block-start: 1em;
    font-size: 0.9em;
  }
`;
