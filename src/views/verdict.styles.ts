import { css } from 'lit';

/**
 * The verdict table: a grid on a wide column, a card per party below 640px of the widget's
 * own width (total on the card's first line, the speerpunten below).
 */
export const verdictStyles = css`
  .verdict-table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: 0.5em 1em;
  }
  .verdict-table caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  .verdict-table th,
  .verdict-table td {
    padding: 0.375em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .verdict-table thead th {
    font-size: 0.85em;
    vertical-align: bottom;
  }
  .verdict-table .total {
    font-weight: 700;
  }
  .cell-label {
    display: none;
  }
  .cell-button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.25em 0.5em;
    min-block-size: 44px;
    border-width: 1px;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    color: var(--_text);
    border-color: var(--_border);
  }
  /*
   * "op 2 van 3 stellingen" on a line of its own under the number, and "Geen oordeel:
   * standpunten onbekend", wrap inside the button: they never widen the column (a party
   * column squeezed by them would break names inside words).
   */
  .cell-button {
    display: inline-grid;
    grid-template-columns: auto auto;
    justify-content: start;
    row-gap: 0.125em;
  }
  .cell-button .basis,
  .cell-button .none {
    grid-column: 1 / -1;
    contain: inline-size;
    min-inline-size: 8em;
    white-space: normal;
    text-align: start;
  }
  .cell-button[aria-expanded='true'] {
    border: 2px solid var(--_verdict);
    background: var(--_surface);
  }
  .none {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .details-row > td {
    background: var(--_surface);
    padding: 0.75em;
  }
  .verdict-statements {
    display: grid;
    gap: 0.75em;
  }
  .verdict-statements > li {
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  /* The statements behind a number: the advice and the party's position, stacked on a phone. */
  .verdict-statements dl {
    margin: 0;
    display: grid;
    gap: 0.375em;
  }
  .verdict-statements dl > div {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 640px) {
    .verdict-statements dl > div {
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
      gap: 0.5em;
    }
  }
  .verdict-statements .statement-small {
    font-weight: 600;
  }
  .verdict-statements dt {
    font-weight: 600;
  }
  .verdict-statements dd {
    margin: 0;
  }
  .verdict-statements .why {
    display: block;
    color: var(--_muted);
  }
  .disclosure {
    font-weight: 600;
  }
  @container (max-width: 639px) {
    .verdict-table,
    .verdict-table tbody,
    .verdict-table tr,
    .verdict-table td,
    .verdict-table th {
      display: block;
    }
    .verdict-table thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .verdict-table caption {
      display: block;
    }
    .verdict-table .verdict-row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5em 0.75em;
      margin-block-start: 0.75em;
    }
    .verdict-table .verdict-row > th,
    .verdict-table .verdict-row > td {
      border: 0;
      padding: 0.125em 0;
    }
    .verdict-row > th {
      grid-area: 1 / 1;
      align-self: center;
      font-size: 1.05em;
    }
    .verdict-row > .total {
      grid-area: 1 / 2;
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    .total .cell-label {
      display: inline;
    }
    .verdict-row > .kp {
      grid-column: 1 / -1;
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5em;
      border-block-start: 1px solid var(--_surface);
    }
    .kp .cell-label {
      display: block;
      min-inline-size: 0;
    }
    .details-row > td {
      border: 0;
      border-radius: 0 0 var(--_radius) var(--_radius);
    }
  }
`;
