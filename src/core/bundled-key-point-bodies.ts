import type { KeyPoint } from './types.js';

/**
 * The full texts of the bundled speerpunten (bundled-key-points.ts), behind their "Lees meer".
 * Apart from the titles and summaries: the start screen draws those at once, while these are
 * read only on opening a card, so they come in a chunk of their own (src/chunks/key-points.ts)
 * right after the first render instead of weighing on the main file (issue 24). Dutch only,
 * like the titles: the other languages' texts come with their language.
 */
export const bundledBodies: Readonly<Record<string, string>> = {
  opvang:
    'Door gebrek aan slaapplekken wonen veel asielzoekers in tijdelijke noodopvanglocaties. De omstandigheden zijn daar vaak slecht. Net als de meeste reguliere asielzoekerscentra zijn het grootschalige locaties die ver van de bewoonde wereld liggen. Voor asielzoekers is het daardoor moeilijk om deel te nemen aan het gewone leven: hun talenten worden niet benut, het zelfvertrouwen daalt en er ontstaat geen sociaal netwerk.' +
    '\n\n' +
    'Wij dringen aan op structurele, kleinschalige opvang in of nabij bestaande woonwijken van de gemeenten. Asielzoekers met een grote kans op een verblijfsvergunning kunnen hier meedoen in de samenleving. Ze krijgen taal- en sportlessen en hulp bij het vinden van een stage of (vrijwilligers)werk.',
  huisvesting:
    'Gemeenten zijn verantwoordelijk voor de huisvesting van vluchtelingen. Een gevoelig thema, want er is sprake van een krappe woningmarkt, waardoor veel woningzoekenden te lang op een wachtlijst staan. Voor vluchtelingen betekent het een langer verblijf in het asielzoekerscentrum. En omdat zij daar niks kunnen en mogen, stokt hun integratie.' +
    '\n\n' +
    'Wij adviseren gemeenten om duidelijke afspraken te maken met woningcorporaties. We hebben zeker begrip voor tijdelijke, alternatieve oplossingen, maar dit mag niet ten koste gaan van de integratiekansen en de kwaliteit van wonen voor vluchtelingen. Zo zijn wij voorstander van een mix met andere bewoners. Vluchtelingen komen dan eerder in contact met Nederlandstalige inwoners, leren sneller de taal en bouwen een sociaal netwerk op.',
  inburgering:
    'Voor vluchtelingen geldt een inburgeringsplicht: ze moeten de taal leren, werkervaring opdoen en kennismaken met de samenleving. Gemeenten hebben sinds 2022 een grotere verantwoordelijkheid voor de uitvoering van de inburgeringswet en moeten zorgen voor een goed (les)aanbod en voldoende ondersteuning.' +
    '\n\n' +
    'Samen met gemeenten kijken wij goed naar de individuele omstandigheden van vluchtelingen. Door oog te hebben voor hun talent, ambitie en mogelijkheden, zorgen we voor een meer persoonlijke aanpak en creëren we onderling begrip. Bij inburgering moeten gemeenten ook rekening houden met vluchtelingen met een kwetsbare gezondheid.',
  werk:
    'Gemeenten hebben de taak om vluchtelingen aan werk te helpen. Maar het kan lastig zijn om het talent van een vluchteling te verbinden aan een werkgever die daar behoefte aan heeft. Veel gemeenten werken al met vaste contactpersonen, die zorgen dat het vinden van passend werk gecombineerd wordt met praktijkgerichte taallessen. Dit leidt tot mooie resultaten.' +
    '\n\n' +
    'Wij willen dat gemeenten deze succesvolle benadering uitbreiden. Daarbij helpen we gemeenten graag om ook werkgevers actief te betrekken bij een dergelijk gecombineerd traject, ook voor laag- en ongeschoold werk.',
};

/** The bundled speerpunten with their full texts, as the data format publishes them (format.ts). */
export const withBodies = (keyPoints: readonly KeyPoint[]): KeyPoint[] => keyPoints.map((kp) => ({ ...kp, body: bundledBodies[kp.id] }));
