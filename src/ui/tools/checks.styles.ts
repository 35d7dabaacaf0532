import { css } from 'lit';

/** Checkbox lists on the result (party choice, side by side): rows big enough for a thumb. */
export const checksStyles = css`
  fieldset.checks {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  /* In em: at 200 % text two columns would squeeze a party's name until its words break. */
  @container (min-width: 35em) {
    fieldset.checks {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  fieldset.checks legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25em;
  }
  /* A name keeps 10em beside its box, or goes under it (a phone at 200 % text): never squeezed until a word breaks. */
  .check-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    margin: 0;
    font-weight: 400;
    cursor: pointer;
  }
  .check-row input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .check-row > span {
    flex: 1 1 0;
    min-inline-size: min(100%, 10em);
  }
  .check-row input:disabled + span {
    color: var(--_muted);
  }
  .count {
    font-weight: 400;
  }
`;
