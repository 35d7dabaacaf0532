/**
 * *Mag ik stemmen?*: who may vote for the gemeenteraad, as four questions and one
 * outcome. Pure: no DOM, no dates of its own (the view names the data's dates).
 *
 * The rules (Kieswet art. B3; Vreemdelingenwet 2000 art. 8; see README, "Mag ik stemmen?"):
 * - 18 or older on election day (B3 lid 1);
 * - living (registered) in the gemeente on the nomination day, the kandidaatstellingsdag
 *   (B3 lid 1);
 * - Dutch or a citizen of another EU country (lid 1 is all), or else, on the nomination
 *   day, an uninterrupted five years or more of lawful residence in the Netherlands under
 *   Vreemdelingenwet 2000 art. 8 a–e or l, a residence permit (B3 lid 2): the time in the
 *   asylum procedure (art. 8 f) does not count, the time with an asylum permit does.
 *
 * An aid, not a decision: the gemeente decides (it sends the stempas). Exceptions the
 * questions do not ask about (a court's exclusion, diplomats) are left to the gemeente.
 */

/** An answer to a yes/no question; `unsure` is *Weet ik niet*. */
export type YesNo = 'yes' | 'no' | 'unsure';

/** Nationality: Dutch, another EU country, or another country (or none). */
export type Nationality = 'nl' | 'eu' | 'other';

/** What the reader answered so far; a question not yet answered is absent. */
export interface EligibilityAnswers {
  /** 18 or older on election day. */
  age?: YesNo;
  /** Living (registered) in this gemeente on the nomination day. */
  lives?: YesNo;
  nationality?: Nationality;
  /** Only asked for `other`: five years or more in the Netherlands with a residence permit on the nomination day. */
  residence?: YesNo;
}

/** Why a reader may not vote (yet), in the order the questions are asked. */
export type NotYetReason = 'age' | 'residence';

export type Eligibility =
  /** Not enough answers yet to say anything. */
  | { kind: 'open' }
  | { kind: 'yes' }
  /** Not yet: under 18 on election day, or not five years with a permit on the nomination day. */
  | { kind: 'not-yet'; reasons: NotYetReason[] }
  /** Not in this gemeente: a reader votes where they live. */
  | { kind: 'elsewhere' }
  /** *Weet ik niet* somewhere that matters: ask the gemeente. */
  | { kind: 'unsure' };

/** Whether the residence question applies: only to a reader who is neither Dutch nor from another EU country. */
export const asksResidence = (a: EligibilityAnswers) => a.nationality === 'other';

/**
 * The outcome of the answers so far. A *nee* that rules voting out says so at once
 * (under 18, or not five years with a permit: *not yet*; not living here: *elsewhere*),
 * *not yet* before *elsewhere* (moving would not help); otherwise every question that
 * applies must be answered, and any *Weet ik niet* among them is *unsure*.
 */
export function eligibility(a: EligibilityAnswers): Eligibility {
  const reasons: NotYetReason[] = [];
  if (a.age === 'no') reasons.push('age');
  if (asksResidence(a) && a.residence === 'no') reasons.push('residence');
  if (reasons.length) return { kind: 'not-yet', reasons };
  if (a.lives === 'no') return { kind: 'elsewhere' };
  const asked = [a.age, a.lives, a.nationality, ...(asksResidence(a) ? [a.residence] : [])];
  if (asked.includes(undefined)) return { kind: 'open' };
  return asked.includes('unsure') ? { kind: 'unsure' } : { kind: 'yes' };
}
