import { css } from 'lit';

/** The verdict ring, shared by the table, the result line and the chart's legend. */
export const verdictMarkStyles = css`
  .ring {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    vertical-align: -0.25em;
  }
  .ring circle {
    fill: none;
    stroke-width: 4;
  }
  .ring-track {
    stroke: var(--_surface);
  }
  .ring-value {
    stroke: var(--_verdict);
  }
  @media (forced-colors: active) {
    .ring-track {
      stroke: GrayText;
    }
    .ring-value {
      stroke: CanvasText;
    }
  }
`;
