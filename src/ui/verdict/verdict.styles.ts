import { css, type CSSResult } from 'lit';

/**
 * The card layout, for the tables `t` selects: a card per party, the total on the card's
 * first line, the speerpunten below. Every line wraps instead of squeezing: the name keeps
 * its longest word's width and a speerpunt's title at least 10em (a long Dutch compound
 * such as "asielzoekerscentra" fits), the total goes below the name when both do not fit,
 * a speerpunt's number below its title likewise. Narrower than a phone in ems (a phone at
 * 200 % text) a card is lines above and below, without sides, so a long word keeps its line.
 * Selectors read ":is(${t}) x": the build's CSS minifier once took the "}" of an
 * interpolation for a rule's brace and dropped the space after it (".verdict-table.kp").
 */
const cards = (t: CSSResult) => css`
  ${t},
  :is(${t}) tbody,
  :is(${t}) tr,
  :is(${t}) td,
  :is(${t}) th {
    display: block;
  }
  /* Wider cards would set a speerpunt's number far from its title. */
  ${t} {
    max-inline-size: 44em;
  }
  :is(${t}) thead {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  :is(${t}) caption {
    display: block;
  }
  :is(${t}) .verdict-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin-block-start: 0.75em;
  }
  :is(${t}) .verdict-row > th,
  :is(${t}) .verdict-row > td {
    border: 0;
    padding: 0.125em 0;
  }
  /* As narrow as its longest word beside the total (break-word: a word never broken to fit a
     line it could have), at most the card's line (a 4,000-letter word then breaks). */
  :is(${t}) .verdict-row > th {
    flex: 1 1 0;
    max-inline-size: 100%;
    overflow-wrap: break-word;
    font-size: 1.05em;
  }
  /* At most two thirds of the line, so that what the total rests on ("op 3 van 4 stellingen")
     wraps inside it rather than sending the whole total below the name. */
  :is(${t}) .verdict-row > .total {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    margin-inline-start: auto;
    max-inline-size: 66%;
  }
  :is(${t}) .total .cell-label {
    display: inline;
  }
  :is(${t}) .verdict-row > .kp {
    /* After the total, which comes last in the row. */
    order: 1;
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    border-block-start: 1px solid var(--_surface);
  }
  :is(${t}) .kp .cell-label {
    display: block;
    flex: 1 1 0;
    min-inline-size: min(100%, 10em);
  }
  :is(${t}) .kp > :last-child {
    margin-inline-start: auto;
  }
  :is(${t}) .details-row > td {
    border: 0;
    border-radius: 0 0 var(--_radius) var(--_radius);
  }
  @container (max-width: 18em) {
    :is(${t}) .verdict-row {
      border-inline: 0;
      border-radius: 0;
      padding-inline: 0;
    }
    :is(${t}) .verdict-row > th {
      font-size: 1em;
    }
  }
`;

/**
 * The verdict table: a grid from 58em of the widget's own width (em, so 200 % text size
 * needs twice the width), a card per party below it. A grid of four speerpunten needs
 * 10em for the names, 8.5em per speerpunt (its title's longest word, "asielzoekerscentra",
 * on one line) and the total; on less, a name column would be squeezed until words break.
 * More than four speerpunten (`many`) are cards at every width.
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
  .verdict-statements .why,
  .verdict-statements .by {
    display: block;
    color: var(--_muted);
  }
  .corrections,
  .updated {
    margin-block: 1em 0;
  }
  .corrections ol {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .corrections time {
    display: block;
  }
  .disclosure {
    font-weight: 600;
  }
  .verdict-table .list {
    white-space: nowrap;
  }
  /* Narrower than a phone in ems (a phone at 150-200 % text): half the widget's padding back, so a long name keeps its line. */
  @container (max-width: 18em) {
    .verdict {
      margin-inline: calc(var(--_space) / -2);
    }
  }
  @container (min-width: 58em) {
    /* Widths include the padding (border-box): 10em of name, 8.5em per speerpunt. */
    .verdict-table:not(.many) tbody th {
      inline-size: 11em;
    }
    .verdict-table:not(.many) td.kp {
      inline-size: 9.5em;
    }
    .verdict-table:not(.many) td.total {
      inline-size: 7.5em;
    }
  }
  @container (max-width: 57.99em) {
    ${cards(css`.verdict-table`)}
  }
  ${cards(css`.verdict-table.many`)}
`;
