import { css } from 'lit';

/** One statement per screen. */
export const quiz = css`
  /* Quiz */
  .progress-text {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .statement {
    font-size: 1.35em;
    margin-block: 0.25em 0.5em;
    /* Focus scrolls the statement into view with the progress above and the answers below it. */
    scroll-margin-block: 4em 12.5em;
  }
  @container (max-width: 479px) {
    .statement {
      font-size: 1.25em;
      scroll-margin-block-end: 17em;
    }
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
  /* A hard word: reads as part of the sentence, marked by a dotted line; 24 px high (padding above, invisible) without moving the lines. */
  .term {
    padding-block: 0.3em 0;
    border-block-end: 2px dotted currentColor;
    cursor: pointer;
  }
  /* The statement's hard words as buttons, below it: in the heading they are only marked.
     The padding holds their dotted line, which hangs below the line box (text spacing, Firefox). */
  .terms {
    margin-block: 0 0.5em;
    padding-block-end: 0.25em;
  }
  /* In the statement's large type the word is 24 px high already; padding would push the line into the next. */
  .statement .term {
    padding-block: 0;
  }
  .term[aria-expanded='true'] {
    border-block-end-style: solid;
  }
  .term-box {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75em;
    margin-block: 0 0.75em;
  }
  .term-box[hidden] {
    display: none;
  }
`;
