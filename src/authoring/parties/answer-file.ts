/**
 * Reading a party's answers file (`<gemeente>-<partij>.json`, made by partijformulier.html;
 * format in docs/data-format.md, "Het antwoordbestand"). The file comes from outside and
 * may have been edited by hand, or forged: it is read within limits, and anything it holds
 * that is not exactly the format is an error naming the file, after which nothing from it
 * is used. Whether its code, gemeente, party and statements are right is checked later,
 * against uitnodigingen.csv and the gemeente's spreadsheets (answers.ts, merge.ts).
 */
import { parseJson, placeOf, type Parsed } from '../parse-json.js';
import { clip, type SheetProblem } from '../problems.js';
import { normaliseCode } from './codes.js';
import { startsFormula } from './csv.js';

export const ANSWERS_FORMAT = 'stemhulp-antwoorden/1';
/** The largest answers file read: 100 answers of 500 characters are about 60 KB. */
export const ANSWERS_LIMIT = 256 * 1024;
export const MAX_ANSWERS = 100;
export const MAX_EXPLANATION = 500;
const MAX_KEY = 200;
/** How far in the future a file's date may be (clocks differ): further, and it could block every later file. */
const FUTURE = 24 * 60 * 60 * 1000;

/** One answer as read; `position` as the file wrote it (the validator normalises it). */
export interface RawAnswer {
  position: unknown;
  explanation?: string;
  source?: string;
}

export interface AnswerFile {
  /** The file's name, for messages. */
  file: string;
  gemeente: string;
  partij: string;
  code: string;
  /** The full ISO timestamp of the download: "newer replaces older" compares it. */
  datum: string;
  /** Its date, YYYY-MM-DD: what the spreadsheet's `datum` gets. */
  day: string;
  /** Statement id as written → answer. */
  answers: Record<string, RawAnswer>;
  parsed: Parsed;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Markup in a plain text: a tag, a comment or an entity. The widget shows text as text; a party's `<b>` would show as `<b>`. */
const MARKUP = /<\/?[a-z!?][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

/** Reads and checks the shape of an answers file; `answers` only when the file has no error. */
export function readAnswerFile(file: string, bytes: Uint8Array, now = Date.now()): { answers?: AnswerFile; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const fail = (message: string, path?: string, p?: Parsed) => (problems.push({ severity: 'error', place: p && path ? placeOf(file, p, path) : { file }, message }), { problems });
  if (bytes.byteLength > ANSWERS_LIMIT)
    return fail(
      `Dit bestand is groter dan ${ANSWERS_LIMIT / 1024} KB; een antwoordbestand is nooit zo groot. Het is niet gelezen. Vraag de partij het formulier opnieuw te downloaden.`,
    );
  const p = parseJson(file, bytes);
  if (p.problem)
    return fail(
      `Dit is geen leesbaar antwoordbestand: ${p.problem.message.replace(/ Maak het opnieuw.*$/, '')} Vraag de partij het bestand opnieuw te downloaden uit het formulier, zonder het te bewerken.`,
    );
  const j = p.json;
  const again = 'Vraag de partij het bestand opnieuw te downloaden uit het formulier, zonder het te bewerken.';
  if (!isObj(j) || j.format !== ANSWERS_FORMAT)
    return fail(
      `Dit is geen antwoordbestand van het partijformulier: "format" moet "${ANSWERS_FORMAT}" zijn${isObj(j) && typeof j.format === 'string' ? `, maar is "${clip(j.format)}"` : ''}. ${again}`,
      'format',
      p,
    );
  const gemeente = typeof j.gemeente === 'string' ? j.gemeente.trim().toUpperCase() : '';
  if (!/^GM\d{4}$/.test(gemeente)) return fail(`"gemeente" moet een CBS-code zijn, zoals "GM0363". ${again}`, 'gemeente', p);
  const partij = typeof j.partij === 'string' ? j.partij.trim() : '';
  if (!partij || partij.length > MAX_KEY) return fail(`"partij" moet het id van de partij zijn, zoals in de uitnodiging. ${again}`, 'partij', p);
  const code = typeof j.code === 'string' ? normaliseCode(j.code) : '';
  if (!code || code.length > 64) return fail(`Dit bestand heeft geen uitnodigingscode. ${again}`, 'code', p);
  const t = typeof j.datum === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(j.datum) ? Date.parse(j.datum) : NaN;
  if (Number.isNaN(t)) return fail(`"datum" moet het tijdstip van downloaden zijn, zoals "2026-02-12T14:03:27.000Z". ${again}`, 'datum', p);
  if (t > now + FUTURE) return fail(`De datum van dit bestand (${clip(String(j.datum))}) ligt in de toekomst. ${again}`, 'datum', p);
  const datum = new Date(t).toISOString();
  if (!isObj(j.antwoorden)) return fail(`"antwoorden" moet een object zijn, zoals {"s1": {"position": "agree"}}. ${again}`, 'antwoorden', p);
  const keys = Object.keys(j.antwoorden);
  if (keys.length > MAX_ANSWERS) return fail(`Dit bestand heeft ${keys.length} antwoorden; een gemeente heeft er nooit meer dan ${MAX_ANSWERS}. ${again}`, 'antwoorden', p);
  const answers: Record<string, RawAnswer> = Object.create(null);
  for (const k of keys) {
    const v = (j.antwoorden as Record<string, unknown>)[k];
    const at = `antwoorden[${JSON.stringify(k)}]`;
    if (!k.trim() || k.length > MAX_KEY) return fail(`Een stelling-id in "antwoorden" is leeg of langer dan ${MAX_KEY} tekens. ${again}`, 'antwoorden', p);
    if (!isObj(v)) return fail(`Het antwoord bij stelling "${clip(k)}" moet een object zijn, zoals {"position": "agree"}. ${again}`, at, p);
    const { position, explanation: e, source: s } = v;
    if (e != null && typeof e !== 'string') return fail(`De toelichting bij stelling "${clip(k)}" moet tekst zijn. ${again}`, `${at}.explanation`, p);
    if (typeof e === 'string' && e.length > MAX_EXPLANATION)
      return fail(
        `De toelichting bij stelling "${clip(k)}" is ${e.length} tekens lang; het formulier staat er ${MAX_EXPLANATION} toe. Vraag de partij hem in te korten.`,
        `${at}.explanation`,
        p,
      );
    if (typeof e === 'string' && MARKUP.test(e))
      return fail(
        `De toelichting bij stelling "${clip(k)}" bevat opmaakcode (zoals <b> of &amp;); de stemhulp toont alleen platte tekst. Vraag de partij de tekst zonder opmaak in te vullen.`,
        `${at}.explanation`,
        p,
      );
    if (typeof e === 'string' && startsFormula(e))
      return fail(
        `De toelichting bij stelling "${clip(k)}" begint met =, +, @ of -, zodat een spreadsheetprogramma er een formule van zou maken. Vraag de partij de tekst anders te laten beginnen.`,
        `${at}.explanation`,
        p,
      );
    if (s != null && s !== '' && (typeof s !== 'string' || !/^https?:\/\/[^\s]+$/i.test(s)))
      return fail(`De bron bij stelling "${clip(k)}" moet een volledige link zijn die begint met https:// (of http://). ${again}`, `${at}.source`, p);
    answers[k] = { position, ...(e ? { explanation: e } : {}), ...(s ? { source: s as string } : {}) };
  }
  return { answers: { file, gemeente, partij, code, datum, day: datum.slice(0, 10), answers, parsed: p }, problems };
}
