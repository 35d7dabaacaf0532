/**
 * The party's answers: the draft as typed, what is wrong with it, and the answers file
 * `<gemeente>-<partij>.json` (docs/data-format.md, "The answers file": `"format": "stemhulp-antwoorden/1"`) that the
 * organisation merges with `stemhulp-data antwoorden`. Pure.
 */
import type { Answer } from '../core/types.js';
import type { FormLink } from './link.js';

/** Toelichting: at most this many characters (as String.length counts them, like the textarea's maxlength). */
export const MAX_EXPLANATION = 500;
export const FORMAT = 'stemhulp-antwoorden/1';

/** One statement's answer as typed; any part may be missing. */
export interface DraftAnswer {
  position?: Answer;
  explanation?: string;
  source?: string;
}
export type Draft = Record<string, DraftAnswer>;

export interface AnswersFile {
  format: typeof FORMAT;
  gemeente: string;
  partij: string;
  naam: string;
  code: string;
  datum: string;
  antwoorden: Record<string, { position: Answer; explanation?: string; source?: string }>;
}

/** An absolute http(s) URL without a user name or password before the host: the only source the form takes. */
export function httpSource(value: string): string | undefined {
  try {
    const u = new URL(value.trim());
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A source as typed is fine when it is empty or an http(s) link. */
export const sourceOk = (value: string | undefined) => !value?.trim() || !!httpSource(value);

/** What stops a download, per statement (by its place, from 0): a toelichting or bron without a position, a bron that is no link. */
export function draftProblems(ids: readonly string[], draft: Draft): { index: number; kind: 'position' | 'source' }[] {
  const out: { index: number; kind: 'position' | 'source' }[] = [];
  ids.forEach((id, index) => {
    const a = Object.hasOwn(draft, id) ? draft[id] : undefined;
    if (!a) return;
    if (!a.position && (a.explanation?.trim() || a.source?.trim())) out.push({ index, kind: 'position' });
    if (!sourceOk(a.source)) out.push({ index, kind: 'source' });
  });
  return out;
}

/** How many of `ids` have a position. */
export const answeredCount = (ids: readonly string[], draft: Draft) => ids.filter((id) => Object.hasOwn(draft, id) && draft[id].position).length;

/** The answers file for `draft`: only statements with a position, in the order of `ids`; empty explanations and sources left out. */
export function answersFile(link: FormLink, naam: string, ids: readonly string[], draft: Draft, now: Date): AnswersFile {
  const antwoorden: AnswersFile['antwoorden'] = {};
  for (const id of ids) {
    const a = Object.hasOwn(draft, id) ? draft[id] : undefined;
    if (!a?.position) continue;
    const explanation = a.explanation?.trim().slice(0, MAX_EXPLANATION);
    const source = a.source ? httpSource(a.source) : undefined;
    antwoorden[id] = { position: a.position, ...(explanation ? { explanation } : {}), ...(source ? { source } : {}) };
  }
  return { format: FORMAT, gemeente: link.gemeente, partij: link.partij, naam, code: link.code, datum: now.toISOString(), antwoorden };
}

/** `GM0363-p1.json`: the party's id with anything a file system may refuse replaced by `_`. */
export const fileName = (link: FormLink) => `${link.gemeente}-${link.partij.replace(/[^\p{L}\p{N}._-]/gu, '_')}.json`;
