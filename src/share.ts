/**
 * The share link's fragment: `#stemhulp=1.GM0001.s1-a_s2-D_s3-x.p1_p3`, i.e.
 * version . gemeente . answers . parties switched off (the last part only when the
 * reader narrowed the party list; a party added to the data later is shown, as it
 * would be to a new reader). Pure: no DOM, no location; the element decides when.
 *
 * A fragment never reaches a server (browsers strip it from requests), so the answers
 * stay between the reader and whoever gets the link. Separators are URL-unreserved
 * characters (`.`, `_`, `-`), which messengers and mail clients leave alone; ids are
 * percent-encoded so that they can never contain one.
 */
import type { Answer } from './data/types.js';
import type { UserAnswer } from './match.js';

export const SHARE_KEY = 'stemhulp';
const VERSION = '1';

/** What a link carries: ids only, never a text, so a link cannot put words on a page. */
export interface SharedResult {
  gemeente: string;
  answers: ReadonlyMap<string, UserAnswer>;
  /** The parties the reader switched off under `Partijen`; absent or empty means none. */
  hidden?: readonly string[];
}

/** One letter per answer; upper case marks `Belangrijk`. `x`: marked important but not (yet) answered. */
const letter: Record<Answer | 'skip', string> = { agree: 'a', neutral: 'n', disagree: 'd', skip: 's' };
const fromLetter: Record<string, Answer | 'skip' | undefined> = { a: 'agree', n: 'neutral', d: 'disagree', s: 'skip', x: undefined };

/** encodeURIComponent leaves `-_.!~*'()` alone; our separators must not survive inside an id. */
const encodeId = (id: string) =>
  encodeURIComponent(id).replace(/[-_.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function decodeId(s: string): string | undefined {
  try {
    const id = decodeURIComponent(s);
    // The format's own limit on ids: anything longer cannot be in the data.
    return id && id.length <= 200 ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The fragment (without `#`) for a result. */
export function encodeShare(r: SharedResult): string {
  const answers: string[] = [];
  for (const [id, a] of r.answers) {
    if (!a.answer && !a.important) continue;
    const l = a.answer ? letter[a.answer] : 'x';
    answers.push(`${encodeId(id)}-${a.important ? l.toUpperCase() : l}`);
  }
  const parts = [VERSION, r.gemeente, answers.join('_')];
  if (r.hidden?.length) parts.push(r.hidden.map(encodeId).join('_'));
  return `${SHARE_KEY}=${parts.join('.')}`;
}

/** The page address with the fragment in place of any fragment it had. */
export function shareUrl(pageHref: string, r: SharedResult): string {
  return `${pageHref.split('#')[0]}#${encodeShare(r)}`;
}

/** More than the format allows (100 statements, 60 parties) is not looked at. */
const MAX_ANSWERS = 100;
const MAX_PARTIES = 60;
/** 100 ids of 200 characters, each character at most 9 encoded: past that a fragment is not ours. */
const MAX_LENGTH = 200_000;

export type Decoded =
  /** Not a stemhulp fragment at all (empty, or the page's own `#section`): ignore silently. */
  | { kind: 'none' }
  /** Ours, but unreadable: garbled, cut off, or from a newer version. */
  | { kind: 'invalid' }
  | { kind: 'result'; value: SharedResult };

/**
 * Reads `location.hash` (with or without `#`). Never throws, whatever the input: a link
 * passes through chat apps, mail and hostile hands. Duplicate ids: the first one counts.
 */
export function decodeShare(hash: string): Decoded {
  const s = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!s.startsWith(`${SHARE_KEY}=`)) return { kind: 'none' };
  if (s.length > MAX_LENGTH) return { kind: 'invalid' };
  const [version, gemeente, answerPart, partyPart, ...rest] = s.slice(SHARE_KEY.length + 1).split('.');
  if (version !== VERSION || rest.length || !/^GM\d{4}$/i.test(gemeente ?? '') || answerPart === undefined) {
    return { kind: 'invalid' };
  }
  const answers = new Map<string, UserAnswer>();
  for (const entry of answerPart ? answerPart.split('_', MAX_ANSWERS) : []) {
    const m = /^([^-]+)-([andsxANDSX])$/.exec(entry);
    const id = m && decodeId(m[1]);
    if (!m || !id) return { kind: 'invalid' };
    if (answers.has(id)) continue;
    const l = m[2];
    const answer = fromLetter[l.toLowerCase()];
    const important = l !== l.toLowerCase();
    answers.set(id, { ...(answer && { answer }), ...(important && { important }) });
  }
  const hidden: string[] = [];
  for (const entry of partyPart ? partyPart.split('_', MAX_PARTIES) : []) {
    const id = decodeId(entry);
    if (!id) return { kind: 'invalid' };
    if (!hidden.includes(id)) hidden.push(id);
  }
  return { kind: 'result', value: { gemeente: gemeente.toUpperCase(), answers, ...(hidden.length && { hidden }) } };
}

/**
 * A decoded link against the gemeente's data: ids that are not in the data are dropped
 * (a statement removed since the link was made, or an invented one). A choice that would
 * switch off every party means nothing to show, so then all parties are shown.
 */
export function applyShare(
  shared: SharedResult,
  statementIds: readonly string[],
  partyIds: readonly string[],
): { answers: Map<string, UserAnswer>; hidden: Set<string> } {
  const answers = new Map<string, UserAnswer>();
  for (const id of statementIds) {
    const a = shared.answers.get(id);
    if (a) answers.set(id, a);
  }
  const hidden = new Set(shared.hidden?.filter((id) => partyIds.includes(id)));
  return { answers, hidden: hidden.size < partyIds.length ? hidden : new Set() };
}
