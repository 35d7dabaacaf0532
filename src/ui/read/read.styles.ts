import { css } from 'lit';

/**
 * *Lees voor*: the passage being read is marked in every browser; the word being read too
 * where the browser reports words (`boundary`) and has the CSS Custom Highlight API.
 */
export const styles = css`
  .read-aloud {
    margin-block-end: var(--_space);
  }
  [data-reading] {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  /* The system's own marker colours: legible in every scheme, forced colours too. */
  ::highlight(stemhulp-read) {
    background-color: Mark;
    color: MarkText;
  }
`;
