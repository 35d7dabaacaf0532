import { css } from 'lit';

/** The result list, the comparison and the verdict per speerpunt; loaded with the result chunk. */
export const result = css`
  /* Result */
  .parties {
    display: grid;
    gap: 0.75em;
    margin-block: 1em;
  }
  .party {
    border-block-end: 1px solid var(--_surface);
    padding-block-end: 0.5em;
  }
  /* The name keeps at least 10em beside the match ("75% overeenkomst met jou"), else the match goes under it: never squeezed until a word breaks. */
  .party-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .party-line .name {
    flex: 1 1 0;
    min-inline-size: min(100%, 10em);
  }
  .party-line .match {
    margin-inline-start: auto;
  }
  /* Narrower than a phone in ems (a phone at 150-200 % text): half the widget's padding back, so a long name keeps its line. */
  @container (max-width: 18em) {
    .result {
      margin-inline: calc(var(--_space) / -2);
    }
  }
  .party .bar {
    margin-block-end: 0.25em;
  }
  .score {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /*
   * "75% overeenkomst met jou" in one piece where a line holds it: the number never stands
   * apart from what it is. On a phone at 200 % text no line does, and it wraps between words
   * rather than running out of the widget.
   */
  @container (min-width: 24em) {
    .match {
      white-space: nowrap;
    }
  }
  .comparison {
    display: grid;
    gap: 0.75em;
    margin-block-end: 1em;
  }
  .comparison > li {
    background: var(--_surface);
    --_link: var(--_text);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  .statement-small {
    font-weight: 600;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(4em, auto) 1fr;
    gap: 0.5em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .why,
  .by {
    display: block;
    color: var(--_muted);
  }
  .scores {
    display: grid;
    gap: 0.25em;
    margin-block-end: 1em;
  }
  .links {
    display: grid;
    gap: 0.5em;
  }

`;
