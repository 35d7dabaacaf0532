/**
 * The organisation's verdict of data format stemhulp/1 ("Refugee-friendliness", with the
 * total): per party, per key point and over all key points, the matching formula with the
 * recommended answers as the answers and all weights 1. Pure: no DOM, no fetch.
 * Independent of the reader's answers, so it can be shown before the quiz.
 */
import type { Answer, KeyPoint, Party, Statement } from './data/types.js';
import { byScoreListName, partyScore } from './match.js';

export { byScoreListName };

/** The verdict of one party on one key point, with the statements it rests on. */
export interface VerdictCell {
  keyPoint: KeyPoint;
  /** Whole percent; undefined ("no verdict", never 0%) when the key point has no recommended statement. */
  score: number | undefined;
  /** The key point's statements that have `recommended`, in data order. */
  statements: readonly Statement[];
}

export interface PartyVerdict {
  party: Party;
  /** One per key point, in key point order. */
  cells: VerdictCell[];
  /** "Totaal": over every recommended statement of the gemeente; undefined when there is none. */
  total: number | undefined;
  /** Every statement with `recommended`, in data order. */
  statements: readonly Statement[];
}

export interface VerdictTable {
  keyPoints: readonly KeyPoint[];
  /** Sorted: total descending, then lijstnummer (parties without one last), then displayed name. */
  rows: PartyVerdict[];
  /** False when no statement of the gemeente has `recommended`: there is no verdict at all. */
  hasVerdict: boolean;
  /** @deprecated The old name of `hasVerdict`; removed in 0.3.0. */
  judged: boolean;
}

/** The verdict of `party` over `statements`: only those with `recommended` count. */
export function verdictScore(statements: readonly Statement[], party: Party): number | undefined {
  const recommended = new Map<string, Answer>();
  for (const s of statements) if (s.recommended) recommended.set(s.id, s.recommended);
  return partyScore(statements, party, (id) => {
    const answer = recommended.get(id);
    return answer && { answer, weight: 1 };
  });
}

/** A party's verdict per key point and in total. */
export function partyVerdict(statements: readonly Statement[], keyPoints: readonly KeyPoint[], party: Party): PartyVerdict {
  const advised = statements.filter((s) => s.recommended);
  return {
    party,
    cells: keyPoints.map((keyPoint) => {
      const own = advised.filter((s) => s.keyPoint === keyPoint.id);
      return { keyPoint, score: verdictScore(own, party), statements: own };
    }),
    total: verdictScore(advised, party),
    statements: advised,
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
  rows.sort(byScoreListName((r) => r.total, (r) => r.party, displayName, lang));
  const hasVerdict = statements.some((s) => s.recommended);
  return { keyPoints, rows, hasVerdict, judged: hasVerdict };
}
