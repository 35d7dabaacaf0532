/**
 * Dutch messages with the fix, for the validator's problems. The validator (src/data/
 * validate.ts) speaks English with JSON paths, for developers and the widget's Details;
 * volunteers get the same problem in Dutch, in the words of the spreadsheet where it came
 * from one. Keyed on the shape of the English message: a new kind of problem that has no
 * Dutch entry yet keeps its English text rather than disappearing.
 */
import type { Problem } from '../core/types.js';

/** How the Dutch message refers to things: in a spreadsheet, or in a JSON file. */
export interface Wording {
  sheet: boolean;
  /** Names another problem's place (for "already used by municipalities[2]"). */
  where: (path: string) => string;
  /** The value at a JSON path of the document, to name a party or statement by its id. */
  value: (path: string) => unknown;
}

type Rule = [RegExp, (m: RegExpMatchArray, w: Wording, path: string) => string];

/** A found value as the author typed it: strings without JSON quotes in a spreadsheet. */
const val = (json: string, w: Wording) => {
  if (json === 'nothing' || json === 'null' || json === '""') return 'niets (leeg)';
  if (!w.sheet || !json.startsWith('"')) return json;
  // The validator cuts long values to 40 characters, closing quote included.
  const cut = json.endsWith('…');
  try {
    return `"${JSON.parse(cut ? json.slice(0, -1) + '"' : json)}${cut ? '…' : ''}"`;
  } catch {
    return json;
  }
};

const last = (path: string) => String(path.match(/([^.[\]"]+)"?\]?$/)?.[1] ?? path);

/** A party by its id, with its row in a spreadsheet: `Partij lvw (in GM0363/partijen.csv rij 2)`. */
const party = (path: string, w: Wording) => `Partij ${String(w.value(path + '.id'))}${w.sheet ? ` (${w.where(path)})` : ''}`;

const rules: Rule[] = [
  [/^expected "stemhulp\/1", found (.*)$/, (m) => `"format" moet "stemhulp/1" zijn, maar is ${m[1]}. Zet er "format": "stemhulp/1" neer.`],
  [
    /^expected an object \((the index file|a municipality file)\), found (.*)$/,
    (m) => `Het bestand moet een JSON-object zijn ({ … }), maar is ${m[2]}. Begin met { "format": "stemhulp/1", … }.`,
  ],
  [
    /^expected a CBS code: "GM" and 4 digits, like "GM0363", found (.*)$/,
    (m, w) => `${val(m[1], w)} is geen CBS-code. Een code is GM met vier cijfers, zoals GM0363 (Amsterdam); zoek de code van je gemeente op bij het CBS.`,
  ],
  [
    /^expected a unique (code|id|list), found (.*), already used by (.*)$/,
    (m, w, path) => {
      const what = m[1] === 'code' ? 'De code' : m[1] === 'list' ? 'Het lijstnummer' : 'Het id';
      return `${what} ${val(m[2], w)} komt twee keer voor (ook ${w.where(m[3] + (m[1] === 'id' || m[1] === 'code' || m[1] === 'list' ? '.' + m[1] : ''))}). Geef elke ${path.includes('municipalities') ? 'gemeente' : path.includes('parties') ? 'partij' : 'regel'} een eigen ${m[1] === 'list' ? 'lijstnummer' : m[1]}.`;
    },
  ],
  [/^expected a non-empty string, found (.*)$/, (m, w) => `Het id is leeg (${val(m[1], w)}). Geef elke regel een kort, eigen id, zoals s1 of p1.`],
  [
    /^expected a text that is not empty, found (.*)$/,
    (m, w, path) =>
      `Deze ${w.sheet ? 'cel' : 'tekst'} is verplicht maar leeg${/^(nothing|null|""|"\s*"|\{\})$/.test(m[1]) ? '' : ': er staan alleen tekens in die niets tonen (zoals een lege braillecel of een los accent)'}. Vul ${last(path) === 'name' ? 'de naam' : last(path) === 'title' ? 'de titel' : 'de tekst'} in.`,
  ],
  [
    /^expected a text: a string or an object like .*, found (.*)$/,
    (m, w) => `Hier hoort een tekst, maar er staat ${val(m[1], w)}. Schrijf een tekst, of een object als {"nl": "…", "en": "…"}.`,
  ],
  [
    /^expected a language tag like "nl" or "en-GB", found (.*)$/,
    (m, w) => `${val(m[1], w)} is geen taalcode. Gebruik een code als nl, en, ar of en-GB${w.sheet ? ' achter de dubbele punt in de kolomnaam, zoals stelling:en' : ''}.`,
  ],
  [/^expected a string, found (.*)$/, (m, w) => `Hier hoort tekst, maar er staat ${val(m[1], w)}. Zet de waarde tussen aanhalingstekens.`],
  [/^expected at most (\d+) characters, found (\d+)(: .*)?$/, (m) => `Deze tekst is ${m[2]} tekens lang; het maximum is ${m[1]}. Maak hem korter.`],
  [
    /^expected at most (\d+) entries, found (\d+); the rest ignored$/,
    (m) => `De woordenlijst heeft ${m[2]} woorden; alleen de eerste ${m[1]} worden gebruikt. Haal er een paar weg.`,
  ],
  [
    /^expected an object like \{"term": …, "explanation": …\}, found (.*)$/,
    (m) => `Een woord in de woordenlijst is een object als {"term": "…", "explanation": "…"}, maar hier staat ${m[1]}.`,
  ],
  [
    /^expected a lijstnummer, found nothing; the party is shown without one$/,
    (_m, w, path) =>
      `${party(path.replace(/\.list$/, ''), w)} heeft geen lijstnummer; de stemhulp toont de partij zonder nummer. Vul ${w.sheet ? 'de kolom "lijst"' : '"list"'} in met het nummer van de partij op het stembiljet.`,
  ],
  [
    /^expected a link that starts with "https:\/\/", found (.*)$/,
    (m, w) =>
      `${val(m[1], w)} begint met http://, niet met https://: een browser kan bij zo'n link waarschuwen of hem niet openen. Schrijf de link met https:// (controleer of hij dan nog werkt).`,
  ],
  [
    /^expected an absolute "https:" or "http:" URL, found (.*); dropped$/,
    (m, w) => `${val(m[1], w)} is geen volledige link; hij wordt weggelaten. Schrijf de hele link, beginnend met https://.`,
  ],
  [
    /^expected "agree", "neutral" or "disagree", found (.*)$/,
    (m, w) => `${val(m[1], w)} is geen antwoord. Gebruik eens, neutraal (of geen van beide) of oneens${w.sheet ? '; laat de cel leeg als je het niet weet' : ''}.`,
  ],
  [
    /^expected the id of a key point: (.*), found (.*)$/,
    (m, w) => `${val(m[2], w)} is geen speerpunt. Gebruik een van ${m[1].replace(/ or /, ' of ')}${w.sheet ? ', of de Nederlandse titel van het speerpunt' : ''}.`,
  ],
  [
    /^expected (?:a positive whole number|a whole number from 1 to (\d+)) \(the lijstnummer\), found (.*)$/,
    (m, w) => `${val(m[2], w)} is geen lijstnummer. Schrijf een heel getal vanaf 1${m[1] ? ` tot en met ${m[1]}` : ''}, of laat de cel leeg.`,
  ],
  [
    /^expected a position on every statement, found none on (\d+) of (\d+) \((.*)\); shown as "geen standpunt bekend"$/,
    (m, w, path) =>
      `${party(path.replace(/\.positions$/, ''), w)} heeft geen standpunt bij ${m[1]} van de ${m[2]} stellingen (${m[3].replace(/"/g, '')}): de stemhulp toont daar "geen standpunt bekend" (0 punten in de overeenkomst met de lezer; in het oordeel van de organisatie telt zo'n stelling niet mee). ${w.sheet ? 'Voeg regels toe aan standpunten' : 'Voeg de standpunten toe'} als ze bekend zijn.`,
  ],
  [
    /^expected an http\(s\) URL without a user name or password before the host, found (.*); dropped$/,
    (m, w) =>
      `${val(m[1], w)} heeft een naam vóór het adres (iets@), zodat de link ergens anders heen gaat dan hij lijkt; hij wordt weggelaten. Schrijf de link zonder het deel tot en met @.`,
  ],
  [
    /^expected no bidi control characters .*, found (\d+); removed$/,
    (m) => `Deze tekst bevat ${m[1]} onzichtbare tekens die de leesrichting omdraaien; ze zijn weggehaald. Typ de tekst opnieuw of plak hem als platte tekst.`,
  ],
  [
    /^expected a name readers can tell apart from the other parties, found (.*), which looks like the name of (.*)$/,
    (m, w) =>
      `De naam ${val(m[1], w)} lijkt sterk op die van een andere partij (${w.where(m[2] + '.name')}). Controleer of het echt twee partijen zijn, en maak de namen duidelijk verschillend.`,
  ],
  [
    /^… and (\d+) more \(expected at most (\d+) problems listed per file, found (\d+)\)$/,
    (m) => `… en nog ${m[1]} problemen (er worden er per bestand ${m[2]} getoond). Los eerst deze op en controleer opnieuw.`,
  ],
  [
    /^expected at least 1 gemeente without errors of its own, found none$/,
    () => 'Geen enkele gemeente is bruikbaar: elke gemeente heeft een fout in haar code of naam. Los die fouten op.',
  ],
  [
    /^expected a real date written YYYY-MM-DD, like "2026-03-18", found (.*)$/,
    (m, w) => `${val(m[1], w)} is geen datum. Schrijf ${w.sheet ? 'JJJJ-MM-DD of DD-MM-JJJJ, zoals 2026-03-18 of 18-03-2026' : 'JJJJ-MM-DD, zoals "2026-03-18"'}.`,
  ],
  [
    /^expected a real date written YYYY-MM-DD, like "2026-02-02", found (.*); dropped$/,
    (m, w) =>
      `${val(m[1], w)} is geen datum; de stemhulp gebruikt hem niet. Schrijf ${w.sheet ? 'JJJJ-MM-DD of DD-MM-JJJJ, zoals 2026-02-02 of 02-02-2026' : 'JJJJ-MM-DD, zoals "2026-02-02"'}.`,
  ],
  [
    /^expected the id of a statement, found (.*); ignored$/,
    (m, w) => `Er is geen stelling met id ${val(m[1], w)}; dit standpunt wordt overgeslagen. Gebruik het id uit ${w.sheet ? 'stellingen.csv' : '"statements"'}.`,
  ],
  [
    /^expected \{"position": …\}, found nothing; shown as "geen standpunt bekend"$/,
    (_m, w, path) =>
      `Geen standpunt van partij ${String(w.value(path.replace(/\.positions.*$/, '.id')))} bij stelling ${last(path)}: de stemhulp toont "geen standpunt bekend" (0 punten in de overeenkomst met de lezer; in het oordeel van de organisatie telt de stelling niet mee). ${w.sheet ? 'Voeg een regel toe aan standpunten als het standpunt bekend is.' : 'Voeg het standpunt toe als het bekend is.'}`,
  ],
  [
    /^expected an object of statement id → \{"position": …\}, found (.*); every statement shows "geen standpunt bekend"$/,
    () => 'Deze partij heeft geen enkel standpunt: bij elke stelling staat "geen standpunt bekend". Vul de standpunten in.',
  ],
  [/^expected an object of statement id → \{"position": …\}, found (.*)$/, (m) => `"positions" moet een object zijn ({"s1": {"position": "agree"}}), maar is ${m[1]}.`],
  [/^expected an object like \{"position": "(\w+)"\}, found (.*)$/, (m) => `Schrijf het standpunt als {"position": "${m[1]}"}, niet als ${m[2]}.`],
  [/^expected an object, found (.*)$/, (m) => `Hier hoort een object ({ … }), maar er staat ${m[1]}.`],
  [
    /^expected an object like \{"title": …, "url": "https:\/\/…"\}, found (.*); ignored$/,
    (m) => `Een leestip is een object als {"title": "…", "url": "https://…"}, maar hier staat ${m[1]}; het wordt overgeslagen.`,
  ],
  [/^expected at most 10 links, found (\d+); the rest are ignored$/, (m) => `Er zijn ${m[1]} leestips; alleen de eerste 10 worden getoond. Haal er een paar weg.`],
  [/^expected an array of (.*), found (.*?)(; ignored)?$/, (m) => `Hier hoort een lijst [ … ] van ${m[1]}, maar er staat ${m[2]}${m[3] ? '; dit wordt overgeslagen' : ''}.`],
  [
    /^expected 1 to (\d+) (\w[\w ]*), found (\d+)$/,
    (m, w) =>
      `Er ${m[3] === '1' ? 'is' : 'zijn'} ${m[3]} ${nl(m[2])}; toegestaan is 1 tot ${m[1]}. ${m[3] === '0' ? `Voeg er minstens één toe${w.sheet ? ' (een regel onder de kopregel)' : ''}.` : 'Haal er een paar weg.'}`,
  ],
  [/^expected at least 1 (\w[\w ]*), found 0$/, (m) => `Er zijn geen ${nl(m[1])}. Voeg er minstens één toe.`],
  [
    /^expected "GM\d{4}", found (.*) \(the index gives this file that code\)$/,
    (m) => `Dit bestand noemt code ${m[1]}, maar de index geeft het een andere code. Maak "code" gelijk aan de code in de index, of haal het weg.`,
  ],
  [/^expected "data" .*found neither$/, () => 'Deze gemeente heeft geen "data" (de link naar haar bestand) en ook geen "statements" en "parties". Voeg er een van toe.'],
  [/^expected either "data" or inline .*found both.*$/, () => 'Deze gemeente heeft zowel "data" als eigen "statements" en "parties". Haal een van beide weg.'],
  [/^expected the http\(s\) URL of the municipality file.*, found (.*)$/, (m) => `${m[1]} is geen link naar een gemeentebestand. Schrijf bijvoorbeeld "gemeenten/GM0363.json".`],
  [/^expected an object like \{"name": …, "date": .*, found (.*)$/, (m) => `"election" moet een object zijn zoals {"name": …, "date": "2026-03-18"}, maar is ${m[1]}.`],
  [/^expected an object like \{"name": …, "url": .*, found (.*)$/, (m) => `"organisation" moet een object zijn zoals {"name": …, "url": "https://…"}, maar is ${m[1]}.`],
  [/^expected an object of name → URL, found (.*); ignored$/, (m) => `"links" moet een object van naam → link zijn, maar is ${m[1]}; het wordt genegeerd.`],
];

const plural: Record<string, string> = {
  statements: 'stellingen',
  parties: 'partijen',
  municipalities: 'gemeenten',
  'key points': 'speerpunten',
};
const nl = (what: string) => plural[what] ?? what;

const LEFT_OUT = '; this gemeente is left out';
const LINK_LEFT_OUT = '; this link is left out';
const ENTRY_IGNORED = '; entry ignored';

/**
 * A gemeente left out of the index for an error of its own (a bad code or name): only a
 * warning for the widget, which shows the others, but an error for its author.
 */
export const leftOut = (problem: Problem) => problem.message.endsWith(LEFT_OUT);

/** The Dutch message with the fix for one validator problem; the English text when none matches. */
export function dutch(problem: Problem, wording: Wording): string {
  const out = leftOut(problem);
  const link = problem.message.endsWith(LINK_LEFT_OUT);
  const entry = problem.message.endsWith(ENTRY_IGNORED);
  const message = out
    ? problem.message.slice(0, -LEFT_OUT.length)
    : link
      ? problem.message.slice(0, -LINK_LEFT_OUT.length)
      : entry
        ? problem.message.slice(0, -ENTRY_IGNORED.length)
        : problem.message;
  for (const [re, f] of rules) {
    const m = message.match(re);
    if (m)
      return (
        f(m, wording, problem.path) +
        (out
          ? ' Deze gemeente ontbreekt in de stemhulp tot dit is opgelost; de andere gemeenten werken wel.'
          : link
            ? ' Deze leestip wordt weggelaten.'
            : entry
              ? ' Dit woord wordt weggelaten uit de woordenlijst.'
              : '')
      );
  }
  return problem.message;
}

/** Whether a Dutch text exists for this problem (tests use it to find untranslated kinds). */
export const translated = (problem: Problem) => rules.some(([re]) => re.test(problem.message));
