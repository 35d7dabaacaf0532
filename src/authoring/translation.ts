/**
 * An organisation's own translation of the widget (issue 26; docs/data-format.md, "Language
 * files"): the sheet a translator fills (`stemhulp-data vertaling export`), read back into a
 * language file (`vertaling import`), and a language file checked as the widget reads it
 * (`validate`), each problem in Dutch with its row and the fix.
 *
 * The sheet: `sleutel;context;nl;en;vertaling:<taal>`, one row per key of the widget
 * (src/core/translation-keys.ts), semicolon-separated UTF-8 with a BOM, as the project's other
 * sheets. Placeholders are written `{name}`; the context says which a key has.
 */
import { baseLanguage, isRtl } from '../core/lang.js';
import { translationKeys } from '../core/translation-keys.js';
import { LANGUAGE_FORMAT, MAX_TRANSLATION, placeholdersOf, textProblem } from '../core/validate/language.js';
import { csvText } from './parties/csv.js';
import { clip, type Place, type SheetProblem } from './problems.js';
import { readCsv } from './sheets.js';
import { translationTexts } from './translation-texts.js';

/** The languages the widget ships: their words are the starting point of a sheet and what a missing key shows. */
export const shippedLanguages = Object.keys(translationTexts[0].texts);

/** The sheet's columns; the last names the language. */
export const sheetHeader = (lang: string) => ['sleutel', 'context', 'nl', 'en', `vertaling:${lang}`];

/** A language tag as the index and the file write it: a base language of 2 or 3 letters, lower case. */
export const isLanguage = (lang: string) => /^[a-z]{2,3}$/.test(lang);

/**
 * The sheet for `lang`: every key with its context, the Dutch and the English, and the current
 * translation (`current`: an existing language file's strings; else the widget's own words in
 * that language when it ships them; else empty).
 */
export function exportSheet(lang: string, current: Readonly<Record<string, string>> = {}): string {
  const rows = translationTexts.map((t) => [t.key, t.context, t.texts.nl, t.texts.en, Object.hasOwn(current, t.key) ? current[t.key] : (t.texts[lang] ?? '')]);
  return csvText([sheetHeader(lang), ...rows]);
}

/** In Dutch: what is wrong with a text for `key`, and how to fix it; undefined when it is fine. */
export function textMessage(key: string, text: string): string | undefined {
  const problem = textProblem(key, text);
  if (!problem || problem.kind === 'empty') return undefined;
  const own = placeholdersOf(key)!.names;
  const list = (names: string[]) => names.map((n) => `{${n}}`).join(', ');
  if (problem.kind === 'long') return `Deze vertaling is ${text.length} tekens lang; de grens is ${MAX_TRANSLATION}. Maak hem korter.`;
  if (problem.kind === 'markup') return 'Deze vertaling bevat HTML of een code als &amp;; de widget toont tekst als tekst, dus de lezer zou de code zien. Schrijf gewone tekst.';
  if (problem.kind === 'unknown')
    return `${list(problem.names)} is geen plaatshouder van "${key}"; ${own.length ? `deze sleutel heeft ${list(own)}. Schrijf die precies zo (met dezelfde letters), of haal de accolades weg` : 'deze sleutel heeft geen plaatshouders. Haal de accolades weg'}.`;
  return `De vertaling mist ${list(problem.names)}: daar komt ${problem.names.length === 1 ? 'een waarde' : 'de waarden'} van de stemhulp (zie de kolom context). Zet ${list(problem.names)} in de vertaling, op de plek waar ${problem.names.length === 1 ? 'die' : 'ze'} in de zin hoort.`;
}

/** The missing keys as one warning, with what readers see there. */
export function missingMessage(lang: string, missing: readonly string[], place: Place): SheetProblem | undefined {
  if (!missing.length) return undefined;
  const own = shippedLanguages.includes(lang) ? `de eigen ${lang}-tekst van de widget` : 'de Engelse tekst';
  return {
    severity: 'warning',
    place,
    message: `${missing.length} van de ${Object.keys(translationKeys).length} sleutels ${missing.length === 1 ? 'heeft' : 'hebben'} geen vertaling; daar toont de widget ${own}: ${missing.slice(0, 30).join(', ')}${missing.length > 30 ? `, en nog ${missing.length - 30}` : ''}.`,
  };
}

export interface LanguageOptions {
  /** The language's own name (the language picker); default: what Intl calls it in its own language. */
  name?: string;
  dir?: 'ltr' | 'rtl';
  /** A native speaker has checked it. */
  checked?: boolean;
}

/** The language's name in itself, as Intl knows it (Node has every language's names). */
const ownName = (lang: string) => {
  try {
    const n = new Intl.DisplayNames(lang, { type: 'language', fallback: 'none' }).of(lang);
    return n && n !== lang ? n : undefined;
  } catch {
    return undefined;
  }
};

/** A language file as the widget reads it. */
export interface LanguageJson {
  format: typeof LANGUAGE_FORMAT;
  lang: string;
  name?: string;
  dir: 'ltr' | 'rtl';
  status: 'concept' | 'nagekeken';
  strings: Record<string, string>;
}

/**
 * Reads a filled sheet: the language from its last column's name (`vertaling:ti`), a text per
 * key. Unknown keys and missing ones are warnings; a text the widget would refuse is an error
 * (nothing is written then), with its row.
 */
export function importSheet(file: string, bytes: Uint8Array, opts: LanguageOptions = {}): { json?: LanguageJson; problems: SheetProblem[]; missing: string[] } {
  const { table, problems } = readCsv(file, bytes);
  const missing: string[] = [];
  if (!table) return { problems, missing };
  const column = [...table.columns.keys()].find((c) => c.startsWith('vertaling:'));
  const lang = column ? baseLanguage(column.slice('vertaling:'.length)) : '';
  if (!table.columns.has('sleutel') || !column || !isLanguage(lang) || lang === 'nl') {
    problems.push({
      severity: 'error',
      place: { file, row: 1 },
      message: `De kopregel moet de kolommen "sleutel" en "vertaling:<taal>" hebben, met de taal als code van twee of drie letters, zoals vertaling:ti (Nederlands kan niet: dat is de eigen taal van de widget). Maak het blad opnieuw met "stemhulp-data vertaling export <taal> <bestand.csv>" en zet de vertalingen erin.`,
    });
    return { problems, missing };
  }
  const strings: Record<string, string> = {};
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const key = r.cells.get('sleutel') ?? '';
    const text = (r.cells.get(column) ?? '').replace(/\r\n?/g, '\n');
    const at = (c: string): Place => ({ file, row: r.row, column: table.columns.get(c), name: table.headers.get(c) });
    if (!placeholdersOf(key)) {
      problems.push({
        severity: 'warning',
        place: at('sleutel'),
        message: `De widget kent de sleutel "${clip(key)}" niet; deze rij wordt overgeslagen. Is de sleutel veranderd? Zet hem terug zoals het blad hem gaf, of maak een nieuw blad met "vertaling export".`,
      });
      continue;
    }
    if (seen.has(key)) {
      problems.push({ severity: 'error', place: at('sleutel'), message: `De sleutel "${key}" staat ook in rij ${seen.get(key)}. Houd één van de twee rijen over.` });
      continue;
    }
    seen.set(key, r.row);
    if (!text.trim()) continue;
    const message = textMessage(key, text);
    if (message) problems.push({ severity: 'error', place: at(column), message });
    else strings[key] = text;
  }
  missing.push(...Object.keys(translationKeys).filter((k) => !Object.hasOwn(strings, k)));
  const miss = missingMessage(lang, missing, { file });
  if (miss) problems.push(miss);
  if (problems.some((p) => p.severity === 'error')) return { problems, missing };
  const name = opts.name?.trim() || ownName(lang);
  return {
    json: { format: LANGUAGE_FORMAT, lang, ...(name ? { name } : {}), dir: opts.dir ?? (isRtl(lang) ? 'rtl' : 'ltr'), status: opts.checked ? 'nagekeken' : 'concept', strings },
    problems,
    missing,
  };
}

/**
 * A language file checked as the widget reads it (`validate`), in Dutch: `lang` is the language
 * the index names it for (else its own `lang`). `placeOf` finds a JSON path's line.
 */
export function checkLanguageFile(json: unknown, lang: string | undefined, name: string, placeOf: (path: string) => Place): SheetProblem[] {
  const out: SheetProblem[] = [];
  const error = (path: string, message: string, severity: 'error' | 'warning' = 'error') => out.push({ severity, place: placeOf(path), path, message });
  const o = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  if (!o) return (error('', `Een taalbestand is een JSON-object: { "format": "${LANGUAGE_FORMAT}", "lang": …, "strings": { … } }.`), out);
  const own = typeof o.lang === 'string' ? o.lang.toLowerCase() : '';
  const want = lang ?? own;
  if (o.format !== LANGUAGE_FORMAT) error('format', `"format" moet "${LANGUAGE_FORMAT}" zijn. Zet er "format": "${LANGUAGE_FORMAT}" neer.`);
  if (!isLanguage(own) || own !== want)
    error(
      'lang',
      lang ? `"lang" moet "${lang}" zijn: de index noemt dit bestand bij die taal. Maak de twee gelijk.` : '"lang" moet een taalcode van twee of drie letters zijn, zoals "ti".',
    );
  if (o.dir != null && o.dir !== 'ltr' && o.dir !== 'rtl') error('dir', '"dir" is "ltr" (van links naar rechts) of "rtl" (van rechts naar links).', 'warning');
  if (o.status !== 'concept' && o.status !== 'nagekeken')
    error('status', '"status" is "concept" (nog niet nagekeken door iemand die de taal als moedertaal spreekt) of "nagekeken"; de widget neemt nu "concept" aan.', 'warning');
  else if (o.status === 'concept')
    out.push({
      severity: 'warning',
      place: { file: name },
      message: 'Deze vertaling is een concept: nog niet nagekeken door iemand die de taal als moedertaal spreekt. Zet "status" op "nagekeken" als dat gebeurd is.',
    });
  const strings = o.strings;
  if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) return (error('strings', '"strings" is een object van sleutel → tekst.'), out);
  const good = new Set<string>();
  for (const [k, v] of Object.entries(strings)) {
    const path = `strings[${JSON.stringify(k)}]`;
    if (!placeholdersOf(k)) error(path, `De widget kent de sleutel "${clip(k)}" niet; de widget slaat hem over.`, 'warning');
    else if (typeof v !== 'string') error(path, 'Een vertaling is tekst tussen aanhalingstekens.', 'warning');
    else {
      const message = textMessage(k, v);
      if (message) error(path, `${message} Tot dan toont de widget hier de tekst van de taal eronder.`, 'warning');
      else if (v.trim()) good.add(k);
    }
  }
  const miss = missingMessage(
    want,
    Object.keys(translationKeys).filter((k) => !good.has(k)),
    { file: name },
  );
  if (miss) out.push(miss);
  return out;
}
