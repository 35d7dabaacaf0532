/**
 * Comparisons on the result: all parties on one statement, grouped by position, and up
 * to three parties side by side, statement by statement. Pure: no DOM, no Lit.
 */
import type { Answer, Party, Position, Statement } from './types.js';
import type { UserAnswer } from './match.js';

/** More columns than this do not fit a phone: the side-by-side table and the state's limit (state/tools.ts). */
export const maxSideBySide = 3;

/** A party's position on one statement; `unknown` when the data gives none. */
export type Stance = Answer | 'unknown';

/** The order of the groups on a statement: as the answer buttons, then unknown. */
export const stances: readonly Stance[] = ['agree', 'neutral', 'disagree', 'unknown'];

export interface StanceGroup {
  stance: Stance;
  parties: Party[];
}

/** Ballot number ascending (parties without one last), then displayed name: the format's tie order. */
export function byBallot(displayName: (party: Party) => string, lang: string) {
  const collator = new Intl.Collator(lang);
  const list = (p: Party) => p.list ?? Number.POSITIVE_INFINITY;
  return (a: Party, b: Party) => list(a) - list(b) || collator.compare(displayName(a), displayName(b));
}

/**
 * Every party on one statement, in four groups (agree, neutral, disagree, unknown), each in
 * ballot order. Empty groups are kept, so a view can say "none" instead of leaving a gap.
 */
export function groupByStance(statement: Statement, parties: readonly Party[], displayName: (party: Party) => string, lang: string): StanceGroup[] {
  const sorted = [...parties].sort(byBallot(displayName, lang));
  return stances.map((stance) => ({
    stance,
    parties: sorted.filter((p) => (p.positions[statement.id]?.position ?? 'unknown') === stance),
  }));
}

export interface SideBySideRow {
  statement: Statement;
  /** The reader's answer; undefined when not answered yet. */
  answer: UserAnswer['answer'];
  important: boolean;
  /** One cell per chosen party, in the order of `parties`; undefined position = unknown. */
  positions: (Position | undefined)[];
  /** Per chosen party: its position equals the reader's (not for skipped or unanswered). */
  same: boolean[];
}

/** The chosen parties, in the order chosen, at most `maxSideBySide`; ids not in the data are ignored. */
export function sideBySideParties(parties: readonly Party[], chosen: readonly string[]): Party[] {
  return chosen
    .map((id) => parties.find((p) => p.id === id))
    .filter((p): p is Party => !!p)
    .slice(0, maxSideBySide);
}

/** Statement by statement: the reader's answer and each chosen party's position. */
export function sideBySideRows(statements: readonly Statement[], chosen: readonly Party[], answers: ReadonlyMap<string, UserAnswer>): SideBySideRow[] {
  return statements.map((statement) => {
    const a = answers.get(statement.id);
    const positions = chosen.map((p) => p.positions[statement.id]);
    return {
      statement,
      answer: a?.answer,
      important: !!a?.important,
      positions,
      same: positions.map((pos) => !!pos && !!a?.answer && a.answer !== 'skip' && pos.position === a.answer),
    };
  });
}
