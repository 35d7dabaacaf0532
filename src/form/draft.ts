/**
 * The draft on this device: localStorage, keyed by gemeente, party and code, so two
 * parties (or two gemeenten) on one computer never see each other's answers. Kept until
 * `Wis concept`. Storage may be refused (a private window, a setting): then there is no
 * draft, and the form says so.
 */
import type { Answer } from '../core/types.js';
import { MAX_EXPLANATION, type Draft } from './answers.js';
import type { FormLink } from './link.js';

const key = (link: FormLink) => `stemhulp-partijformulier:${link.gemeente}:${link.partij}:${link.code}`;
const ANSWERS: readonly string[] = ['agree', 'neutral', 'disagree'];

/** The stored draft for `link`, only for statements in `ids` and only in the shapes the form writes; `{}` when none. Undefined when storage is refused. */
export function loadDraft(link: FormLink, ids: readonly string[]): Draft | undefined {
  let text: string | null;
  try {
    text = localStorage.getItem(key(link));
  } catch {
    return undefined;
  }
  const draft: Draft = {};
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? '{}');
  } catch {
    return draft;
  }
  const answers = (stored as { answers?: unknown })?.answers;
  if (!answers || typeof answers !== 'object') return draft;
  for (const id of ids) {
    const a: unknown = Object.hasOwn(answers, id) ? (answers as Record<string, unknown>)[id] : undefined;
    if (!a || typeof a !== 'object') continue;
    const { position, explanation, source } = a as Record<string, unknown>;
    draft[id] = {
      ...(typeof position === 'string' && ANSWERS.includes(position) ? { position: position as Answer } : {}),
      ...(typeof explanation === 'string' ? { explanation: explanation.slice(0, MAX_EXPLANATION) } : {}),
      ...(typeof source === 'string' ? { source: source.slice(0, 2000) } : {}),
    };
  }
  return draft;
}

/** Stores `draft`; false when storage is refused or full. */
export function saveDraft(link: FormLink, draft: Draft): boolean {
  try {
    localStorage.setItem(key(link), JSON.stringify({ answers: draft }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(link: FormLink) {
  try {
    localStorage.removeItem(key(link));
  } catch {
    // Nothing was stored.
  }
}
