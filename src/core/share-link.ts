/**
 * The share link's fragment: `#stemhulp=1.GM0001.s1-a_s2-D_s3-x.p1_p3`, i.e.
 * version . gemeente . answers . parties switched off (the last part only when the
 * reader narrowed the party list; a party added to the data later is shown, as it
 * would be to a new reader). Pure: no DOM, no location; the element decides when.
 *
 * A fragment never reaches a server (browsers strip it from requests), so the answers
 * stay between the reader and whoever gets the link. Separators are URL-unreserved
 * characters (`.`, `_`, `-`), which messengers and mail clients leave alone; ids are
 * percent-encoded so that they can never contain one. Reading a link is in
 * `share-link-read.ts`, a chunk of its own: most readers never open one.
 */
import type { Answer } from './types.js';
import type { UserAnswer } from './match.js';

/** Also in `share-link-read.ts`, which reads what this writes. */
const SHARE_KEY = 'stemhulp';
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

/** encodeURIComponent leaves `-_.!~*'()` alone; our separators must not survive inside an id. */
const encodeId = (id: string) => encodeURIComponent(id).replace(/[-_.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

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
