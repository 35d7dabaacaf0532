import type { VerdictStrings } from '../types.js';

/**
 * The Dutch strings of the organisation's verdict (table, result line, chart, disclosure):
 * they travel in the chunks that show them, so the main file stays small. Other languages
 * keep theirs in their own chunk, beside `Strings`. Always "Oordeel van <organisatie>",
 * never just "score": the verdict is the organisation's, and says so wherever it appears.
 */
export const nlVerdict: VerdictStrings = {
  verdict: {
    heading: (gemeente: string) => `Hoe vluchteling-vriendelijk zijn de partijen in ${gemeente}?`,
    caption: (org: string) => `Oordeel van ${org}, per partij en per speerpunt`,
    party: 'Partij',
    total: 'Totaal',
    none: 'Geen oordeel',
    noneKeyPoint: 'Geen oordeel: bij dit speerpunt zijn er in deze gemeente geen stellingen met een advies.',
    /** A verdict with recommended statements but no known position on any: never 0%. */
    unknown: 'Geen oordeel: standpunten onbekend',
    /** What a verdict rests on when the party's position is unknown on some recommended statements. */
    basis: (known: number, of: number) => `op ${known} van ${of} stellingen`,
    basisNote: 'Een onbekend standpunt telt niet mee in het oordeel. Rust een oordeel daardoor op minder stellingen, dan staat dat erbij, zoals "op 2 van 3 stellingen".',
    noneAtAll: (org: string) => `${org} heeft de partijen in deze gemeente niet beoordeeld: geen stelling heeft een advies.`,
    cell: (party: string, column: string) => `${party}, ${column}:`,
    statementsOf: (party: string, column: string) => `${party}, ${column}: de stellingen`,
    advice: (org: string) => `Advies van ${org}`,
    points: (n: number) => (n === 1 ? '1 van 2 punten' : `${n} van 2 punten`),
    notCounted: 'telt niet mee',
    line: (org: string, score: string) => `Oordeel ${org}: ${score}`,
    lineUnknown: (org: string) => `Geen oordeel van ${org}: standpunten onbekend`,
    unknownOrg: 'de makers van deze stemhulp',
    disclosureHeading: 'Wie oordeelt, en hoe?',
    disclosure: (org: string) => [
      `Dit is een hulpmiddel van ${org}, een organisatie die opkomt voor de belangen van vluchtelingen. Het oordeel is dus niet neutraal. Het is ook geen stemadvies.`,
      `${org} heeft bij stellingen een advies gegeven: het antwoord dat volgens ${org} het beste is voor vluchtelingen. Een partij krijgt 2 punten als haar standpunt gelijk is aan het advies. Ze krijgt 1 punt als één van de twee "Geen van beide" is. Anders krijgt ze 0 punten. Is het standpunt van een partij onbekend, dan telt die stelling voor die partij niet mee. Het oordeel zegt dan op hoeveel stellingen het rust, zoals "op 2 van 3 stellingen". Is geen enkel standpunt bekend, dan is er geen oordeel.`,
      'Het percentage is het aantal punten gedeeld door het hoogst mogelijke aantal. Dat is per speerpunt, en bij Totaal over alle stellingen met een advies. Jouw eigen antwoorden tellen hier niet mee.',
      `De partijen vullen hun standpunten zelf in, met een formulier van ${org}. ${org} controleert ze, en kan een standpunt ook zelf bepalen, bijvoorbeeld uit het verkiezingsprogramma. Bij een standpunt staat wie het gaf. Waar een bron bekend is (een verkiezingsprogramma, een stemming in de gemeenteraad), staat die bij het standpunt.`,
    ],
    chartHeading: (org: string) => `Jij en ${org} in één beeld`,
    chartIntro: (org: string) =>
      `Van links naar rechts: hoe goed een partij bij jouw antwoorden past. Van onder naar boven: het oordeel van ${org}. Een punt hoger of verder naar rechts is geen winnaar.`,
    chartX: 'Past bij jouw antwoorden',
    chartY: (org: string) => `Oordeel van ${org}`,
    chartAlt: (org: string) => `Grafiek van jouw overeenkomst en het oordeel van ${org} per partij. De tabel eronder geeft dezelfde cijfers.`,
    notPlotted: (names: string) => `Niet in de grafiek, want er is geen oordeel (standpunten onbekend): ${names}.`,
    chartTable: (org: string) => `De grafiek in cijfers: hoe goed elke partij bij jou past, en het oordeel van ${org}`,
    verdictShort: 'Oordeel',
    match: 'Past bij jou',
    byParty: (date?: string) => (date ? `Ingevuld door de partij op ${date}` : 'Ingevuld door de partij'),
    byOrganisation: (org: string) => `Bepaald door ${org}`,
    updated: (date: string) => `Bijgewerkt op ${date}`,
    corrections: (n: number) => (n === 1 ? '1 correctie' : `${n} correcties`),
    report: 'Klopt een standpunt niet? Meld het bij',
  },
};
