import { css } from 'lit';
import { inDark } from '../styles/tokens.styles.js';

/**
 * The verdict ring, shared by the table and the result line, and the verdict's own colour
 * (`--stemhulp-color-verdict`), never the match's accent: 4.5:1 or more on light and dark.
 */
export const verdictMarkStyles = css`
  :host {
    --_verdict: var(--stemhulp-color-verdict, #0b6e4f);
  }
  ${inDark(css`
    --_verdict: var(--stemhulp-color-verdict, #5fd3a8);
  `)}
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
    stroke: var(--_border);
    opacity: 0.35;
  }
  .ring-value {
    stroke: var(--_verdict);
  }
  /* What a verdict rests on ("op 2 van 3 stellingen"), with its number. */
  .basis {
    font-size: 0.85em;
    font-weight: 400;
    white-space: normal;
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
