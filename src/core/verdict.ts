/**
 * The organisation's verdict of data format stemhulp/1 ("Refugee-friendliness", with the
 * total): per party, per key point and over all key points, the matching formula with the
 * recommended answers as the answers and all weights 1, over the statements on which the
 * party's position is known. Pure: no DOM, no fetch.
 * Independent of the reader's answers, so it can be shown before the quiz.
 *
 * Unlike the reader's match, an unknown position is left out, never scored 0: the verdict
 * is the organisation's public statement about a party, and a party whose position nobody
 * has determined has not been judged on that statement. So every verdict says what it
 * rests on (`known` of `of` statements), and one that rests on none has no score.
 */
import type { Answer, KeyPoint, Party, Statement } from './types.js';
import { byScoreListName, partyScore } from './match.js';

export { byScoreListName };

/** A verdict and what it rests on. */
export interface VerdictOf {
  /**
   * Whole percent over the recommended statements with a known position; undefined ("no
   * verdict", never 0%) when there is no recommended statement or no known position on any.
   */
  score: number | undefined;
  /** Recommended statements on which the party's position is known: the verdict rests on these. */
  known: number;
  /** Statements with `recommended`. `known < of`: the verdict says "op 2 van 3 stellingen". */
  of: number;
}

/** The verdict of one party on one key point, with the statements it rests on. */
export interface VerdictCell {
  keyPoint: KeyPoint;
  /** Whole percent; undefined ("no verdict", never 0%) when the key point has no recommended statement, or no known position on any. */
  score: number | undefined;
  /** The key point's statements that have `recommended`, in data order. */
  statements: readonly Statement[];
  /** How many of `statements` have the party's position: the verdict rests on these. */
  known: number;
}

export interface PartyVerdict {
  party: Party;
  /** One per key point, in key point order. */
  cells: VerdictCell[];
  /** "Totaal": over every recommended statement of the gemeente with a known position; undefined when there is none. */
  total: number | undefined;
  /** Every statement with `recommended`, in data order. */
  statements: readonly Statement[];
  /** How many of `statements` have the party's position: the total rests on these. */
  known: number;
}

export interface VerdictTable {
  keyPoints: readonly KeyPoint[];
  /** Sorted: total descending (no total last), then lijstnummer (parties without one last), then displayed name. */
  rows: PartyVerdict[];
  /** False when no statement of the gemeente has `recommended`: there is no verdict at all. */
  hasVerdict: boolean;
  /** @deprecated The old name of `hasVerdict`; removed in 0.3.0. */
  judged: boolean;
}

/** The verdict of `party` over `statements` and what it rests on: only those with `recommended` count, and of those only the ones with a known position. */
export function verdictOf(statements: readonly Statement[], party: Party): VerdictOf {
  const counted = new Map<string, Answer>();
  let of = 0;
  for (const s of statements) {
    if (!s.recommended) continue;
    of++;
    if (party.positions[s.id]?.position) counted.set(s.id, s.recommended);
  }
  const score = partyScore(statements, party, (id) => {
    const answer = counted.get(id);
    return answer && { answer, weight: 1 };
  });
  return { score, known: counted.size, of };
}

/** The verdict of `party` over `statements` (see `verdictOf`); undefined when it rests on no statement. */
export function verdictScore(statements: readonly Statement[], party: Party): number | undefined {
  return verdictOf(statements, party).score;
}

/** A party's verdict per key point and in total. */
export function partyVerdict(statements: readonly Statement[], keyPoints: readonly KeyPoint[], party: Party): PartyVerdict {
  const advised = statements.filter((s) => s.recommended);
  const total = verdictOf(advised, party);
  return {
    party,
    cells: keyPoints.map((keyPoint) => {
      const own = advised.filter((s) => s.keyPoint === keyPoint.id);
      const { score, known } = verdictOf(own, party);
      return { keyPoint, score, statements: own, known };
    }),
    total: total.score,
    statements: advised,
    known: total.known,
  };
}

/** The verdict table: one row per party, one cell per key point, sorted by the total. */
export function verdictTable(
  statements: readonly Statement[],
  keyPoints: readonly KeyPoint[],
  parties: readonly Party[],
  displayName: (party: Party) => string,
  lang: string,
): VerdictTable {
  const rows = parties.map((p) => partyVerdict(statements, keyPoints, p));
  rows.sort(
    byScoreListName(
      (r) => r.total,
      (r) => r.party,
      displayName,
      lang,
    ),
  );
  const hasVerdict = statements.some((s) => s.recommended);
  return { keyPoints, rows, hasVerdict, judged: hasVerdict };
}
