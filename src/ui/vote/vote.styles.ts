import { css } from 'lit';

/** *Mag ik stemmen?*: each question a group of answers big enough for a thumb, the outcome set apart. */
export const styles = css`
  .vote-check {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    max-inline-size: 40em;
  }
  .vote-check p {
    margin: 0;
  }
  .vote-form {
    display: grid;
    gap: var(--_space);
  }
  .vote-question {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .vote-question legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25em;
  }
  .vote-question .note {
    margin-block-end: 0.5em;
  }
  /* Side by side where they fit, each under the other on a narrow phone or at 200 % text. */
  .vote-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .vote-choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  .vote-choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .vote-choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .vote-outcome:not(:empty) {
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
`;
