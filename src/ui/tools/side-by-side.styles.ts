import { css } from 'lit';

/**
 * The side-by-side table. Columns size to the longest word of their header (a party's name,
 * never broken inside a word or a bracket) and of their answers: no word breaks inside
 * itself. A table too wide for a phone, or for large text, scrolls inside its wrapper
 * instead of pushing the page sideways; only a statement's text, which spans the table,
 * may break a word too long for any line.
 */
export const sideBySideStyles = css`
  /* Positioned: a visually hidden word in a cell scrolled out of view is clipped with it, not pushing the page sideways. */
  .sbs-wrap {
    position: relative;
    overflow-x: auto;
    margin-block: 0.5em 1em;
  }
  .sbs {
    inline-size: 100%;
    border-collapse: collapse;
    overflow-wrap: normal;
  }
  .sbs-caption {
    font-weight: 600;
    margin-block: 0.75em 0;
  }
  @container (max-width: 479px) {
    .sbs td {
      font-size: 0.9em;
    }
  }
  .sbs th,
  .sbs td {
    text-align: start;
    vertical-align: top;
    padding: 0.375em 0.2em;
  }
  .sbs thead th {
    border-block-end: 2px solid var(--_border);
    font-size: 0.85em;
    font-weight: 600;
  }
  .sbs .sbs-statement {
    font-weight: 600;
    background: var(--_surface);
    padding-block-start: 0.5em;
  }
  .sbs .sbs-statement .label {
    display: block;
    margin: 0;
  }
  .sbs td.same {
    font-weight: 600;
  }
  .sbs .sbs-statement {
    overflow-wrap: anywhere;
  }
`;
