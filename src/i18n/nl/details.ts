import type { DetailsStrings } from '../types.js';

/**
 * The words under an error's *Details*, for site owners and data authors, not for readers:
 * the technical words (a status, a header, a command) stay here. In the details chunk, which
 * an error fetches as it is shown, so no reader without an error downloads them.
 */
export const nlDetails: DetailsStrings = {
  httpStatus: (status: number) => `De server antwoordde met status ${status}.`,
  /** Under Details, why a connection failed, as far as the widget can tell (LoadError.hint). */
  errorHint: {
    cors: 'De server antwoordde zonder de header Access-Control-Allow-Origin (Voor redacties, stap 2). Of het adres klopt niet en de server stuurt die header alleen bij bestanden die bestaan.',
    net: 'Geen (volledig) antwoord van de server: het adres klopt niet, de server is onbereikbaar of de verbinding viel weg.',
  },
  /** Before the browser's own message, which is in English in every engine. */
  browserSays: 'Melding van de browser:',
  errorLimit: {
    timeout: (ms: string) => `Geen volledig antwoord binnen ${ms} ms.`,
    'too-large': (bytes: string) => `Het bestand is groter dan ${bytes} bytes.`,
  },
  problemsHeading: (n: number) => (n === 1 ? '1 probleem in de gegevens:' : `${n} problemen in de gegevens:`),
  checkData:
    'Voor wie de gegevens maakt: controleer ze met npx -p stemhulp-widget stemhulp-data validate en het adres van het bestand, of op de pagina Gegevens controleren. Die noemen elke fout met de regel en hoe je hem oplost.',
};
