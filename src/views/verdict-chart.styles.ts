import { css } from 'lit';

/** The chart: small and quiet, every dot alike; the numbers table beside it from 640px. */
export const verdictChartStyles = css`
  .chart-figure {
    display: grid;
    gap: 1em;
    margin-block: 0.5em 1em;
  }
  @container (min-width: 640px) {
    .chart-figure {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
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
  .chart-table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .chart-table caption {
    text-align: start;
    font-size: 0.95em;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .chart-table th,
  .chart-table td {
    text-align: start;
    padding-block: 0.25em;
    padding-inline: 0 0.5em;
    border-block-end: 1px solid var(--_surface);
    font-variant-numeric: tabular-nums;
  }
  .chart-table thead th {
    font-size: 0.85em;
    overflow-wrap: normal;
  }
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
