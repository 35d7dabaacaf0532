import { css } from 'lit';

export const styles = css`
  .stemkaart {
    display: none;
  }
  @media print {
    :host {
      --_text: #000;
      --_bg: #fff;
      --_muted: #333;
      --_border: #000;
      color: #000;
    }
    .root:has(> .stemkaart) {
      border: 0;
      padding: 0;
      background: #fff;
      color: #000;
    }
    .root:has(> .stemkaart) > :not(.stemkaart) {
      display: none !important;
    }
    .stemkaart {
      display: block;
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .stemkaart h1 {
      font-size: 20pt;
      margin: 0;
    }
    .stemkaart h2 {
      font-size: 12pt;
      margin: 5mm 0 2mm;
    }
    .stemkaart .basis {
      font-size: 8pt;
      font-weight: 400;
    }
    .stemkaart .legend {
      font-weight: 400;
      font-size: 9pt;
    }
    .stemkaart-line {
      font-size: 12pt;
      font-weight: 600;
      margin: 0 0 1mm;
    }
    .stemkaart table {
      inline-size: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    .stemkaart th:first-child {
      inline-size: 42%;
    }
    .stemkaart th:last-child {
      inline-size: 36%;
      overflow-wrap: break-word;
    }
    .stemkaart th,
    .stemkaart td {
      text-align: start;
      border-block-end: 0.5pt solid #000;
      padding: 1.5mm 2mm;
      vertical-align: top;
    }
    .stemkaart .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .stemkaart-answers {
      columns: 2;
      column-gap: 8mm;
      font-size: 9pt;
    }
    .stemkaart-answers li {
      break-inside: avoid;
      display: grid;
      grid-template-columns: 8em 1fr;
      gap: 2mm;
      margin-block-end: 1mm;
    }
    .stemkaart-answers .answer {
      font-weight: 700;
      overflow-wrap: normal;
    }
    /* Cut at a word in the text (see fits); the height is only a safety net, and cuts between lines, never inside a word. */
    .stemkaart-answers .text {
      align-self: start;
      max-block-size: 2lh;
      overflow: hidden;
      overflow-wrap: normal;
    }
    .many .stemkaart-answers {
      font-size: 7.5pt;
      line-height: 1.25;
    }
    .many .stemkaart-answers li {
      margin-block-end: 0.3mm;
    }
    .many .stemkaart-answers .text {
      max-block-size: 1lh;
    }
    .very-many .stemkaart-answers {
      columns: 3;
      column-gap: 5mm;
      font-size: 7pt;
    }
  }
`;
