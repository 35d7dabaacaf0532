/** A gemeente's content, inline in the index or in its own file: statements, parties and their positions. */
import type { Correction, MunicipalityContent, Party, Position, Statement } from '../types.js';
import {
  answer,
  child,
  defined,
  eachObject,
  expected,
  httpLink,
  identifier,
  isObj,
  localisedText,
  newCtx,
  normaliseAnswer,
  optionalDate,
  oneOf,
  report,
  show,
  shownString,
  unique,
  type Ctx,
  type Obj,
} from './blocks.js';
import { glossary } from './glossary.js';

/** The highest lijstnummer a party can have. */
const MAX_LIST = 999;
const POS = 'an object of statement id → {"position": …}';
/** Corrections listed at most; older ones belong in the organisation's own archive. */
const MAX_CORRECTIONS = 50;
const CORRECTION = 'an object like {"date": "2026-03-03", "text": "…"}';

/**
 * `corrections`: at most 50 `{date, text}`. Shown to readers, never needed for the stemhulp,
 * so every problem is a warning that drops only what is wrong: a correction without text,
 * a date that is not a real `YYYY-MM-DD` (the correction stays, undated).
 */
function corrections(c: Ctx, p: string, v: unknown): Correction[] | undefined {
  if (v == null) return;
  if (!Array.isArray(v)) return expected(c, p, `an array of ${CORRECTION}`, v, '; ignored', true);
  if (v.length > MAX_CORRECTIONS) report(c, p, `expected at most ${MAX_CORRECTIONS} corrections (newest first), found ${v.length}; the rest are ignored`, true);
  const out: Correction[] = [];
  v.slice(0, MAX_CORRECTIONS).forEach((x, i) => {
    const q = child(p, i),
      own = newCtx();
    if (!isObj(x)) return expected(c, q, CORRECTION, x, '; ignored', true);
    const text = localisedText(own, child(q, 'text'), x.text, true);
    for (const e of [...own.e, ...own.w]) report(c, e.path, e.message + (own.e.includes(e) ? '; this correction is left out' : ''), true);
    if (text && !own.e.length) out.push(defined({ date: optionalDate(c, child(q, 'date'), x.date), text }));
  });
  return out.length ? out : undefined;
}

/**
 * A name reduced to what a reader tells apart: compatibility forms folded (NFKC), case,
 * spaces, punctuation and invisible characters gone, and the Cyrillic and Greek letters
 * that look Latin read as Latin. Two parties with one skeleton are easily confused.
 */
const LOOK = 'аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdɡgαaβbεeιiκkνvοoρpτtυuχx';
function skeleton(s: string): string {
  let r = '';
  for (const ch of s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]/gu, '')) {
    const i = LOOK.indexOf(ch);
    r += i >= 0 && i % 2 === 0 ? LOOK[i + 1] : ch;
  }
  return r;
}

/** The content at `p` (`""` for a municipality file); statements may use only `keyPointIds`. */
export function content(c: Ctx, o: Obj, p: string, keyPointIds: readonly string[]): MunicipalityContent {
  const statements: Statement[] = [];
  const parties: Party[] = [];
  const kps = new Set(keyPointIds);
  const ids = new Map<unknown, string>();
  const pids = new Map<unknown, string>();
  const lists = new Map<unknown, string>();
  const names = new Map<string, string>();

  eachObject(c, child(p, 'statements'), o.statements, 'statements', 100, (s, q) => {
    if (!kps.has(s.keyPoint as string)) expected(c, child(q, 'keyPoint'), `the id of a key point: ${oneOf(keyPointIds)}`, s.keyPoint);
    statements.push(
      defined({
        id: identifier(c, q, s.id, ids),
        keyPoint: s.keyPoint as string,
        text: localisedText(c, child(q, 'text'), s.text, true)!,
        explanation: localisedText(c, child(q, 'explanation'), s.explanation),
        recommended: answer(c, child(q, 'recommended'), s.recommended),
      }),
    );
  });

  eachObject(c, child(p, 'parties'), o.parties, 'parties', 60, (x, q) => {
    let { shortName: short, list: nr } = x;
    const pp = child(q, 'positions');
    const v = x.positions;
    // Null prototype: a statement id like "constructor" must not find an inherited value.
    const positions: Record<string, Position> = Object.create(null);
    const id = identifier(c, q, x.id, pids);
    const name = localisedText(c, child(q, 'name'), x.name, true)!;
    if (short == null || short === '') short = undefined;
    else if (typeof short !== 'string') short = expected(c, child(q, 'shortName'), 'a string', short);
    else short = shownString(c, child(q, 'shortName'), short);
    if (typeof nr === 'string' && /^\s*\d{1,9}\s*$/.test(nr)) nr = +nr;
    if (nr == null || nr === '') nr = undefined;
    else if (!Number.isInteger(nr) || (nr as number) < 1 || (nr as number) > MAX_LIST)
      nr = expected(c, child(q, 'list'), `a whole number from 1 to ${MAX_LIST} (the lijstnummer)`, x.list);
    else unique(c, lists, nr, q, 'list');
    if (name) {
      // Every language of the name: a look-alike in any of them misleads its readers.
      for (const n of typeof name === 'string' ? [name] : Object.values(name)) {
        const k = skeleton(n);
        const o = names.get(k);
        if (o && o !== q) {
          expected(c, child(q, 'name'), 'a name readers can tell apart from the other parties', n, `, which looks like the name of ${o}`, true);
          break;
        }
        names.set(k, q);
      }
    }

    const u = httpLink(c, child(q, 'url'), x.url);
    if (v == null) {
      expected(c, pp, POS, v, '; every statement shows "geen standpunt bekend"', true);
    } else if (!isObj(v)) {
      expected(c, pp, POS, v);
    } else {
      for (const [k, y] of Object.entries(v)) {
        // A path is made only for a problem: a file has up to 6,000 positions, and making
        // four paths for each was a quarter of the time a valid gemeente took.
        const r = (f?: string) => (f ? child(child(pp, k), f) : child(pp, k));
        if (!ids.has(k)) expected(c, r(), 'the id of a statement', k, '; ignored', true);
        else if (!isObj(y)) expected(c, r(), `an object like {"position": ${JSON.stringify(normaliseAnswer(y) ?? 'agree')}}`, y);
        else {
          const { position: a, explanation: e, source: u } = y;
          const o: Position = (positions[k] = { position: normaliseAnswer(a) ?? answer(c, r('position'), a, true)! });
          const why = e == null ? e : localisedText(c, r('explanation'), e);
          if (why) o.explanation = why;
          const src = u == null || u === '' ? u : httpLink(c, r('source'), u);
          if (src) o.source = src;
          const { by, date } = y;
          if (by === 'party' || by === 'organisation') o.by = by;
          else if (by != null && by !== '') expected(c, r('by'), '"party" (the party gave it) or "organisation" (the organisation set it)', by, '; dropped', true);
          const d = date == null ? date : optionalDate(c, r('date'), date);
          if (d) o.date = d;
        }
      }
      const missing = [...ids.keys()].filter((k) => !Object.hasOwn(v, k as string)) as string[];
      // One warning per party, however many statements: 60 × 100 of them would bury everything else.
      if (missing.length)
        report(
          c,
          pp,
          `expected a position on every statement, found none on ${missing.length} of ${ids.size} (${missing
            .slice(0, 5)
            .map((k) => show(k))
            .join(', ')}${missing.length > 5 ? ', …' : ''}); shown as "geen standpunt bekend"`,
          true,
        );
    }
    parties.push(
      defined({
        id,
        name,
        shortName: short as string | undefined,
        list: nr as number | undefined,
        url: u,
        positions,
      }),
    );
  });
  return defined({
    statements,
    parties,
    glossary: glossary(c, child(p, 'glossary'), o.glossary),
    updated: optionalDate(c, child(p, 'updated'), o.updated),
    corrections: corrections(c, child(p, 'corrections'), o.corrections),
  });
}
