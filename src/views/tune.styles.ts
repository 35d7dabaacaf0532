import { css } from 'lit';

/** "Antwoorden aanpassen" and the parties per statement. */
export const tuneStyles = css`
  .tune-list {
    display: grid;
    gap: 0.75em;
    margin-block: 0.5em 1em;
  }
  .tune-item {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  .tune-answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .tune-answers .answer {
    flex: 1 1 6em;
  }
  .tune-item .groups {
    margin-block-start: 0.5em;
  }
  .stances {
    gap: 0.5em;
  }
  .stances dt .count {
    font-weight: 400;
  }
  .names {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
`;
