/**
 * Matching rules of data format stemhulp/1 ("Matching" and "Refugee-friendliness per
 * key point"). Pure: no DOM, no fetch, so hosts can compute the same scores elsewhere.
 */
import type { Answer, Party, Statement } from './types.js';

/** The reader's answer to one statement; `skip` and absent both leave it out. */
export interface UserAnswer {
  answer?: Answer | 'skip';
  important?: boolean;
}

export interface PartyScore {
  party: Party;
  /** Whole percent, 0–100. */
  score: number;
}

/**
 * The reader's answer to statement `id` with its weight (2 when important, else 1), or
 * undefined when it was skipped or not answered: what the match and the ranking count.
 */
export function answerOf(answers: ReadonlyMap<string, UserAnswer>, id: string): { answer: Answer; weight: 1 | 2 } | undefined {
  const a = answers.get(id);
  return a?.answer && a.answer !== 'skip' ? { answer: a.answer, weight: a.important ? 2 : 1 } : undefined;
}

/** 2 for the same answer, 1 when exactly one is neutral, else 0; unknown scores 0. */
export function points(user: Answer, party: Answer | undefined): 0 | 1 | 2 {
  if (party === undefined) return 0;
  if (user === party) return 2;
  return user === 'neutral' || party === 'neutral' ? 1 : 0;
}

/**
 * round(100 × got ÷ max), half up, in integers: floating point would turn 62.5 into
 * 62.49999… for some sums and round it down.
 */
export function percent(got: number, max: number): number {
  return Math.floor((200 * got + max) / (2 * max));
}

/** Score of one party over the answered statements, or undefined when none was answered. */
export function partyScore(statements: readonly Statement[], party: Party, answerOf: (statementId: string) => { answer: Answer; weight: number } | undefined): number | undefined {
  let got = 0;
  let max = 0;
  for (const s of statements) {
    const a = answerOf(s.id);
    if (!a) continue;
    got += a.weight * points(a.answer, party.positions[s.id]?.position);
    max += a.weight * 2;
  }
  return max === 0 ? undefined : percent(got, max);
}

/**
 * The parties in result order: score descending, then ballot number ascending (parties
 * without one after those with one), then displayed name in the UI language.
 * Undefined when every statement was skipped: the format gives no result then.
 */
export function matchParties(
  statements: readonly Statement[],
  parties: readonly Party[],
  answers: ReadonlyMap<string, UserAnswer>,
  displayName: (party: Party) => string,
  lang: string,
): PartyScore[] | undefined {
  const scored: PartyScore[] = [];
  for (const party of parties) {
    const score = partyScore(statements, party, (id) => answerOf(answers, id));
    if (score === undefined) return undefined;
    scored.push({ party, score });
  }
  return scored.sort(
    byScoreListName(
      (x) => x.score,
      (x) => x.party,
      displayName,
      lang,
    ),
  );
}

/**
 * Result order of the data format for any score (the match and the verdict alike): highest
 * first, a missing score after every number, then `list` ascending (parties without one
 * after those with one), then the displayed name compared with Intl.Collator in the UI language.
 */
export function byScoreListName<T>(score: (item: T) => number | undefined, party: (item: T) => Party, displayName: (party: Party) => string, lang: string): (a: T, b: T) => number {
  // Made only for a tie on score and list, which list numbers make rare: a collator can
  // cost milliseconds to make, in the task that shows the result.
  let collator: Intl.Collator | undefined;
  const s = (x: T) => score(x) ?? Number.NEGATIVE_INFINITY;
  const list = (x: T) => party(x).list ?? Number.POSITIVE_INFINITY;
  // Subtraction of two infinities is NaN: compare, do not subtract.
  const cmp = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
  return (a, b) => cmp(s(b), s(a)) || cmp(list(a), list(b)) || (collator ??= new Intl.Collator(lang)).compare(displayName(party(a)), displayName(party(b)));
}
