import { css } from 'lit';

/**
 * Kiosk mode is bigger: 18 px text, every target at least 48 px. The chunk is fetched as
 * the element first renders, beside the index, so these are there before the start screen.
 */
export const styles = css`
  :host([kiosk]) .root {
    font-size: var(--stemhulp-font-size, 18px);
  }
  :host([kiosk]) :is(button, select, input, summary) {
    min-block-size: 48px;
    min-inline-size: 48px;
  }
  :host([kiosk]) .address {
    font-weight: 600;
  }
  dialog.kiosk {
    max-inline-size: min(28em, 90vw);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    padding: 1.5em;
  }
  dialog.kiosk::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
`;
