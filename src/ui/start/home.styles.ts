import { css } from 'lit';

/** The speerpunten cards, further reading and the start section with the gemeente picker. */
export const home = css`
  /* Speerpunten */
  .cards {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  @container (min-width: 560px) {
    /* Each card its own height: one opened Lees meer must not stretch the card beside it. */
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      align-items: start;
    }
  }
  .card {
    background: var(--_surface);
    /* "Lees meer" in the house accent fell to 4.24:1 here (Den Haag); the text colour is made for it. */
    --_link: var(--_text);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  .reading {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .reading .links {
    display: grid;
    gap: 0.5em;
  }
  .start {
    /* Room for the picker while the index loads: nothing jumps under the thumb. */
    min-block-size: 9em;
  }
  @container (max-width: 420px) {
    /* Narrow: the start button wraps below the select (measured 13.6em at 280-400 px). */
    .start {
      min-block-size: 14em;
    }
  }
`;
