import { css } from 'lit';

/**
 * The chart: small and quiet, every dot alike; the numbers table beside it from 50em of
 * the widget's width (24em for the table), under it on less.
 */
export const verdictChartStyles = css`
  .chart-figure {
    display: grid;
    gap: 1em;
    margin-block: 0.5em 1em;
  }
  @container (min-width: 50em) {
    .chart-figure {
      grid-template-columns: minmax(0, 1fr) 24em;
      align-items: start;
    }
  }
  .chart-picture {
    max-inline-size: 30em;
  }
  .chart svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    direction: ltr;
  }
  .axis-y,
  .axis-x {
    margin: 0;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  /* Physical sides: the chart runs left to right in every language. */
  .axis-y {
    text-align: left;
  }
  .axis-x {
    text-align: right;
  }
  .plot {
    fill: none;
    stroke: var(--_border);
  }
  .grid {
    stroke: var(--_surface);
    stroke-width: 1;
  }
  .tick {
    fill: var(--_muted);
    font-size: 11px;
  }
  .dot {
    fill: var(--_text);
  }
  .dot-label {
    fill: var(--_text);
    font-size: 13px;
  }
  .leader {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  /*
   * The numbers table as rows that wrap (its roles keep it a table for screen readers):
   * two number columns of 5.5em and the name on the rest, never under 10em; where a row
   * has no 10em left for the name, the numbers go under it, in every row alike, so they
   * stay under their headers.
   */
  .chart-table,
  .chart-table thead,
  .chart-table tbody,
  .chart-table caption {
    display: block;
  }
  .chart-table caption {
    text-align: start;
    font-size: 0.95em;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .chart-table tr {
    display: flex;
    flex-wrap: wrap;
    border-block-end: 1px solid var(--_surface);
  }
  .chart-table th,
  .chart-table td {
    text-align: start;
    padding-block: 0.25em;
    padding-inline: 0 0.5em;
    font-variant-numeric: tabular-nums;
    flex: 0 0 5.5em;
  }
  .chart-table tr > :first-child {
    flex: 1 1 0;
    min-inline-size: min(100%, 10em);
  }
  /* The same widths in the header's smaller type: its row wraps where the others do. */
  .chart-table thead th {
    font-size: 0.85em;
    flex-basis: calc(5.5em / 0.85);
  }
  .chart-table thead tr > :first-child {
    min-inline-size: min(100%, calc(10em / 0.85));
  }
  /* Not the short name in brackets: it comes from data, and may be long. */
  .chart-table td {
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .dot,
    .dot-label,
    .tick {
      fill: CanvasText;
    }
    .plot,
    .leader {
      stroke: CanvasText;
    }
  }
`;
