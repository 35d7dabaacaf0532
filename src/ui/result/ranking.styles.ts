import { css } from 'lit';

/** Places, ties, cautions and the tools' disclosures on the result. */
export const ranking = css`
  .rank {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .tie {
    font-weight: 600;
    color: var(--_text);
  }
  .caution {
    border-inline-start: 4px solid var(--_border);
    padding: 0.25em 0.75em;
    background: var(--_surface);
  }
  .nobr {
    white-space: nowrap;
  }
  .tool {
    margin-block: 0.5em;
  }
  .tool > summary .count {
    font-weight: 400;
  }
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: 1em;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .undo p {
    margin: 0;
  }
`;
