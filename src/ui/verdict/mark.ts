import { html, svg } from 'lit';

/**
 * The mark of the organisation's verdict: a ring filled to the percentage. Deliberately
 * unlike the reader's match (a straight bar), so the two numbers are never taken for each
 * other. Drawn with SVG attributes only: a strict CSP forbids inline styles.
 */
export const verdictMark = (score: number) =>
  html`<svg class="ring" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    ${svg`<circle class="ring-track" cx="10" cy="10" r="7.5" />
    ${score > 0 ? svg`<circle class="ring-value" cx="10" cy="10" r="7.5" pathLength="100" stroke-dasharray=${`${score} 100`} transform="rotate(-90 10 10)" />` : null}`}
  </svg>`;
