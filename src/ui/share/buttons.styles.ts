import { css } from 'lit';

export const styles = css`
  .keep-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .share-status:empty {
    margin: 0;
  }
  .share-link {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }
  .share-link input {
    font: inherit;
    font-weight: 400;
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    inline-size: 100%;
  }
  .shared-notice {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.75em;
    margin-block-end: 1em;
  }
  .shared-notice p {
    margin-block-end: 0.5em;
  }
`;
