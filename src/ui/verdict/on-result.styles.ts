import { css } from 'lit';

/** The verdict's line in the result and the advice entry of the comparison. */
export const verdictResultStyles = css`
  .verdict-line,
  .scores > li {
    display: flex;
    align-items: center;
    gap: 0.375em;
    margin: 0 0 0.25em;
    font-size: 0.95em;
  }
  /* Its own line under the two answers: the organisation's name is long beside a short answer. */
  dl > .advice {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  .advice > dt,
  .advice > dd {
    color: var(--_verdict);
  }
`;
