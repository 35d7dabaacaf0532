/**
 * A JSON file of the data format read as the widget would read it, with every place in it
 * findable: syntax errors explained in Dutch with a hint for the mistakes hand-editing
 * makes (a comma after the last item, curly quotes from a word processor), and each JSON
 * path placed at its line and column.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { jsonDepth, MAX_DEPTH } from '../core/json-depth.js';
import { pathSegments, type Place, type SheetProblem } from './problems.js';

/** The offsets where each line starts, made once per file: placing a problem is then a binary search. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Line and column (both from 1) of a character offset. */
function position(p: Parsed, offset: number): { row: number; column: number } {
  const starts = (p.lines ??= lineStarts(p.text));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { row: lo + 1, column: offset - starts[lo] + 1 };
}

const CURLY = /[\u201c\u201d\u201e\u2018\u2019\u201a]/;

/** The Dutch explanation of a JSON syntax error, with the place to show it. */
function syntaxMessage(text: string, e: ParseError): { offset: number; message: string } {
  const before = text.slice(0, e.offset).replace(/\s+$/, '');
  const here = text[e.offset] ?? '';
  const near = text.slice(Math.max(0, e.offset - 1), e.offset + Math.max(e.length, 1) + 1);
  if ((here === '}' || here === ']') && before.endsWith(','))
    return {
      offset: before.length - 1,
      message: `Komma na het laatste onderdeel, vlak voor "${here}". Haal deze komma weg: in JSON staat alleen tussen twee onderdelen een komma.`,
    };
  if (CURLY.test(near) || (CURLY.test(here + text.slice(e.offset, e.offset + 40)) && printParseErrorCode(e.error) === 'InvalidSymbol'))
    return {
      offset: e.offset,
      message:
        'Hier staat een krul-aanhalingsteken (“ ” of ‘ ’), zoals een tekstverwerker die maakt. JSON kent alleen het rechte aanhalingsteken ". Vervang ze, of bewerk het bestand in een teksteditor in plaats van Word.',
    };
  if (here === "'") return { offset: e.offset, message: 'JSON gebruikt dubbele aanhalingstekens ". Vervang de enkele \' door ".' };
  switch (printParseErrorCode(e.error)) {
    case 'CommaExpected':
      return { offset: e.offset, message: 'Hier ontbreekt een komma tussen twee onderdelen. Zet een komma aan het eind van het onderdeel ervoor.' };
    case 'ColonExpected':
      return { offset: e.offset, message: 'Hier ontbreekt een dubbele punt tussen naam en waarde, zoals in "name": "Amsterdam".' };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
    case 'EndOfFileExpected':
      return e.offset >= text.trimEnd().length
        ? { offset: e.offset, message: 'Het bestand houdt te vroeg op: er ontbreekt een } of ] aan het eind. Controleer of elk { en [ gesloten wordt.' }
        : { offset: e.offset, message: 'Hier verwacht JSON een } of ] (of een komma ervoor). Controleer of elk { en [ op de juiste plek gesloten wordt.' };
    case 'UnexpectedEndOfString':
      return { offset: e.offset, message: 'Een tekst wordt geopend met " maar niet gesloten. Zet een " aan het eind van de tekst.' };
    case 'InvalidCharacter':
      return { offset: e.offset, message: 'Een tekst bevat een teken dat in JSON niet mag, zoals een echte regelovergang of tab. Schrijf \\n voor een nieuwe regel.' };
    case 'InvalidCommentToken':
      return { offset: e.offset, message: 'JSON kent geen commentaar (// of /* */). Haal het weg.' };
    default:
      return {
        offset: e.offset,
        message: `Dit is geen geldige JSON (${printParseErrorCode(e.error)}). Zet tekst tussen rechte aanhalingstekens "…" en controleer komma's en haakjes.`,
      };
  }
}

export interface Parsed {
  json?: unknown;
  tree?: Node;
  text: string;
  problem?: SheetProblem;
  /** Where each line starts, made when the first problem is placed. */
  lines?: number[];
}

/** Decodes and parses a JSON file; a syntax error becomes one problem with its place. */
export function parseJson(name: string, bytes: Uint8Array): Parsed {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      text: '',
      problem: {
        severity: 'error',
        place: { file: name },
        message: 'Dit bestand is niet in UTF-8 opgeslagen, dus letters als é en ë worden in de stemhulp �. Sla het opnieuw op met tekenset UTF-8.',
      },
    };
  }
  // Before parsing: `[[[[…` a million levels deep takes the parser seconds (issue 23); one
  // linear pass refuses it at once, as the widget does.
  const depth = jsonDepth(text);
  if (depth > MAX_DEPTH)
    return {
      text: '',
      problem: {
        severity: 'error',
        place: { file: name },
        message: `Dit bestand heeft ${depth} lagen haakjes in elkaar; de gegevens hebben er nooit meer dan ${MAX_DEPTH} nodig. Het is niet verder gelezen. Maak het opnieuw met de spreadsheet en de opdracht stemhulp-data import.`,
      },
    };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) {
    const { offset, message } = syntaxMessage(text, errors[0]);
    return { text, problem: { severity: 'error', place: { file: name, ...position({ text }, offset) }, message } };
  }
  try {
    // JSON.parse gives the value the widget will see (e.g. an own "__proto__" key).
    return { json: JSON.parse(text), tree, text };
  } catch {
    // Not the engine's message: it quotes the file, which may not be the author's.
    return {
      text,
      problem: {
        severity: 'error',
        place: { file: name, row: 1, column: 1 },
        message: 'Dit is geen geldige JSON. Zet tekst tussen rechte aanhalingstekens "…" en controleer komma\'s en haakjes.',
      },
    };
  }
}

/** The place of a JSON path in the file: its value, or the nearest ancestor that exists. */
export function placeOf(name: string, p: Parsed, path: string): Place {
  const segs = pathSegments(path);
  for (let n = segs.length; n >= 0 && p.tree; n--) {
    const node = findNodeAtLocation(p.tree, segs.slice(0, n));
    if (node) return { file: name, ...position(p, node.offset) };
  }
  return { file: name };
}
