import type { KeyPoint } from './types.js';

/**
 * The four speerpunten bundled in the widget, from the organisation's text (lightly
 * updated for 2026). Dutch only: translations live in src/i18n/<lang>/ and load on demand,
 * so readers of the Dutch widget do not download them. Their titles and summaries: the full
 * texts are in bundled-key-point-bodies.ts, which the main file does not carry.
 */
export const bundledKeyPoints: readonly KeyPoint[] = [
  {
    id: 'opvang',
    title: 'Kleinschalige opvang midden in de samenleving',
    summary: 'Asielzoekers wonen het best in kleine groepen in gewone woonwijken, zodat ze kunnen meedoen.',
  },
  {
    id: 'huisvesting',
    title: 'Sneller weg uit asielzoekerscentra',
    summary: 'Vluchtelingen moeten sneller een woning krijgen, dankzij duidelijke afspraken met woningcorporaties.',
  },
  {
    id: 'inburgering',
    title: 'Persoonlijke aanpak bij inburgering',
    summary: 'Inburgering werkt het best als de gemeente kijkt naar wat iemand nodig heeft en kan.',
  },
  {
    id: 'werk',
    title: 'Sneller aan het werk',
    summary: 'Vluchtelingen vinden sneller werk als taalles en werk samengaan, met hulp van werkgevers.',
  },
];
