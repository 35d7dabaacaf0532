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
  /* Also here: a result opened straight from a shared link has not drawn the quiz and its sheet. */
  .tune-item .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    border-width: 1px;
    border-color: var(--_border);
    color: var(--_text);
  }
  /* Pressed, the text and check take the accent's own text colour, as on a primary button: the text colour on the accent fill was 2.6:1 (1.65:1 dark). */
  .tune-item .toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .tune-item .check {
    inline-size: 1.1em;
    block-size: 1.1em;
    border: 2px solid currentColor;
    border-radius: 3px;
    flex: none;
  }
  .tune-item .toggle[aria-pressed='true'] .check {
    background: currentColor;
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .names {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  /* Who gave a position: a line of its own below the party's name or position. */
  .by {
    display: block;
    font-weight: 400;
  }
`;
