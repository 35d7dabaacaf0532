/**
 * The result as a ranking a reader can act on: shared ranks for equal scores, and the two
 * cautions (top two too close to mean much, too few statements answered). Pure, like
 * match.ts, whose scores it ranks.
 */
import type { Party, Statement } from './types.js';
import { answerOf, matchParties, points, type UserAnswer } from './match.js';

export interface RankedParty {
  party: Party;
  /** Whole percent, as in match.ts. */
  score: number;
  /** 1-based; parties with the same score share it, and the next rank skips (1, 1, 3). */
  rank: number;
  /** Another shown party has the same score. */
  tied: boolean;
}

export interface Ranking {
  parties: RankedParty[];
  /**
   * The top two differ by less than one statement's weight: one answer changed could
   * swap them. Measured in points, not rounded percentages (see `rankParties`).
   */
  tooClose: boolean;
  /** Fewer than a third of the statements were answered (skipped ones do not count). */
  fewAnswered: boolean;
  answered: number;
  total: number;
}

/** Σ weight × points of one party over the answered statements. */
function pointsOf(statements: readonly Statement[], party: Party, answers: ReadonlyMap<string, UserAnswer>) {
  let got = 0;
  for (const s of statements) {
    const a = answerOf(answers, s.id);
    if (a) got += a.weight * points(a.answer, party.positions[s.id]?.position);
  }
  return got;
}

/**
 * The chosen parties (`shown`; all when absent) ranked by the data format's order.
 * Equal scores are the rounded percentages the reader sees: two parties shown with the
 * same percentage never get different ranks. "One statement's weight" is the full two
 * points of the lightest answered statement (weight 1, or 2 when every answered statement
 * is important), so marking everything important changes neither percentages nor cautions.
 * Undefined when every statement was skipped, as the format says.
 */
export function rankParties(
  statements: readonly Statement[],
  parties: readonly Party[],
  answers: ReadonlyMap<string, UserAnswer>,
  displayName: (party: Party) => string,
  lang: string,
  shown: (party: Party) => boolean = () => true,
): Ranking | undefined {
  const scored = matchParties(statements, parties.filter(shown), answers, displayName, lang);
  if (!scored) return undefined;
  const weights = statements.map((s) => answerOf(answers, s.id)?.weight).filter((w) => w !== undefined);
  if (!weights.length) return undefined;
  const ranked = scored.map(({ party, score }, i) => ({
    party,
    score,
    rank: i + 1,
    tied: scored[i - 1]?.score === score || scored[i + 1]?.score === score,
  }));
  for (let i = 1; i < ranked.length; i++) if (ranked[i].score === ranked[i - 1].score) ranked[i].rank = ranked[i - 1].rank;
  const [first, second] = ranked;
  const tooClose = !!second && pointsOf(statements, first.party, answers) - pointsOf(statements, second.party, answers) < 2 * Math.min(...weights);
  return {
    parties: ranked,
    tooClose,
    fewAnswered: weights.length * 3 < statements.length,
    answered: weights.length,
    total: statements.length,
  };
}
