import { css } from 'lit';

/**
 * What every screen shares: the root box, type, controls, errors. Sizes are in em from a
 * pixel base, never rem: a host's `html { font-size: 62.5% }` must not shrink the widget.
 * The build strips the comments in these sheets, so they cost readers nothing.
 */
export const base = css`
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
    color: var(--_link);
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

  details > summary {
    cursor: pointer;
    color: var(--_link);
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
    flex-wrap: wrap;
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
  /* A line high while empty: its words come a moment after it (ui/common/common.ts, said). */
  .loading {
    color: var(--_muted);
    min-block-size: 1.5em;
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
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block: 1em;
  }
  /* Errors */
  .error {
    border-inline-start: 4px solid var(--_error);
    padding: 0.5em 0.75em;
    margin-block: 1em;
    background: var(--_surface);
    /* The accent is made for the background, not for a surface: links here take the text colour. */
    --_link: var(--_text);
  }
  .problems {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .problems code {
    font-size: 0.9em;
  }
`;
