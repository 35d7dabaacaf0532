import { css } from 'lit';

/** The side-by-side table: fixed columns of equal width, each cell's word wrapping inside. */
export const sideBySideStyles = css`
  .sbs {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    margin-block: 0.75em 1em;
  }
  .sbs caption {
    text-align: start;
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  .sbs th,
  .sbs td {
    text-align: start;
    vertical-align: top;
    padding: 0.375em 0.25em;
  }
  .sbs thead th {
    border-block-end: 2px solid var(--_border);
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
`;
