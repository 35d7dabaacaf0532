/**
 * Reading a share link (format in `share.ts`): never throws, whatever a link has become
 * on its way through chat apps, mail and hostile hands. Pure: no DOM, no location.
 */
import type { Answer } from './types.js';
import type { UserAnswer } from './match.js';
import type { SharedResult } from './share-link.js';

/**
 * The key and version of `share.ts`, written out again rather than imported: the writer
 * is in the share chunk and the reader in the link chunk, and a module both import would
 * become a third file that every result fetches. `share.test.ts` round-trips the two.
 */
const SHARE_KEY = 'stemhulp';
const VERSION = '1';

const fromLetter: Record<string, Answer | 'skip' | undefined> = { a: 'agree', n: 'neutral', d: 'disagree', s: 'skip', x: undefined };

function decodeId(s: string): string | undefined {
  try {
    const id = decodeURIComponent(s);
    // The format's own limit on ids: anything longer cannot be in the data.
    return id && id.length <= 200 ? id : undefined;
  } catch {
    return undefined;
  }
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
export function applyShare(shared: SharedResult, statementIds: readonly string[], partyIds: readonly string[]): { answers: Map<string, UserAnswer>; hidden: Set<string> } {
  const answers = new Map<string, UserAnswer>();
  for (const id of statementIds) {
    const a = shared.answers.get(id);
    if (a) answers.set(id, a);
  }
  const hidden = new Set(shared.hidden?.filter((id) => partyIds.includes(id)));
  return { answers, hidden: hidden.size < partyIds.length ? hidden : new Set() };
}
